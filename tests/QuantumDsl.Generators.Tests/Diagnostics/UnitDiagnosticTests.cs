using Microsoft.CodeAnalysis.Testing;
using QuantumDsl.Generators.Analyzers;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Diagnostics;

/// <summary>QDSL206: a [Param]'s Unit against the unit of the DSL argument it flows into (from [Limit]/[DeviceLimit]).</summary>
public sealed class UnitDiagnosticTests
{
    private static string Analog(string members, string define) => ExperimentSource.Analog(members, define, "\"MockDevice\"");

    private static string Matter(string members, string define) => ExperimentSource.Matter(members, define);

    [Fact]
    public Task QDSL206_fires_for_MHz_into_rad_per_us_naming_both_units_and_the_helper()
    {
        var test = new QdslAnalyzerTest<LimitAnalyzer>(Analog(
            "    [Param(Min = -5, Max = 5, Unit = \"MHz\")] public double Delta { get; init; }",
            ".Add(Pulse.Constant(durationNs: 1000, amplitude: 1, detuning: {|#0:v.Delta|}), \"ryd\")"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("QDSL206", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("v.Delta", "MHz", "detuning", "rad/µs", "; convert it with Units.MHzToRadPerUs"));
        return test.RunAsync();
    }

    [Fact]
    public Task QDSL206_fires_for_a_scale_mismatch_through_negation_and_offsets() => Verify.Analyzer<LimitAnalyzer>(Analog(
        """
            [Param(Min = 0.1, Max = 5, Unit = "us")] public double T { get; init; } = 1;
            [Param(Min = -5, Max = 5, Unit = "kHz")] public double Delta { get; init; }
        """,
        ".Add(Pulse.Constant(durationNs: {|QDSL206:v.T + 1|}, amplitude: 1, detuning: {|QDSL206:-v.Delta|}), \"ryd\")"));

    [Fact]
    public Task QDSL206_fires_for_kHz_into_MHz_on_a_matter_limit() => Verify.Analyzer<LimitAnalyzer>(Matter(
        "    [Param(Min = 2, Max = 20, Unit = \"kHz\")] public double FinalRf { get; init; } = 20;",
        ".Evaporation(rf => rf.Point(timeMs: 0, frequencyMHz: {|QDSL206:FinalRf|}, powerMw: 220))"));

    [Fact]
    public Task QDSL206_fires_inside_a_Units_helper_given_the_wrong_source_unit() => Verify.Analyzer<LimitAnalyzer>(Analog(
        "    [Param(Min = -5, Max = 5, Unit = \"kHz\")] public double Delta { get; init; }",
        ".Add(Pulse.Constant(durationNs: 1000, amplitude: 1, detuning: Units.MHzToRadPerUs({|QDSL206:v.Delta|})), \"ryd\")"));

    [Fact]
    public Task QDSL206_names_no_helper_across_dimensions() 
    {
        var test = new QdslAnalyzerTest<LimitAnalyzer>(Analog(
            "    [Param(Min = 0.1, Max = 5, Unit = \"ms\")] public double T { get; init; } = 1;",
            ".Add(Pulse.Constant(durationNs: 1000, amplitude: {|#0:v.T|}, detuning: 0), \"ryd\")"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("QDSL206", Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
            .WithArguments("v.T", "ms", "amplitude", "rad/µs", "; no Units helper converts between them"));
        return test.RunAsync();
    }

    [Fact]
    public Task QDSL206_is_silent_for_normalised_spellings_scaled_values_helpers_and_unitless_params() => Verify.Analyzer<LimitAnalyzer>(Analog(
        """
            [Param(Min = 0, Max = 12, Unit = "rad/us")] public double OmegaMax { get; init; }
            [Param(Min = -5, Max = 5, Unit = "MHz")] public double Delta { get; init; }
            [Param(Min = 100, Max = 4000, Unit = "ns")] public double T { get; init; } = 1000;
            [Param(Min = -5, Max = 5)] public double Plain { get; init; }
        """,
        """
        .Add(Pulse.Constant(durationNs: v.T, amplitude: v.OmegaMax, detuning: 2 * Math.PI * v.Delta), "ryd")
                        .Add(Pulse.Constant(durationNs: v.T, amplitude: v.OmegaMax * 1, detuning: Units.MHzToRadPerUs(v.Delta)), "ryd")
                        .Add(Pulse.Constant(durationNs: v.T, amplitude: 1, detuning: v.Plain), "ryd")
        """));

    [Fact]
    public Task QDSL206_treats_a_multiplication_by_one_as_unscaled() => Verify.Analyzer<LimitAnalyzer>(Analog(
        "    [Param(Min = -5, Max = 5, Unit = \"MHz\")] public double Delta { get; init; }",
        ".Add(Pulse.Constant(durationNs: 1000, amplitude: 1, detuning: {|QDSL206:1 * v.Delta|}), \"ryd\")"));

    [Fact]
    public Task QDSL202_follows_a_value_through_a_Units_helper() => Verify.Analyzer<LimitAnalyzer>(Analog(
        "    [Param(Min = -25, Max = 25, Unit = \"MHz\")] public double Delta { get; init; }",
        ".Add(Pulse.Constant(durationNs: 1000, amplitude: 1, detuning: Units.MHzToRadPerUs(v.Delta)), \"ryd\")")
        .Replace("MockDevice", "AnalogDevice")
        .Replace("detuning: Units", "detuning: {|QDSL202:Units")
        .Replace("(v.Delta))", "(v.Delta)|})"));
}
