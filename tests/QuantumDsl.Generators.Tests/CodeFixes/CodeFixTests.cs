using QuantumDsl.CodeFixes;
using QuantumDsl.Generators.Analyzers;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.CodeFixes;

public sealed class CodeFixTests
{
    [Fact]
    public Task QDSL001_fix_adds_partial_after_the_other_modifiers() => AddPartial(
        """
        [QuantumDsl.MatterExperiment]
        public sealed class {|QDSL001:Scan|}
        {
        }
        """,
        """
        [QuantumDsl.MatterExperiment]
        public sealed partial class Scan
        {
        }
        """);

    [Fact]
    public Task QDSL001_fix_adds_partial_without_other_modifiers() => AddPartial(
        """
        [QuantumDsl.MatterExperiment]
        class {|QDSL001:Scan|}
        {
        }
        """,
        """
        [QuantumDsl.MatterExperiment]
        partial class Scan
        {
        }
        """);

    /// <summary>Once partial, the generator declares <c>Define</c>, so the fixed class (still without a body) gets CS8795, as designed.</summary>
    private static Task AddPartial(string source, string fixedSource) => new QdslCodeFixTest<ExperimentAnalyzer, AddPartialCodeFix>(source, fixedSource)
    {
        FixedState =
        {
            ExpectedDiagnostics =
            {
                Microsoft.CodeAnalysis.Testing.DiagnosticResult.CompilerError("CS8795")
                    .WithSpan("QuantumDsl.Generators/QuantumDsl.Generators.ExperimentGenerator/" + Helpers.HintNames.FromExactName("Scan"), 8, 26, 8, 32)
                    .WithArguments("Scan.Define(QuantumDsl.Matter.MatterJobBuilder)"),
            },
        },
    }.RunAsync();

    [Fact]
    public Task QDSL103_fix_clamps_the_initializer_to_the_nearest_bound() => Verify.CodeFix<ExperimentAnalyzer, ClampCodeFix>(
        Matter("[Param(Min = 2, Max = 20)] public double Tof { get; init; } = {|QDSL103:25|};\n    [Param(Min = 1, Max = 5)] public int Count { get; init; } = {|QDSL103:-3|};"),
        Matter("[Param(Min = 2, Max = 20)] public double Tof { get; init; } = 20.0;\n    [Param(Min = 1, Max = 5)] public int Count { get; init; } = 1;"));

    [Fact]
    public Task QDSL103_fix_clamps_NaN_and_initializes_a_param_whose_default_0_is_out_of_range() => Verify.CodeFix<ExperimentAnalyzer, ClampCodeFix>(
        Matter("[Param(Min = 2, Max = 20)] public double {|QDSL103:Tof|} { get; init; }\n    [Param(Min = -5, Max = -1)] public int {|QDSL103:Offset|} { get; set; }\n    [Param(Min = 0.5)] public double Rate { get; init; } = {|QDSL103:double.NaN|};"),
        Matter("[Param(Min = 2, Max = 20)] public double Tof { get; init; } = 2.0;\n    [Param(Min = -5, Max = -1)] public int Offset { get; set; } = -1;\n    [Param(Min = 0.5)] public double Rate { get; init; } = 0.5;"));

    [Fact]
    public Task QDSL203_fix_clamps_the_argument() => Verify.CodeFix<LimitAnalyzer, ClampCodeFix>(
        Matter("", ".TimeOfFlight({|QDSL203:25|})"),
        Matter("", ".TimeOfFlight(20.0)"));

    [Fact]
    public Task QDSL206_fix_wraps_the_value_in_the_Units_helper() => Verify.CodeFix<LimitAnalyzer, UnitCodeFix>(
        Matter("[Param(Min = 2, Max = 20, Unit = \"kHz\")] public double FinalRf { get; init; } = 20;",
            ".Evaporation(rf => rf.Point(timeMs: 0, frequencyMHz: {|QDSL206:FinalRf|}, powerMw: 220))"),
        Matter("[Param(Min = 2, Max = 20, Unit = \"kHz\")] public double FinalRf { get; init; } = 20;",
            ".Evaporation(rf => rf.Point(timeMs: 0, frequencyMHz: Units.KHzToMHz(FinalRf), powerMw: 220))"));

    private static string Matter(string members, string define = ".TimeOfFlight(12)") => $$"""
        using QuantumDsl;
        using QuantumDsl.Matter;

        [MatterExperiment]
        public partial class Scan
        {
            {{members}}

            private partial void Define(MatterJobBuilder job) => job{{define}};
        }
        """;
}
