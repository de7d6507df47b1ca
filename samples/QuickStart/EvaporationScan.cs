using QuantumDsl;
using QuantumDsl.Matter;
using QuantumDsl.Analog;

// The design's contract example (the README's tour, step 1) with one change: the sweep is
// zoomed into the BEC transition, 0.03–0.11 MHz instead of the contract's [Linspace(0.05, 0.45, 9)]. On the
// emulator's model the cloud condenses below about 0.065 MHz (T ≈ 195 nK), so the contract's range shows one condensed
// point of nine; this one shows the fraction falling from about 0.8 to 0 across the table.
[MatterExperiment(Name = "evaporation scan")]          // an Oqtant BEC job
public partial class EvaporationScan
{
    [Param(Min = 0.02, Max = 2.0, Unit = "MHz")]
    [Linspace(0.03, 0.11, 9)]                         // declared sweep, checked at compile time
    public double FinalRf { get; init; } = 0.2;

    [Param(Min = 2, Max = 20, Unit = "ms")]
    public double TimeOfFlight { get; init; } = 12;

    private partial void Define(MatterJobBuilder job) => job
        .Evaporation(rf => rf
            .Point(timeMs: -1600, frequencyMHz: 17,  powerMw: 500)
            .Point(timeMs: 0,     frequencyMHz: FinalRf, powerMw: 220))
        .LifetimeMs(10)
        .TimeOfFlight(TimeOfFlight);
}
