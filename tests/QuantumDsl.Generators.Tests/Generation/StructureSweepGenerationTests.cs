using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Generation;

/// <summary>Issue 16: analog Define runs per point, so a [Param] read as a plain number changes that point's structure.</summary>
public sealed class StructureSweepGenerationTests
{
    private const string Source = """
        using QuantumDsl;
        using QuantumDsl.Analog;

        [AnalogExperiment("AnalogDevice", Runs = 100)]
        public partial class Blockade
        {
            [Param(Min = 5, Max = 30, Unit = "µm")] [Points(5, 10)] public double SpacingUm { get; init; } = 10;
            [Param(Min = 1, Max = 80)] [Points(2, 3)] public int Count { get; init; } = 2;
            [Param(Min = 0, Max = 12)] [Linspace(1, 3, 3)] public double Omega { get; init; } = 2;

            private partial void Define(SequenceBuilder seq, Vars v) => seq
                .Register(Register.Line(count: Count, spacingUm: SpacingUm))
                .Channel("ryd", Channels.RydbergGlobal)
                .Add(Pulse.Constant(durationNs: 500, amplitude: v.Omega, detuning: 0), "ryd")
                .Measure(Basis.GroundRydberg);
        }
        """;

    [Fact]
    public void A_structure_sweep_compiles_with_zero_warnings_and_builds_each_points_sequence_from_the_point()
    {
        var (output, result) = TestCompilation.Generate(Source);

        Assert.Empty(result.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        var text = GeneratedCodeTests.Generated(Source);
        // Define is called on the point itself (never on a fresh default instance), and the result is kept per point.
        // The cache is keyed by every [Param] value, so a copy made with `with` rebuilds its own structure.
        Assert.Contains("private readonly global::QuantumDsl.SequenceCache _qdslSequence = new global::QuantumDsl.SequenceCache();", text, StringComparison.Ordinal);
        Assert.Contains("public global::QuantumDsl.Analog.AnalogSequence Sequence => _qdslSequence.Get(new object?[] { this.SpacingUm, this.Count, this.Omega }, QdslBuildSequence);", text, StringComparison.Ordinal);
        Assert.Contains("        Define(seq, v);", text, StringComparison.Ordinal);
        Assert.DoesNotContain("new Blockade().Define", text, StringComparison.Ordinal);
        Assert.DoesNotContain("static readonly global::System.Lazy", text, StringComparison.Ordinal);
        // Every [Param] is still a declared variable (the structure ones too: their jobs carry them, Pulser accepts unused ones).
        Assert.Contains("seq.DeclareVariable(v.SpacingUm);", text, StringComparison.Ordinal);
        Assert.Contains("seq.DeclareVariable(v.Count);", text, StringComparison.Ordinal);
        Assert.Contains("seq.DeclareVariable(v.Omega);", text, StringComparison.Ordinal);
        Assert.Equal(12, text.Split('\n').Count(l => l.TrimStart().StartsWith("new Blockade() {", StringComparison.Ordinal)));
    }
}
