using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Generators.Tests.Baselines;

/// <summary>
/// The whole generated file of each <see cref="BaselineCorpus"/> case, compared to the letter with
/// <c>{case}.g.cs.txt</c> beside this file. After a deliberate emitter change, <c>.ci/update-generator-baselines</c>
/// (or <c>QDSL_ACCEPT_BASELINES=1</c> on these tests) rewrites them; review the diff.
/// </summary>
[Trait("Category", "Baseline")]
public sealed class GeneratedBaselineTests
{
    public static TheoryData<string> Cases => [.. BaselineCorpus.All.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generated_file_matches_its_baseline(string name)
    {
        var (output, result) = TestCompilation.Generate(BaselineCorpus.All[name]);
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, $"{name} does not compile with its generated code:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        var actual = Assert.Single(result.Results[0].GeneratedSources).SourceText.ToString();

        Baseline.AssertMatches(Path.Combine(Baseline.Directory, name + ".g.cs.txt"), actual);
    }

    [Fact]
    public void A_difference_is_reported_at_its_first_line_with_context_and_the_accept_command()
    {
        var report = Baseline.Describe("/x/Case.g.cs.txt", "a\nb\nc\nd\n", "a\nb\nC\r\nd\n");

        Assert.Contains("Case.g.cs.txt at line 3 (baseline 5 lines, generated 5 lines)", report, StringComparison.Ordinal);
        Assert.Contains(" -     3  c" + Environment.NewLine + " +     3  C\\r", report, StringComparison.Ordinal);
        Assert.Contains("       2  b", report, StringComparison.Ordinal);
        Assert.Contains(".ci/update-generator-baselines", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_baseline_file_belongs_to_a_case()
    {
        var stale = System.IO.Directory.GetFiles(Baseline.Directory, "*.g.cs.txt")
            .Select(f => Path.GetFileName(f)[..^".g.cs.txt".Length])
            .Where(n => !BaselineCorpus.All.ContainsKey(n))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (Baseline.Accepting)
        {
            stale.ForEach(n => File.Delete(Path.Combine(Baseline.Directory, n + ".g.cs.txt")));
            return;
        }

        Assert.True(stale.Count == 0, "Baselines without a case in BaselineCorpus (delete them, or run with "
            + Baseline.AcceptVariable + "=1): " + string.Join(", ", stale));
    }
}
