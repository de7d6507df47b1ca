using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using QuantumDsl.Generators.Diagnostics;
using QuantumDsl.Generators.Helpers;
using QuantumDsl.Generators.Limits;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators.Analyzers;

/// <summary>QDSL201 (unknown device) and QDSL204 (<c>Runs</c> outside 1..max_runs), from the runtime's device data.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DeviceAnalyzer : DiagnosticAnalyzer
{
    private const int DefaultRuns = 100;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(QdslDiagnostics.UnknownDevice, QdslDiagnostics.RunsOutOfRange);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var catalog = DeviceCatalog.Read(start.Compilation);
            if (catalog.IsEmpty)
            {
                return;
            }

            start.RegisterSymbolAction(context => Analyze(context, catalog), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, DeviceCatalog catalog)
    {
        if (QdslSymbols.Find(context.Symbol, "AnalogExperimentAttribute") is not { } attribute
            || attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Kind == TypedConstantKind.Error)
        {
            return;
        }

        // A null device (a null constant) is unknown too: the runtime would reject it when the sequence is built.
        var name = attribute.ConstructorArguments[0].Value as string;
        if ((name is null ? null : catalog.Find(name)) is not { } device)
        {
            context.ReportDiagnostic(Diagnostic.Create(QdslDiagnostics.UnknownDevice,
                AttributeLocations.Positional(attribute, 0) ?? context.Symbol.Locations[0], name ?? "null", string.Join(", ", catalog.Names)));
            return;
        }

        var explicitRuns = QdslSymbols.Named(attribute, "Runs") as int?;
        var runs = explicitRuns ?? DefaultRuns;
        var max = device.MaxRuns == 0 ? int.MaxValue : device.MaxRuns;
        if (runs < 1 || runs > max)
        {
            var location = explicitRuns is null ? AttributeLocations.Of(attribute) : AttributeLocations.Named(attribute, "Runs");
            context.ReportDiagnostic(Diagnostic.Create(QdslDiagnostics.RunsOutOfRange, location ?? context.Symbol.Locations[0],
                Literals.Int(runs), device.MaxRuns == 0 ? "∞" : Literals.Int(device.MaxRuns), device.Name));
        }
    }
}
