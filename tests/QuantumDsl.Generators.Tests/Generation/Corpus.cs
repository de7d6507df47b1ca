namespace QuantumDsl.Generators.Tests.Generation;

/// <summary>Valid experiments of both families: products, zips, int params, namespaces, nested partial types.</summary>
internal static class Corpus
{
    public const string EvaporationScan = """
        using QuantumDsl;
        using QuantumDsl.Matter;

        namespace Lab.Matter;

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
                    .Point(timeMs: -1600, frequencyMHz: 17,  powerMw: 500)
                    .Point(timeMs: 0,     frequencyMHz: FinalRf, powerMw: 220))
                .LifetimeMs(10)
                .TimeOfFlight(TimeOfFlight);
        }
        """;

    public const string RabiScan = """
        using QuantumDsl;
        using QuantumDsl.Analog;

        [AnalogExperiment("AnalogDevice", Runs = 500)]
        public partial class RabiScan
        {
            [Param(Min = 0, Max = 12.566, Unit = "rad/us")]
            [Linspace(1, 12, 12)]
            public double OmegaMax { get; init; }

            private partial void Define(SequenceBuilder seq, Vars v) => seq
                .Register(Register.Line(count: 2, spacingUm: 6))
                .Channel("ryd", Channels.RydbergGlobal)
                .Add(Pulse.Constant(durationNs: 1000, amplitude: v.OmegaMax, detuning: 0), "ryd")
                .Measure(Basis.GroundRydberg);
        }
        """;

    /// <summary>Product of a zip group (two params, one axis) and an int sweep, nested in a partial type, in a namespace.</summary>
    public const string NestedZipProduct = """
        using QuantumDsl;
        using QuantumDsl.Matter;

        namespace Lab.Nested
        {
            public static partial class Campaign
            {
                [MatterExperiment]
                internal partial class ZipScan
                {
                    [Param(Min = 0, Max = 25, Unit = "MHz")]
                    [Points(1.5, 2.5, 3.5, Zip = "ramp")]
                    public double Frequency { get; set; } = 1.5;

                    [Param(Min = 0, Max = 1000, Unit = "mW", Name = "power")]
                    [Linspace(100, 300, 3, Zip = "ramp")]
                    public double PowerMw { get; init; } = 100;

                    [Param(Min = 2, Max = 20)]
                    [Points(4, 8)]
                    public int Tof { get; init; } = 8;

                    [Param]
                    public double Unswept { get; init; } = -1e-7;

                    private partial void Define(MatterJobBuilder job) => job
                        .Evaporation(rf => rf.Point(timeMs: 0, frequencyMHz: Frequency, powerMw: PowerMw))
                        .TimeOfFlight(Tof);
                }
            }
        }
        """;

    /// <summary>Analog with an int param, two sweeps (product) and expressions of variables.</summary>
    public const string AnalogProduct = """
        using QuantumDsl;
        using QuantumDsl.Analog;

        namespace Lab.Analog;

        [AnalogExperiment("DigitalAnalogDevice")]
        public partial class DetuningMap
        {
            [Param(Min = 0, Max = 10)]
            [Points(2, 4)]
            public double Omega { get; init; } = 2;

            [Param(Min = -20, Max = 20, Name = "delta")]
            [Linspace(-10, 10, 5)]
            public double Detuning { get; init; }

            [Param(Min = 100, Max = 4000)]
            public int DurationNs { get; init; } = 1000;

            private partial void Define(SequenceBuilder seq, Vars v) => seq
                .Register(Register.Line(count: 3, spacingUm: 5))
                .Channel("ryd", Channels.RydbergGlobal)
                .Add(Pulse.Constant(durationNs: v.DurationNs, amplitude: v.Omega * 0.5, detuning: -v.Detuning), "ryd")
                .Measure(Basis.GroundRydberg);
        }
        """;

    /// <summary>No params at all, global namespace.</summary>
    public const string NoParams = """
        using QuantumDsl;
        using QuantumDsl.Matter;

        [MatterExperiment]
        public partial class Plain
        {
            private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(12);
        }
        """;

    public static readonly string[] All = [EvaporationScan, RabiScan, NestedZipProduct, AnalogProduct, NoParams];
}
