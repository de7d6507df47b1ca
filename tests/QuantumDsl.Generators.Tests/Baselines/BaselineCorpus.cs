using QuantumDsl.Generators.Tests.Generation;

namespace QuantumDsl.Generators.Tests.Baselines;

/// <summary>
/// The experiments whose whole generated file is kept as a baseline (<c>{name}.g.cs.txt</c> beside this file): one per
/// matter job type, analog Rabi, every sweep kind, a declaration-only shape and an EOM sequence with an array variable.
/// </summary>
internal static class BaselineCorpus
{
    /// <summary>BEC: an evaporation ramp swept by linspace, time of flight.</summary>
    public const string MatterBec = Corpus.EvaporationScan;

    /// <summary>BARRIER: a painted Gaussian barrier whose height is swept by points, imaged in the trap.</summary>
    public const string MatterBarrier = """
        using QuantumDsl;
        using QuantumDsl.Matter;

        namespace Lab.Matter;

        [MatterExperiment(Name = "barrier tunneling")]
        public partial class BarrierSweep
        {
            [Param(Min = 0, Max = 100, Unit = "kHz")]
            [Points(0, 0.5, 1, 2, 4, 8)]
            public double HeightKHz { get; init; } = 2;

            [Param(Min = 0.5, Max = 5, Unit = "um")]
            public double WidthUm { get; init; } = 2;

            private partial void Define(MatterJobBuilder job) => job
                .Barrier(barrier => barrier
                    .Point(timeMs: 0, positionUm: 0, heightKHz: 0, widthUm: WidthUm)
                    .Point(timeMs: 10, positionUm: 0, heightKHz: HeightKHz, widthUm: WidthUm))
                .LifetimeMs(20)
                .InTrap();
        }
        """;

    /// <summary>PAINT_1D: a painted optical landscape of two snapshots whose depth is swept.</summary>
    public const string MatterPaint1D = """
        using QuantumDsl;
        using QuantumDsl.Matter;

        namespace Lab.Matter;

        [MatterExperiment(Name = "painted well")]
        public partial class PaintedWell
        {
            [Param(Min = 0, Max = 50, Unit = "kHz")]
            [Linspace(5, 25, 5)]
            public double DepthKHz { get; init; } = 10;

            private partial void Define(MatterJobBuilder job) => job
                .Landscape(landscape => landscape
                    .Snapshot(1, s => s.Point(-20, 0).Point(0, DepthKHz).Point(20, 0))
                    .Snapshot(5, s => s.Point(-20, DepthKHz).Point(20, DepthKHz).Interpolation(InterpolationType.Cubic)))
                .LifetimeMs(10)
                .TimeOfFlight(12);
        }
        """;

    /// <summary>Analog Rabi oscillation: amplitude swept by linspace, runs set.</summary>
    public const string AnalogRabi = Corpus.RabiScan;

    /// <summary>Linspace, points and a zip group (one axis) in a product, an int param, nested types and namespace.</summary>
    public const string SweepLinspacePointsZip = Corpus.NestedZipProduct;

    /// <summary>A generic analog class: declaration only (the <c>Define</c> and <c>Vars</c> the user's body needs, QDSL002).</summary>
    public const string DeclarationOnlyGeneric = """
        using QuantumDsl;
        using QuantumDsl.Analog;

        namespace Lab.Shapes;

        [AnalogExperiment("AnalogDevice")]
        public partial class GenericScan<T> where T : new()
        {
            [Param(Min = 0, Max = 12)]
            [Linspace(1, 3, 3)]
            public double Omega { get; init; } = 1;

            private partial void Define(SequenceBuilder seq, Vars v) => seq
                .Register(Register.Line(count: 2, spacingUm: 6))
                .Channel("ryd", Channels.RydbergGlobal)
                .Add(Pulse.Constant(durationNs: 1000, amplitude: v.Omega, detuning: 0), "ryd")
                .Measure(Basis.GroundRydberg);
        }
        """;

    /// <summary>EOM mode with an array variable declared beside the generated ones, an int param swept by points.</summary>
    public const string AnalogEomArray = """
        using QuantumDsl;
        using QuantumDsl.Analog;

        namespace Lab.Analog;

        [AnalogExperiment("AnalogDevice", Runs = 200)]
        public partial class EomTrain
        {
            [Param(Min = 0, Max = 10, Unit = "rad/us")]
            public double AmpOn { get; init; } = 2;

            [Param(Min = 16, Max = 2000, Unit = "ns")]
            [Points(100, 200, 400)]
            public int PulseNs { get; init; } = 100;

            private partial void Define(SequenceBuilder seq, Vars v)
            {
                var phases = Variable.FloatArray("phases", 2);
                seq.Register(Register.Line(count: 2, spacingUm: 6))
                    .Channel("ryd", Channels.RydbergGlobal)
                    .DeclareVariable(phases)
                    .EnableEomMode("ryd", ampOn: v.AmpOn, detuningOn: 0)
                    .AddEomPulse("ryd", durationNs: v.PulseNs, phase: phases[0])
                    .AddEomPulse("ryd", durationNs: v.PulseNs, phase: phases[1])
                    .DisableEomMode("ryd")
                    .Measure(Basis.GroundRydberg);
            }
        }
        """;

    /// <summary>Every case by name (the baseline file's name).</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [nameof(MatterBec)] = MatterBec,
        [nameof(MatterBarrier)] = MatterBarrier,
        [nameof(MatterPaint1D)] = MatterPaint1D,
        [nameof(AnalogRabi)] = AnalogRabi,
        [nameof(SweepLinspacePointsZip)] = SweepLinspacePointsZip,
        [nameof(DeclarationOnlyGeneric)] = DeclarationOnlyGeneric,
        [nameof(AnalogEomArray)] = AnalogEomArray,
    };
}
