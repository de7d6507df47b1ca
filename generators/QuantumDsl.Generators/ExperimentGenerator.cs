using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using QuantumDsl.Generators.Model;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators;

/// <summary>
/// Emits, for every <c>[MatterExperiment]</c> / <c>[AnalogExperiment]</c> partial class, the runtime interface, the
/// <c>Define</c> declaration, <c>Vars</c> (analog), <c>Builder</c>, <c>Validate()</c>, <c>Parameters</c> and the
/// expanded <c>Sweep</c>. Reports no diagnostics: the analyzers report every rule; a class whose shape blocks emission
/// (QDSL001, a static class, nested in a non-partial type) gets no output. The MSBuild property <c>QuantumDslDisableSourceGenerator=true</c> turns emission
/// off (the analyzers keep running). A class whose shape blocks full emission but can still take a partial declaration
/// (QDSL002–QDSL004) gets only the declaration of its <c>Define</c> (and <c>Vars</c>), so the user's body compiles and the
/// analyzers' diagnostic is what the build reports.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class ExperimentGenerator : IIncrementalGenerator
{
    private readonly bool _syntaxFastPath;

    /// <summary>The generator as the compiler loads it: with the syntax fast path.</summary>
    public ExperimentGenerator()
        : this(syntaxFastPath: true)
    {
    }

    /// <summary>
    /// <paramref name="syntaxFastPath"/> false reads every class through the binder only (no <c>SyntaxParamReader</c>, no
    /// <c>ClassShapes.IsPlain</c> shortcut): the generator benchmark's binder-only case. Internal, not a user option.
    /// </summary>
    internal ExperimentGenerator(bool syntaxFastPath) => _syntaxFastPath = syntaxFastPath;

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var matter = context.SyntaxProvider
            .ForAttributeWithMetadataName(QdslSymbols.MatterExperimentAttribute, IsCandidate, Transform)
            .WithTrackingName(QdslTrackingNames.MatterExperiments)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(QdslTrackingNames.MatterSpecs);

        var analog = context.SyntaxProvider
            .ForAttributeWithMetadataName(QdslSymbols.AnalogExperimentAttribute, IsCandidate, Transform)
            .WithTrackingName(QdslTrackingNames.AnalogExperiments)
            .Where(static spec => spec is not null)
            .Select(static (spec, _) => spec!)
            .WithTrackingName(QdslTrackingNames.AnalogSpecs);

        var enabled = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => !IsTrue(options.GlobalOptions, DisableProperty))
            .WithTrackingName(QdslTrackingNames.Enabled);

        context.RegisterSourceOutput(matter.Combine(enabled), EmitIfEnabled);
        context.RegisterSourceOutput(analog.Combine(enabled), EmitIfEnabled);
    }

    /// <summary>The kill switch, made visible to the compiler by the package's <c>buildTransitive</c> props.</summary>
    internal const string DisableProperty = "build_property.QuantumDslDisableSourceGenerator";

    private static bool IsTrue(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);

    private static void EmitIfEnabled(SourceProductionContext context, (ExperimentSpec Spec, bool Enabled) input)
    {
        if (input.Enabled)
        {
            Emit(context, input.Spec);
        }
    }

    private static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken) => node is ClassDeclarationSyntax or RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: not (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.StructKeyword };

    private ExperimentSpec? Transform(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        if (context.TargetSymbol is not INamedTypeSymbol type)
        {
            return null;
        }

        // Every number is formatted with the invariant culture explicitly (Literals), never the host culture.
        var family = context.Attributes[0].AttributeClass?.Name == "AnalogExperimentAttribute" ? ExperimentKind.Analog : ExperimentKind.Matter;
        return Parser.Parse(type, cancellationToken, _syntaxFastPath, family);
    }

    private static void Emit(SourceProductionContext context, ExperimentSpec spec) =>
        context.AddSource(spec.HintName, SourceText.From(Emitter.Emit(spec), System.Text.Encoding.UTF8));
}
