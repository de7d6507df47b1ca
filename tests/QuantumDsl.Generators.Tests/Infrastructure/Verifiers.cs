using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace QuantumDsl.Generators.Tests.Infrastructure;

/// <summary>
/// Analyzer test with the generator running too (so <c>Define</c>, <c>Vars</c> and <c>With&lt;Param&gt;</c> exist), against
/// the local .NET reference pack and the QuantumDsl runtime; compiler errors in the test source fail the test.
/// </summary>
internal sealed class QdslAnalyzerTest<TAnalyzer> : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public QdslAnalyzerTest(string source)
    {
        TestCode = source;
        Configure(TestState);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    internal static void Configure(SolutionState state)
    {
        state.ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        state.AdditionalReferences.AddRange(TestCompilation.References);
    }

    protected override IEnumerable<Type> GetSourceGenerators() => [typeof(ExperimentGenerator)];

    protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);
}

internal sealed class QdslCodeFixTest<TAnalyzer, TCodeFix> : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public QdslCodeFixTest(string source, string fixedSource)
    {
        TestCode = source;
        FixedCode = fixedSource;
        QdslAnalyzerTest<TAnalyzer>.Configure(TestState);
        QdslAnalyzerTest<TAnalyzer>.Configure(FixedState);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    protected override IEnumerable<Type> GetSourceGenerators() => [typeof(ExperimentGenerator)];

    protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(LanguageVersion.Latest);
}

internal static class Verify
{
    public static Task Analyzer<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new() => new QdslAnalyzerTest<TAnalyzer>(source).RunAsync();

    public static Task CodeFix<TAnalyzer, TCodeFix>(string source, string fixedSource)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new() => new QdslCodeFixTest<TAnalyzer, TCodeFix>(source, fixedSource).RunAsync();
}
