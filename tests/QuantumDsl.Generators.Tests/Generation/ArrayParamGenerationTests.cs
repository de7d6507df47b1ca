using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Model;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Generation;

/// <summary>Array [Param]s and the [TrapMap]: what the generator emits, compiled with the runtime.</summary>
public sealed class ArrayParamGenerationTests
{
    internal const string Source = """
        using QuantumDsl;
        using QuantumDsl.Analog;

        [AnalogExperiment("MockDevice")]
        public partial class Moves
        {
            [Param(Min = 0, Max = 10, Unit = "rad/us", Size = 2)]
            [Vector(1.0, 2.0)]
            [Vector(3, 4.5)]
            public double[] Omegas { get; init; } = [1.0, 2.0];

            [Param(Min = 0, Max = 3, Size = 2)]
            [TrapMap]
            [Vector(0, 1, Zip = "a")]
            [Vector(0, 3, Zip = "a")]
            public int[] Traps { get; init; } = [0, 1];

            [Param(Min = 0, Max = 5)]
            [Points(1, 2, Zip = "a")]
            public double Delta { get; init; }

            private partial void Define(SequenceBuilder seq, Vars v) => seq
                .Register(RegisterLayout.FromCoordinates([(0.0, 0.0), (5.0, 0.0), (9.0, 0.0), (30.0, 0.0)]).MakeMappable(2))
                .Channel("ryd", Channels.RydbergGlobal)
                .Add(Pulse.Constant(durationNs: 100, amplitude: v.Omegas[0], detuning: v.Delta), "ryd")
                .Add(Pulse.Constant(durationNs: 100, amplitude: v.Omegas[1], detuning: 0), "ryd");
        }
        """;

    [Fact]
    public void Array_params_and_a_trap_map_compile_with_zero_warnings()
    {
        var (output, result) = TestCompilation.Generate(Source);

        Assert.Empty(result.Diagnostics);
        var problems = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Vector_points_are_array_literals_in_the_expanded_sweep()
    {
        var text = GeneratedCodeTests.Generated(Source);

        var points = text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("new Moves() {", StringComparison.Ordinal)).ToArray();
        Assert.Equal(
            [
                "new Moves() { Omegas = new double[] { 1.0, 2.0 }, Traps = new int[] { 0, 1 }, Delta = 1.0 },",
                "new Moves() { Omegas = new double[] { 1.0, 2.0 }, Traps = new int[] { 0, 3 }, Delta = 2.0 },",
                "new Moves() { Omegas = new double[] { 3.0, 4.5 }, Traps = new int[] { 0, 1 }, Delta = 1.0 },",
                "new Moves() { Omegas = new double[] { 3.0, 4.5 }, Traps = new int[] { 0, 3 }, Delta = 2.0 },",
            ],
            points);
    }

    [Fact]
    public void The_array_is_a_sized_variable_and_the_trap_map_is_no_variable()
    {
        var text = GeneratedCodeTests.Generated(Source);

        Assert.Contains("public global::QuantumDsl.Analog.Variable Omegas { get; } = global::QuantumDsl.Analog.Variable.FloatArray(\"omegas\", 2);", text, StringComparison.Ordinal);
        Assert.Contains("seq.DeclareVariable(v.Omegas);", text, StringComparison.Ordinal);
        Assert.DoesNotContain("v.Traps", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Variable.IntArray(\"traps\"", text, StringComparison.Ordinal);
        Assert.Contains("Qubits => global::QuantumDsl.Analog.TrapMaps.ToQubits(Sequence, this.Traps);", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Models_with_vectors_are_equal_for_equal_source_and_differ_when_a_vector_changes()
    {
        var first = Spec(Source);
        var second = Spec(Source);
        var changed = Spec(Source.Replace("[Vector(3, 4.5)]", "[Vector(3, 4.25)]", StringComparison.Ordinal));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, changed);
        var traps = Assert.Single(first.Parameters, p => p.Name == "Traps");
        Assert.True(traps.IsTrapMap);
        Assert.Equal(2, traps.Size);
    }

    private static ExperimentSpec Spec(string source)
    {
        var result = TestCompilation.Driver().RunGenerators(TestCompilation.Create(source)).GetRunResult().Results[0];
        return (ExperimentSpec)result.TrackedSteps[QdslTrackingNames.AnalogSpecs].Single().Outputs.Single().Value;
    }
}
