using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Generation;

/// <summary>Step tracking: unrelated edits leave every output cached; editing one experiment regenerates only its file.</summary>
public sealed class IncrementalTests
{
    private const string Unrelated = "public static class Helper { public static int Answer => 42; }";

    [Fact]
    public void Unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var compilation = TestCompilation.Create([.. Corpus.All, Unrelated]);
        var driver = TestCompilation.Driver().RunGenerators(compilation);

        var edited = Replace(compilation, Unrelated, "public static class Helper { public static int Answer => 43; }");
        var result = driver.RunGenerators(edited).GetRunResult().Results[0];

        foreach (var name in new[] { QdslTrackingNames.MatterSpecs, QdslTrackingNames.AnalogSpecs })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(s => s.Outputs),
                o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_a_method_body_of_an_experiment_keeps_its_model_unchanged()
    {
        var compilation = TestCompilation.Create(Corpus.All);
        var driver = TestCompilation.Driver().RunGenerators(compilation);

        var edited = Replace(compilation, Corpus.EvaporationScan, Corpus.EvaporationScan.Replace(".LifetimeMs(10)", ".LifetimeMs(11)", StringComparison.Ordinal));
        var result = driver.RunGenerators(edited).GetRunResult().Results[0];

        // The transform re-ran for the edited class and produced an equal model: Unchanged, so nothing downstream runs.
        var reasons = result.TrackedSteps[QdslTrackingNames.MatterExperiments].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Contains(IncrementalStepRunReason.Unchanged, reasons);
        Assert.DoesNotContain(IncrementalStepRunReason.Modified, reasons);
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void Editing_one_experiment_regenerates_only_its_file()
    {
        var compilation = TestCompilation.Create(Corpus.All);
        var driver = TestCompilation.Driver().RunGenerators(compilation);
        var before = driver.GetRunResult().Results[0].GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

        var edited = Replace(compilation, Corpus.EvaporationScan, Corpus.EvaporationScan.Replace("[Linspace(0.05, 0.45, 9)]", "[Linspace(0.05, 0.45, 5)]", StringComparison.Ordinal));
        var result = driver.RunGenerators(edited).GetRunResult().Results[0];

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Single(outputs, r => r == IncrementalStepRunReason.Modified);
        Assert.Equal(Corpus.All.Length - 1, outputs.Count(r => r == IncrementalStepRunReason.Cached));

        var after = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var changed = after.Where(p => before[p.Key] != p.Value).Select(p => p.Key).ToArray();
        Assert.Equal([Helpers.HintNames.FromExactName("Lab.Matter.EvaporationScan")], changed);
    }

    private static Compilation Replace(Compilation compilation, string oldSource, string newSource)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.ToString() == oldSource);
        return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(newSource, TestCompilation.ParseOptions, tree.FilePath));
    }
}
