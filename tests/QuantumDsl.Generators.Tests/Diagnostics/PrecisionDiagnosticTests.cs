using QuantumDsl.Generators.Analyzers;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Diagnostics;

/// <summary>
/// Issue 13, classes 5–7: no false errors (C# int semantics in QDSL202, <c>nameof</c> in QDSL205), no missed errors
/// (NaN and implicit-default QDSL103, null device QDSL201), no noise or wrong IDs (one QDSL104 per linspace, QDSL107 for
/// one oversized sweep, nothing against invalid bounds after QDSL102).
/// </summary>
public sealed class PrecisionDiagnosticTests
{
    private static string Matter(string members, string define = ".TimeOfFlight(12)") => ExperimentSource.Matter(members, define);

    private static string Analog(string members, string define, string device = "\"AnalogDevice\"") =>
        ExperimentSource.Analog(members, define, device, declareChannel: false);

    [Fact]
    public Task QDSL202_uses_integer_division_for_int_params() => Verify.Analyzer<LimitAnalyzer>(Matter(
        "    [Param(Min = 20, Max = 209)] public int Tenths { get; init; } = 120;",
        ".TimeOfFlight(Tenths / 10)"));

    [Fact]
    public Task QDSL202_still_fires_when_the_integer_result_is_out_of_range() => Verify.Analyzer<LimitAnalyzer>(Matter(
        "    [Param(Min = 20, Max = 219)] public int Tenths { get; init; } = 120;",
        ".TimeOfFlight({|QDSL202:Tenths / 10|})"));

    [Fact]
    public Task QDSL202_wraps_int_overflow_as_unchecked_CSharp_does() => Verify.Analyzer<LimitAnalyzer>(Matter(
        // At Max, Big + 1 wraps to int.MinValue: the argument is -10 + 9 = -1, below the 2 ms minimum (real arithmetic
        // would give 19, in range).
        "    [Param(Min = 400000000, Max = 2147483647)] public int Big { get; init; } = 400000000;",
        ".TimeOfFlight({|QDSL202:(Big + 1) / 200000000 + 9|})"));

    [Fact]
    public Task QDSL202_is_silent_when_a_checked_int_operation_would_throw() => Verify.Analyzer<LimitAnalyzer>(Matter(
        "    [Param(Min = 400000000, Max = 2147483647)] public int Big { get; init; } = 400000000;",
        ".TimeOfFlight(checked(Big + 1) / 200000000 + 9)"));

    [Fact]
    public Task QDSL205_is_silent_for_nameof_a_param() => Verify.Analyzer<LimitAnalyzer>(Analog(
        "    [Param(Min = 0, Max = 10)] public double OmegaMax { get; init; } = 1;",
        ".Channel(nameof(OmegaMax), Channels.RydbergGlobal).Add(Pulse.Constant(durationNs: 1000, amplitude: v.OmegaMax, detuning: 0), nameof(OmegaMax))"));

    [Fact]
    public Task QDSL103_fires_for_a_NaN_initializer_even_without_bounds() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param(Min = 0, Max = 10)] public double A { get; init; } = {|QDSL103:double.NaN|};
            [Param] public double B { get; init; } = {|QDSL103:double.NaN|};
        """));

    [Fact]
    public Task QDSL103_fires_for_a_missing_initializer_whose_default_0_is_out_of_range() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            [Param(Min = 2, Max = 20)] public double {|QDSL103:Tof|} { get; init; }
            [Param(Min = -5, Max = -1)] public int {|QDSL103:Offset|} { get; set; }
        """));

    [Fact]
    public Task QDSL103_is_silent_for_a_missing_initializer_when_0_is_valid_swept_or_set_by_a_constructor() => Verify.Analyzer<ExperimentAnalyzer>(Matter("""
            public Scan() => (Assigned, this.AlsoAssigned) = (5, 6);
            [Param(Min = 0, Max = 20)] public double ZeroInRange { get; init; }
            [Param(Min = 2, Max = 20)] [Linspace(2, 20, 3)] public double Swept { get; init; }
            [Param(Min = 2, Max = 20)] public double Assigned { get; init; }
            [Param(Min = 2, Max = 20)] public double AlsoAssigned { get; init; }
        """));

    [Fact]
    public Task QDSL201_fires_for_a_null_device() => Verify.Analyzer<DeviceAnalyzer>(Analog("", "", "{|QDSL201:null|}"));

    [Fact]
    public Task QDSL104_fires_once_per_linspace_on_the_out_of_range_endpoint() => Verify.Analyzer<ExperimentAnalyzer>(Analog("""
            [Param(Min = 0, Max = 20)] [Linspace(0, {|QDSL104:30|}, 31)] public double A { get; init; }
            [Param(Min = 0, Max = 20)] [Linspace({|QDSL104:-5|}, 30, 8)] public double B { get; init; }
        """, ""));

    [Fact]
    public Task QDSL104_message_names_the_endpoint_and_its_index() => new QdslAnalyzerTest<ExperimentAnalyzer>(Analog("""
            [Param(Min = 0, Max = 20)] [Linspace(0, 30, 31)] public double A { get; init; }
        """, ""))
    {
        ExpectedDiagnostics =
        {
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("QDSL104", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                .WithSpan(8, 45, 8, 47).WithArguments("A", "30", "30", "0", "20"),
        },
    }.RunAsync();

    [Fact]
    public Task QDSL107_fires_for_one_linspace_of_10001_points_on_its_count() => Verify.Analyzer<ExperimentAnalyzer>(Analog("""
            [Param] [Linspace(0, 1, {|QDSL107:10001|})] public double A { get; init; }
            [Param] [Linspace(0, 1, {|QDSL107:int.MaxValue|})] public double B { get; init; }
        """, ""));

    [Fact]
    public Task After_QDSL102_With_Param_has_no_limit_to_report_QDSL203_against() => Verify.Analyzer<LimitAnalyzer>(Matter(
        "    [Param(Min = 10, Max = 0)] public double A { get; init; } = 5;") + """

        public static class Use
        {
            public static Scan Make() => new Scan.Builder().WithA(5).WithA(-3).Build();
        }
        """);
}
