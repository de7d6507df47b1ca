using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace QuantumDsl.Generators.Tests.Infrastructure;

/// <summary>In-memory compilations against the .NET reference assemblies, the QuantumDsl runtime and (if needed) the DSL stubs.</summary>
internal static class TestCompilation
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest);

    /// <summary>The .NET reference assemblies of the running SDK (offline), plus the QuantumDsl runtime.</summary>
    public static ImmutableArray<MetadataReference> References { get; } = LoadReferences();

    public static CSharpCompilation Create(params string[] sources) =>
        CSharpCompilation.Create(
            "Experiments",
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Default, warningLevel: 9999));

    public static GeneratorDriver Driver(bool trackSteps = true) =>
        CSharpGeneratorDriver.Create(
            [new ExperimentGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator; returns the updated compilation and the generated sources by hint name.</summary>
    public static (Compilation Output, GeneratorDriverRunResult Result) Generate(params string[] sources)
    {
        var driver = Driver().RunGeneratorsAndUpdateCompilation(Create(sources), out var output, out _);
        return (output, driver.GetRunResult());
    }

    public static string ReferenceAssemblyDirectory
    {
        get
        {
            var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;          // .../shared/Microsoft.NETCore.App/10.0.x
            var dotnetRoot = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
            var packs = Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
            var version = Path.GetFileName(runtimeDir);
            var exact = Path.Combine(packs, version, "ref", "net" + Environment.Version.ToString(2));
            if (Directory.Exists(exact))
            {
                return exact;
            }

            return Directory.GetDirectories(packs).OrderDescending().Select(d => Path.Combine(d, "ref", "net" + Environment.Version.ToString(2)))
                .First(Directory.Exists);
        }
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var framework = Directory.GetFiles(ReferenceAssemblyDirectory, "*.dll").Select(p => (MetadataReference)MetadataReference.CreateFromFile(p));
        return [.. framework, MetadataReference.CreateFromFile(typeof(IExperiment).Assembly.Location)];
    }
}
