using QuantumDsl.Matter;

namespace QuantumDsl.Generators.IntegrationTests.Matter;

/// <summary>The contract example (architecture.md §1).</summary>
[MatterExperiment(Name = "evaporation scan")]
public partial class EvaporationScan
{
    [Param(Min = 0.02, Max = 2.0, Unit = "MHz")]
    [Linspace(0.05, 0.45, 9)]
    public double FinalRf { get; init; } = 0.2;

    [Param(Min = 2, Max = 20, Unit = "ms")]
    public double TimeOfFlight { get; init; } = 12;

    private partial void Define(MatterJobBuilder job) => job
        .Evaporation(rf => rf
            .Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500)
            .Point(timeMs: 0, frequencyMHz: FinalRf, powerMw: 220))
        .LifetimeMs(10)
        .TimeOfFlight(TimeOfFlight);
}

public static partial class Campaign
{
    /// <summary>Zip group × int sweep, nested, no explicit name.</summary>
    [MatterExperiment]
    internal partial class RampScan
    {
        [Param(Min = 0, Max = 25, Unit = "MHz")]
        [Points(0.5, 1.0, 1.5, Zip = "ramp")]
        public double Frequency { get; set; } = 0.5;

        [Param(Min = 0, Max = 1000, Unit = "mW", Name = "power")]
        [Linspace(100, 300, 3, Zip = "ramp")]
        public double PowerMw { get; init; } = 100;

        [Param(Min = 2, Max = 20, Unit = "ms")]
        [Points(4, 8)]
        public int Tof { get; init; } = 8;

        private partial void Define(MatterJobBuilder job) => job
            .Evaporation(rf => rf
                .Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500)
                .Point(timeMs: 0, frequencyMHz: Frequency, powerMw: PowerMw))
            .TimeOfFlight(Tof);
    }
}
