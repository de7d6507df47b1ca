using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Diagnostics;
using QuantumDsl.Testing;

namespace QuantumDsl.Generators.Tests.Diagnostics;

/// <summary>Every diagnostic's help link points to an anchor that exists in docs/diagnostics.md, and every ID is listed there.</summary>
public sealed class HelpLinkTests
{
    public static TheoryData<string> Ids => [.. Descriptors().Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_anchor_exists_in_docs_diagnostics(string id)
    {
        var descriptor = Descriptors().Single(d => d.Id == id);
        Assert.Equal(QdslDiagnostics.HelpLinkBase + id.ToLowerInvariant(), descriptor.HelpLinkUri);
        Assert.EndsWith("/docs/diagnostics.md#", QdslDiagnostics.HelpLinkBase, StringComparison.Ordinal);

        var markdown = File.ReadAllText(Path.Combine(RepoRoot, "docs", "diagnostics.md"));
        var anchors = Regex.Matches(markdown, @"^#{1,6}\s+(.+?)\s*$", RegexOptions.Multiline).Select(m => GitHubAnchor(m.Groups[1].Value)).ToHashSet();
        Assert.Contains(id.ToLowerInvariant(), anchors);
        Assert.Contains($"| [{id}](#{id.ToLowerInvariant()}) |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_descriptor_is_tracked_in_the_release_file_and_supported_by_an_analyzer()
    {
        var unshipped = File.ReadAllText(Path.Combine(RepoRoot, "generators", "QuantumDsl.Generators", "AnalyzerReleases.Unshipped.md"));
        var supported = typeof(QdslDiagnostics).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)) && !t.IsAbstract)
            .SelectMany(t => ((Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Select(d => d.Id).ToHashSet();
        foreach (var descriptor in Descriptors())
        {
            Assert.Contains($"{descriptor.Id} |", unshipped, StringComparison.Ordinal);
            Assert.Contains(descriptor.Id, supported);
        }
    }

    private static IEnumerable<DiagnosticDescriptor> Descriptors() =>
        typeof(QdslDiagnostics).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    /// <summary>GitHub's heading anchor: lower case, punctuation other than '-' and '_' dropped, spaces to '-'.</summary>
    private static string GitHubAnchor(string heading) =>
        new string([.. heading.ToLowerInvariant().Where(c => char.IsLetterOrDigit(c) || c is '-' or '_' or ' ')]).Replace(' ', '-');

    private static string RepoRoot => RepoPaths.Root;
}
