using QuantumDsl.Generators.Analyzers;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Diagnostics;

/// <summary>
/// Structure sweeps (issue 16): a [Param] read as a plain number in an analog Define changes the sequence's structure.
/// Its sweep points are checked against the device (QDSL202 on the sweep attribute); QDSL205 speaks only where 'v.X'
/// would compile. Every source here also compiles the generated code (a compiler error fails the test).
/// </summary>
public sealed class StructureSweepDiagnosticTests
{
    private static string Analog(string members, string register, string pulse = "Pulse.Constant(durationNs: 500, amplitude: 6, detuning: 0)") => $$"""
        using QuantumDsl;
        using QuantumDsl.Analog;

        [AnalogExperiment("AnalogDevice")]
        public partial class Scan
        {
        {{members}}

            private partial void Define(SequenceBuilder seq, Vars v) => seq
                .Register({{register}})
                .Channel("ryd", Channels.RydbergGlobal)
                .Add({{pulse}}, "ryd")
                .Measure(Basis.GroundRydberg);
        }
        """;

    [Fact]
    public Task QDSL202_fires_on_each_spacing_point_below_the_device_minimum_atom_distance() => Verify.Analyzer<LimitAnalyzer>(Analog(
        "    [Param(Unit = \"µm\")] [Points({|QDSL202:4|}, 6, {|QDSL202:4.5|}, 10)] public double SpacingUm { get; init; } = 6;",
        "Register.Line(count: 2, spacingUm: SpacingUm)"));

    [Fact]
    public Task QDSL202_names_the_point_the_argument_the_limit_and_its_unit() => new QdslAnalyzerTest<LimitAnalyzer>(Analog(
        "    [Param(Unit = \"µm\")] [Points(4, 6)] public double SpacingUm { get; init; } = 6;",
        "Register.Line(count: 2, spacingUm: SpacingUm)"))
    {
        ExpectedDiagnostics =
        {
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult("QDSL202", Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                .WithSpan(7, 34, 7, 35)
                .WithArguments("SpacingUm", "4", "SpacingUm sweep point 4, index 0", "spacingUm", "5", "∞", " (µm, atom distance on AnalogDevice)"),
        },
    }.RunAsync();

    [Fact]
    public Task QDSL202_fires_once_on_a_linspace_whose_atom_count_exceeds_the_device_maximum() => Verify.Analyzer<LimitAnalyzer>(Analog(
        "    [Param] [{|QDSL202:Linspace(10, 100, 10)|}] public int Count { get; init; } = 2;",
        "Register.Line(count: Count, spacingUm: 6)"));

    [Fact]
    public Task QDSL202_follows_expressions_of_a_structure_param() => Verify.Analyzer<LimitAnalyzer>(Analog(
        "    [Param] [Points(2, {|QDSL202:3|})] public int Rows { get; init; } = 2;",
        "Register.Rectangle(rows: Rows * 30, columns: 1, spacingUm: 6)"));

    [Fact]
    public Task Structure_params_within_the_device_limits_and_structural_reads_are_silent() => Verify.Analyzer<LimitAnalyzer>(Analog(
        """
            [Param(Min = 5, Max = 30, Unit = "µm")] [Points(5, 7.5, 20)] public double SpacingUm { get; init; } = 6;
            [Param(Min = 1, Max = 80)] [Points(1, 2, 80)] public int Count { get; init; } = 2;
            [Param(Min = 0, Max = 12)] public double OmegaMax { get; init; } = 6;
        """,
        "Register.Line(count: Count, spacingUm: SpacingUm)",
        "Pulse.Constant(durationNs: 500, amplitude: System.Math.Sqrt(OmegaMax * 12), detuning: 0)"));

    [Fact]
    public Task QDSL205_still_suggests_the_variable_where_it_compiles() => Verify.Analyzer<LimitAnalyzer>(Analog(
        """
            [Param(Min = 0, Max = 6)] public double OmegaMax { get; init; } = 6;
            [Param(Min = 16, Max = 1000)] public int DurationNs { get; init; } = 500;
        """,
        "Register.Line(count: 2, spacingUm: 6)",
        "Pulse.Constant(durationNs: {|QDSL205:DurationNs|}, amplitude: -({|QDSL205:OmegaMax|} * 2) + 12, detuning: 0)"));
}
