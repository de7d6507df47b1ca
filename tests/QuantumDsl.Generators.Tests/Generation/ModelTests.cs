using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Model;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Generation;

/// <summary>Pipeline models hold no symbols, syntax or compilation, and compare by value.</summary>
public sealed class ModelTests
{
    [Fact]
    public void Pipeline_models_hold_no_symbol_syntax_or_compilation()
    {
        var compilation = TestCompilation.Create(Corpus.All);
        var result = TestCompilation.Driver().RunGenerators(compilation).GetRunResult().Results[0];

        var models = result.TrackedSteps
            .Where(s => s.Key.StartsWith("Matter", StringComparison.Ordinal) || s.Key.StartsWith("Analog", StringComparison.Ordinal))
            .SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Value).ToList();

        Assert.Equal(Corpus.All.Length * 2, models.Count);
        foreach (var model in models)
        {
            Walk(model, new HashSet<object>(ReferenceEqualityComparer.Instance), "model");
        }
    }

    [Fact]
    public void Same_source_gives_equal_models_and_a_change_gives_unequal_ones()
    {
        var first = Spec(Corpus.NestedZipProduct);
        var second = Spec(Corpus.NestedZipProduct);
        var changed = Spec(Corpus.NestedZipProduct.Replace("Points(4, 8)", "Points(4, 9)", StringComparison.Ordinal));

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, changed);
    }

    private static ExperimentSpec Spec(string source)
    {
        var result = TestCompilation.Driver().RunGenerators(TestCompilation.Create(source)).GetRunResult().Results[0];
        return (ExperimentSpec)result.TrackedSteps[QdslTrackingNames.MatterSpecs].Single().Outputs.Single().Value;
    }

    private static void Walk(object? value, HashSet<object> seen, string path)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value))
        {
            return;
        }

        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or AttributeData,
            $"{path} holds a {value.GetType().FullName}");

        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items)
            {
                Walk(item, seen, $"{path}[{i++}]");
            }
        }

        for (var type = value.GetType(); type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Walk(field.GetValue(value), seen, $"{path}.{field.Name}");
            }
        }
    }
}

/// <summary>The generator's syntax fast path and the binder (what the analyzers use) must agree exactly.</summary>
public sealed class SyntaxPathTests
{
    public static TheoryData<string> Sources => [.. Corpus.All, """
        using QuantumDsl;
        using QuantumDsl.Matter;

        [MatterExperiment]
        public partial class Odd
        {
            private const double Top = 20;

            [Param(Min = 2, Max = Top)] [Points(4, 8)] public double NotLiteral { get; init; } = 8;   // binder fallback
            [QuantumDsl.Param(Min = -1e-3, Max = double.PositiveInfinity, Unit = "u")] [global::QuantumDsl.Linspace(-(1), +2, 4)]
            public double Qualified { get; set; }
            [Param] [Points] public int Empty { get; init; }
            [Param] public string Wrong { get; init; } = "";
            [Linspace(0, 1, 3)] public double Orphan { get; init; }

            private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(12);
        }
        """];

    [Theory]
    [MemberData(nameof(Sources))]
    public void Syntax_and_binder_give_equal_specs(string source)
    {
        var compilation = TestCompilation.Create(source);
        foreach (var type in compilation.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>())
                     .Select(c => (Microsoft.CodeAnalysis.INamedTypeSymbol)compilation.GetSemanticModel(c.SyntaxTree).GetDeclaredSymbol(c)!)
                     .Where(t => t.GetAttributes().Any(a => a.AttributeClass!.Name.EndsWith("ExperimentAttribute", StringComparison.Ordinal))))
        {
            var fromSyntax = ExperimentGenerator.Parser.Parse(type, default, syntaxFastPath: true);
            var fromBinder = ExperimentGenerator.Parser.Parse(type, default, syntaxFastPath: false);
            Assert.NotNull(fromBinder);
            Assert.Equal(fromBinder, fromSyntax);
        }
    }

    [Fact]
    public void Binder_only_generator_emits_the_same_files_as_with_the_syntax_fast_path()
    {
        var compilation = TestCompilation.Create([.. Corpus.All, Baselines.BaselineCorpus.MatterBarrier, Baselines.BaselineCorpus.MatterPaint1D,
            Baselines.BaselineCorpus.DeclarationOnlyGeneric, Baselines.BaselineCorpus.AnalogEomArray]);

        string[] Run(ExperimentGenerator generator) => [.. Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver
            .Create([generator.AsSourceGenerator()], parseOptions: TestCompilation.ParseOptions)
            .RunGenerators(compilation).GetRunResult().GeneratedTrees.Select(t => t.ToString())];

        var fast = Run(new ExperimentGenerator());
        Assert.Equal(9, fast.Length);
        Assert.Equal(fast, Run(new ExperimentGenerator(syntaxFastPath: false)));
    }
}
