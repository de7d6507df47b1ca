using QuantumDsl.Generators.Analyzers;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Diagnostics;

/// <summary>Array [Param]s, [Vector] points and [TrapMap] (QDSL101, QDSL104, QDSL105, QDSL210), with exact spans.</summary>
public sealed class ArrayParamDiagnosticTests
{
    private static string Analog(string members, string register = "Register.Line(count: 2, spacingUm: 6)") => """
        using QuantumDsl;
        using QuantumDsl.Analog;

        [AnalogExperiment("MockDevice")]
        public partial class Scan
        {
        """ + members + """

            private partial void Define(SequenceBuilder seq, Vars v) => seq
                .Register(
        """ + register + """
        )
                .Channel("ryd", Channels.RydbergGlobal)
                .Measure(Basis.GroundRydberg);
        }
        """;

    [Fact]
    public Task QDSL101_fires_for_an_array_without_size_a_size_on_a_scalar_and_a_matter_array() => Verify.Analyzer<ExperimentAnalyzer>(Analog("""
            [{|QDSL101:Param(Min = 0)|}] public double[] NoSize { get; init; } = [];
            [Param(Size = {|QDSL101:2|})] public double Scalar { get; init; }
            [Param(Size = {|QDSL101:-1|})] public int[] Negative { get; init; } = [];
        """));

    [Fact]
    public Task QDSL101_fires_for_a_trap_map_that_is_not_an_int_array_and_a_second_trap_map() => Verify.Analyzer<ExperimentAnalyzer>(Analog("""
            [Param(Size = 2)] [{|QDSL101:TrapMap|}] public double[] Weights { get; init; } = [0, 1];
            [Param] [{|QDSL101:TrapMap|}] public int Single { get; init; }
            [Param(Size = 2)] [TrapMap] public int[] First { get; init; } = [0, 1];
            [Param(Size = 2)] [{|QDSL101:TrapMap|}] public int[] Second { get; init; } = [0, 1];
            [{|QDSL101:TrapMap|}] public int[] Orphan { get; init; } = [0, 1];
        """));

    [Fact]
    public Task QDSL101_is_silent_for_sized_double_and_int_arrays() => Verify.Analyzer<ExperimentAnalyzer>(Analog("""
            [Param(Min = 0, Max = 1, Size = 3)] public double[] Weights { get; init; } = [1, 0, 0];
            [Param(Size = 1)] public int[] Counts { get; set; } = [1];
        """));

    [Fact]
    public Task QDSL105_fires_for_a_vector_of_the_wrong_size_a_fraction_in_an_int_array_and_mixed_zips() => Verify.Analyzer<ExperimentAnalyzer>(Analog("""
            [Param(Size = 3)]
            [Vector(1, 2, 3)]
            [{|QDSL105:Vector(1, 2)|}]
            public double[] A { get; init; } = [1, 2, 3];

            [Param(Size = 2)]
            [Vector(1, {|QDSL105:2.5|})]
            public int[] B { get; init; } = [1, 2];

            [Param(Size = 1)]
            [Vector(1, Zip = "x")]
            [Vector(2, Zip = {|QDSL105:"y"|})]
            public double[] C { get; init; } = [1];

            [Param(Size = 1)]
            [Vector({|QDSL105:double.NaN|})]
            public double[] D { get; init; } = [1];
        """));

    [Fact]
    public Task QDSL105_fires_for_points_on_an_array_and_a_vector_on_a_scalar() => Verify.Analyzer<ExperimentAnalyzer>(Analog("""
            [Param(Size = 2)]
            [{|QDSL105:Points(1, 2)|}]
            public double[] A { get; init; } = [1, 2];

            [Param]
            [{|QDSL105:Vector(1, 2)|}]
            public double B { get; init; }

            [{|QDSL105:Vector(1, 2)|}]
            public double[] NoParam { get; init; } = [1, 2];
        """));

    [Fact]
    public Task QDSL104_fires_on_each_element_outside_the_range() => Verify.Analyzer<ExperimentAnalyzer>(Analog("""
            [Param(Min = 0, Max = 1, Size = 3)]
            [Vector(1, 0, 0)]
            [Vector(0, {|QDSL104:1.5|}, {|QDSL104:-0.5|})]
            public double[] Weights { get; init; } = [1, 0, 0];
        """));

    [Fact]
    public Task QDSL106_fires_when_a_vector_sweep_zips_with_a_shorter_one() => Verify.Analyzer<ExperimentAnalyzer>(Analog("""
            [Param(Size = 1)]
            [Vector(1, Zip = "z")]
            [Vector(2, Zip = "z")]
            public double[] A { get; init; } = [1];

            [Param]
            [Points(1, 2, 3, Zip = {|QDSL106:"z"|})]
            public double B { get; init; } = 1;
        """));

    private const string Line4 = """RegisterLayout.FromCoordinates([(0.0, 0.0), (5.0, 0.0), (9.0, 0.0), (30.0, 0.0)], "line4").MakeMappable(2)""";

    [Fact]
    public Task QDSL210_fires_for_a_trap_outside_a_constant_layout_and_two_qubits_on_one_trap() => Verify.Analyzer<TrapMapAnalyzer>(Analog("""
            [Param(Size = 2)]
            [TrapMap]
            [Vector(0, 3)]
            [Vector(0, {|QDSL210:4|})]
            [Vector(2, {|QDSL210:2|})]
            public int[] Traps { get; init; } = [0, 1];
        """, Line4));

    [Fact]
    public Task QDSL210_fires_for_more_traps_than_qubits() => Verify.Analyzer<TrapMapAnalyzer>(Analog("""
            [Param(Size = 3)]
            [TrapMap]
            [Vector(0, 1, {|QDSL210:2|})]
            public int[] Traps { get; init; } = [0, 1, 2];
        """, Line4));

    [Fact]
    public Task QDSL210_reads_a_pre_calibrated_layout_through_locals() => Verify.Analyzer<TrapMapAnalyzer>("""
        using QuantumDsl;
        using QuantumDsl.Analog;

        [AnalogExperiment("AnalogDevice")]
        public partial class Scan
        {
            [Param(Size = 2)]
            [TrapMap]
            [Vector(20, 60)]
            [Vector(20, {|QDSL210:61|})]
            public int[] Traps { get; init; } = [20, 21];

            private partial void Define(SequenceBuilder seq, Vars v)
            {
                var analog = DeviceCatalog.Default.Get("AnalogDevice");
                var layout = analog.PreCalibratedLayouts[0];
                seq.Register(layout.MakeMappable(2))
                    .Channel("ryd", Channels.RydbergGlobal)
                    .Measure(Basis.GroundRydberg);
            }
        }
        """);

    [Fact]
    public Task QDSL210_is_silent_for_a_layout_that_is_not_a_constant() => Verify.Analyzer<TrapMapAnalyzer>("""
        using System.Linq;
        using QuantumDsl;
        using QuantumDsl.Analog;

        [AnalogExperiment("MockDevice")]
        public partial class Scan
        {
            [Param(Size = 2)]
            [TrapMap]
            [Vector(0, 40)]
            public int[] Traps { get; init; } = [0, 1];

            private partial void Define(SequenceBuilder seq, Vars v) => seq
                .Register(RegisterLayout.FromCoordinates(Enumerable.Range(0, 8).Select(i => (5.0 * i, 0.0)).ToList()).MakeMappable(2))
                .Channel("ryd", Channels.RydbergGlobal)
                .Measure(Basis.GroundRydberg);
        }
        """);

    [Fact]
    public Task QDSL210_is_silent_for_maps_that_fit() => Verify.Analyzer<TrapMapAnalyzer>(Analog("""
            [Param(Size = 2)]
            [TrapMap]
            [Vector(0, 1)]
            [Vector(3, 2)]
            public int[] Traps { get; init; } = [0, 1];
        """, Line4));

    [Fact]
    public Task QDSL202_checks_the_element_an_indexed_array_param_passes_into_an_argument() => Verify.Analyzer<LimitAnalyzer>("""
        using QuantumDsl;
        using QuantumDsl.Analog;

        [AnalogExperiment("AnalogDevice")]
        public partial class Scan
        {
            [Param(Min = 0, Size = 2)]
            [Vector(1, 5)]
            [Vector(2, 20)]
            public double[] Omegas { get; init; } = [1, 5];

            [Param(Min = 0, Max = 20, Size = 1)]
            public double[] Bounded { get; init; } = [1];

            private partial void Define(SequenceBuilder seq, Vars v) => seq
                .Register(Register.Line(count: 2, spacingUm: 6))
                .Channel("ryd", Channels.RydbergGlobal)
                .Add(Pulse.Constant(durationNs: 1000, amplitude: v.Omegas[0], detuning: 0), "ryd")
                .Add(Pulse.Constant(durationNs: 1000, amplitude: {|QDSL202:v.Omegas[1]|}, detuning: 0), "ryd")
                .Add(Pulse.Constant(durationNs: 1000, amplitude: {|QDSL202:v.Bounded[0] * 1|}, detuning: 0), "ryd")
                .Measure(Basis.GroundRydberg);
        }
        """);

    [Fact]
    public Task QDSL103_fires_on_each_initializer_element_outside_the_range() => Verify.Analyzer<ExperimentAnalyzer>(Analog("""
            [Param(Min = 0, Max = 1, Size = 3)]
            public double[] Weights { get; init; } = [1, {|QDSL103:1.5|}, 0];

            [Param(Min = 0, Max = 3, Size = 2)]
            public int[] Traps { get; init; } = new[] { {|QDSL103:-1|}, 2 };
        """));

    [Fact]
    public Task QDSL206_follows_an_indexed_array_param_unit() => Verify.Analyzer<LimitAnalyzer>("""
        using QuantumDsl;
        using QuantumDsl.Analog;

        [AnalogExperiment("MockDevice")]
        public partial class Scan
        {
            [Param(Min = -5, Max = 5, Unit = "MHz", Size = 2)]
            public double[] Deltas { get; init; } = [0, 1];

            private partial void Define(SequenceBuilder seq, Vars v) => seq
                .Register(Register.Line(count: 2, spacingUm: 6))
                .Channel("ryd", Channels.RydbergGlobal)
                .Add(Pulse.Constant(durationNs: 1000, amplitude: 1, detuning: {|QDSL206:v.Deltas[1]|}), "ryd")
                .Add(Pulse.Constant(durationNs: 1000, amplitude: 1, detuning: Units.MHzToRadPerUs(v.Deltas[0])), "ryd")
                .Measure(Basis.GroundRydberg);
        }
        """);
}
