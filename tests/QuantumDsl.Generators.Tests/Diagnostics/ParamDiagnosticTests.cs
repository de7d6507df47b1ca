using QuantumDsl.Generators.Analyzers;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Diagnostics;

/// <summary>QDSL101–QDSL109: a firing and a non-firing case each; cascades suppressed.</summary>
public sealed class ParamDiagnosticTests
{
    private static string Matter(string members) => """
        using QuantumDsl;
        using QuantumDsl.Matter;

        [MatterExperiment]
        public partial class Scan
        {
        """ + members + """

            private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(12);
        }
        """;

    private static string Analog(string members) => """
        using QuantumDsl;
        using QuantumDsl.Analog;

        [AnalogExperiment("MockDevice")]
        public partial class Scan
        {
        """ + members + """

            private partial void Define(SequenceBuilder seq, Vars v) => seq.Measure(Basis.GroundRydberg);
        }
        """;

    [Fact]
    public Task QDSL101_fires_for_a_wrong_type_and_a_missing_setter() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param] public {|QDSL101:string|} Label { get; init; } = "";
            [Param] public double {|QDSL101:Fixed|} { get; }
        """));

    [Fact]
    public Task QDSL101_is_silent_for_double_and_int_with_init_or_set() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param] public double A { get; init; }
            [Param] public int B { get; set; }
        """));

    [Fact]
    public Task QDSL102_fires_for_min_above_max_and_nan_without_cascading() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param(Min = {|QDSL102:5|}, Max = 2)]
            [Points(1, 9)]
            public double A { get; init; } = 100;

            [Param(Max = {|QDSL102:double.NaN|})]
            public double B { get; init; }
        """));

    [Fact]
    public Task QDSL102_is_silent_for_valid_and_half_open_bounds() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param(Min = 2, Max = 2)] public double A { get; init; } = 2;
            [Param(Min = 0)] public double B { get; init; }
        """));

    [Fact]
    public Task QDSL103_fires_on_an_initializer_outside_the_range() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param(Min = 2, Max = 20, Unit = "ms")] public double Tof { get; init; } = {|QDSL103:25|};
            [Param(Min = 1, Max = 5)] public int Count { get; init; } = {|QDSL103:-1|};
        """));

    [Fact]
    public Task QDSL103_is_silent_inside_the_range() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param(Min = 2, Max = 20)] public double Tof { get; init; } = 20;
        """));

    [Fact]
    public Task QDSL104_fires_on_each_point_outside_the_range() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param(Min = 0, Max = 20)]
            [Points(1, {|QDSL104:30|}, 2, {|QDSL104:-4|})]
            public double A { get; init; } = 1;

            [Param(Min = 0, Max = 20)]
            [Linspace({|QDSL104:-1|}, 5, 3)]
            public double B { get; init; }
        """));

    [Fact]
    public Task QDSL104_is_silent_for_points_on_the_bounds() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param(Min = 0, Max = 20)]
            [Linspace(0, 20, 3)]
            public double A { get; init; }
        """));

    [Fact]
    public Task QDSL105_fires_for_each_kind_of_malformed_sweep() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param] [Linspace(0, 1, {|QDSL105:0|})] public double A { get; init; }
            [Param] [Linspace(0, 1, {|QDSL105:1|})] public double B { get; init; }
            [Param] [{|QDSL105:Points()|}] public double C { get; init; }
            [Param] [Points(1, {|QDSL105:double.PositiveInfinity|})] public double D { get; init; }
            [Param] [Linspace(0, 1, 2)] [{|QDSL105:Points(1)|}] public double E { get; init; }
            [{|QDSL105:Points(1, 2)|}] public double NotAParam { get; init; }
            [Param] [Points(1, {|QDSL105:2.5|})] public int F { get; init; }
        """));

    [Fact]
    public Task QDSL105_malformed_zip_member_does_not_cascade_into_QDSL106() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param] [Points(1, 2, Zip = "g")] public double A { get; init; }
            [Param] [Linspace(0, 1, {|QDSL105:-3|}, Zip = "g")] public double B { get; init; }
        """));

    [Fact]
    public Task QDSL105_is_silent_for_single_point_linspace_with_equal_ends() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param] [Linspace(3, 3, 1)] public double A { get; init; }
            [Param] [Points(4, 8)] public int B { get; init; }
        """));

    [Fact]
    public Task QDSL106_fires_on_the_zip_of_a_shorter_or_longer_member() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param] [Points(1, 2, Zip = "g")] public double A { get; init; }
            [Param] [Points(1, 2, 3, Zip = {|QDSL106:"g"|})] public double B { get; init; }
        """));

    [Fact]
    public Task QDSL106_is_silent_for_equal_lengths() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param] [Points(1, 2, Zip = "g")] public double A { get; init; }
            [Param] [Linspace(5, 6, 2, Zip = "g")] public double B { get; init; }
        """));

    [Fact]
    public Task QDSL107_fires_on_the_sweep_that_passes_10000_points() => Verify.Analyzer<ExperimentAnalyzer>(Analog("""
            [Param] [Linspace(0, 1, 200)] public double A { get; init; }
            [Param] [{|QDSL107:Linspace(0, 1, 100)|}] public double B { get; init; }
        """));

    [Fact]
    public Task QDSL107_is_silent_at_exactly_10000_points() => Verify.Analyzer<ExperimentAnalyzer>(Analog("""
            [Param] [Linspace(0, 1, 100)] public double A { get; init; }
            [Param] [Linspace(0, 1, 100)] public double B { get; init; }
        """));

    [Fact]
    public Task QDSL108_fires_on_the_second_param_with_a_wire_name() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param] public double FinalRf { get; init; }
            [Param(Name = {|QDSL108:"final_rf"|})] public double Other { get; init; }
        """));

    [Fact]
    public Task QDSL108_is_silent_for_distinct_wire_names() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param] public double FinalRf { get; init; }
            [Param(Name = "final_rf_2")] public double Other { get; init; }
        """));

    [Fact]
    public Task QDSL109_warns_when_a_matter_sweep_needs_several_jobs() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param] [Points(1, 2)] public double A { get; init; }
            [Param] [{|QDSL109:Linspace(0, 1, 16)|}] public double B { get; init; }
        """));

    [Fact]
    public Task QDSL109_is_silent_for_30_matter_points() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param] [Linspace(0, 1, 30)] public double A { get; init; }
        """));

    [Fact]
    public Task QDSL109_is_silent_for_analog_sweeps() => Verify.Analyzer<ExperimentAnalyzer>(Analog("""
            [Param] [Linspace(0, 1, 31)] public double A { get; init; }
        """));
}
