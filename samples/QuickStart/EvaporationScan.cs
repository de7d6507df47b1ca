using QuantumDsl;
using QuantumDsl.Matter;
using QuantumDsl.Analog;

// The contract example of docs/architecture (§1), as written: nine final RF frequencies, one Oqtant BEC job.
[MatterExperiment(Name = "evaporation scan")]          // an Oqtant BEC job
public partial class EvaporationScan
{
    [Param(Min = 0.02, Max = 2.0, Unit = "MHz")]
    [Linspace(0.05, 0.45, 9)]                         // declared sweep, checked at compile time
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
