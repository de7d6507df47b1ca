using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using QuantumDsl.Generators.Diagnostics;
using QuantumDsl.Generators.Helpers;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators.Analyzers;

/// <summary>
/// Declaration shape, parameters and sweeps (QDSL001, QDSL002, QDSL101–QDSL109), with the same reader the generator
/// uses, so what the generator emits and what is reported never disagree.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ExperimentAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        QdslDiagnostics.NotPartial,
        QdslDiagnostics.UnsupportedShape,
        QdslDiagnostics.NotCreatable,
        QdslDiagnostics.ReservedMemberName,
        QdslDiagnostics.InvalidParamProperty,
        QdslDiagnostics.InvalidParamBounds,
        QdslDiagnostics.InitializerOutOfRange,
        QdslDiagnostics.SweepPointOutOfRange,
        QdslDiagnostics.MalformedSweep,
        QdslDiagnostics.ZipLengthMismatch,
        QdslDiagnostics.SweepTooLarge,
        QdslDiagnostics.DuplicateWireName,
        QdslDiagnostics.MatterSweepSplit);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(AnalyzeType, SymbolKind.NamedType);
        context.RegisterOperationAction(AnalyzeInitializer, OperationKind.PropertyInitializer);
    }

    private static void AnalyzeType(SymbolAnalysisContext context)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var problems = new List<Problem>();
        if (ExperimentReader.Read(type, problems, context.CancellationToken) is not { } declaration)
        {
            return;
        }

        var fallback = type.Locations[0];
        foreach (var problem in problems)
        {
            context.ReportDiagnostic(problem.ToDiagnostic(fallback));
        }

        if (declaration.Emission != Emission.None)
        {
            ImplicitDefaults.Report(declaration, context);
        }
    }

    /// <summary>QDSL103 on each constant element of an array <c>[Param]</c>'s initializer (<c>= [1, 0]</c>) outside <c>[Min, Max]</c>.</summary>
    private static void AnalyzeArrayInitializer(OperationAnalysisContext context, IPropertyInitializerOperation initializer)
    {
        var property = initializer.InitializedProperties[0];
        if (QdslSymbols.Find(property, "ParamAttribute") is not { } attribute
            || QdslSymbols.Find(property.ContainingType, "AnalogExperimentAttribute") is null
            || ParamReader.ReadBounds(AttributeArgs.FromData(attribute), out var min, out var max, out _) is not null)
        {
            return;
        }

        var value = initializer.Value;
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        var elements = value switch
        {
            ICollectionExpressionOperation collection => collection.Elements,
            IArrayCreationOperation { Initializer: { } list } => list.ElementValues,
            _ => ImmutableArray<IOperation>.Empty,
        };
        var isInt = ((IArrayTypeSymbol)property.Type).ElementType.SpecialType == SpecialType.System_Int32;
        for (var i = 0; i < elements.Length; i++)
        {
            if (elements[i].ConstantValue.HasValue && QdslSymbols.AsDouble(elements[i].ConstantValue.Value) is { } element
                && (double.IsNaN(element) || element < min || element > max))
            {
                context.ReportDiagnostic(Diagnostic.Create(QdslDiagnostics.InitializerOutOfRange, elements[i].Syntax.GetLocation(),
                    ClampProperties.For(element, min, max, isInt), $"{property.Name}[{Literals.Int(i)}]", Literals.Number(element), Literals.Bound(min), Literals.Bound(max)));
            }
        }
    }

    /// <summary>QDSL103: <c>[Param]</c> property initialised with a constant outside <c>[Min, Max]</c>.</summary>
    private static void AnalyzeInitializer(OperationAnalysisContext context)
    {
        var initializer = (IPropertyInitializerOperation)context.Operation;
        if (initializer.InitializedProperties.Length == 1 && initializer.InitializedProperties[0].Type is IArrayTypeSymbol)
        {
            AnalyzeArrayInitializer(context, initializer);
            return;
        }

        if (initializer.InitializedProperties.Length != 1 || !initializer.Value.ConstantValue.HasValue)
        {
            return;
        }

        var property = initializer.InitializedProperties[0];
        if (QdslSymbols.Find(property, "ParamAttribute") is not { } attribute
            || (QdslSymbols.Find(property.ContainingType, "MatterExperimentAttribute") is null
                && QdslSymbols.Find(property.ContainingType, "AnalogExperimentAttribute") is null)
            || QdslSymbols.AsDouble(initializer.Value.ConstantValue.Value) is not { } value)
        {
            return;
        }

        var boundsValid = ParamReader.ReadBounds(AttributeArgs.FromData(attribute), out var min, out var max, out _) is null;
        // NaN compares false with everything, so it is tested on its own: it is never inside a range.
        if (boundsValid && (double.IsNaN(value) || value < min || value > max))
        {
            context.ReportDiagnostic(Diagnostic.Create(QdslDiagnostics.InitializerOutOfRange, initializer.Value.Syntax.GetLocation(),
                ClampProperties.For(value, min, max, property.Type.SpecialType == SpecialType.System_Int32), property.Name, Literals.Number(value), Literals.Bound(min), Literals.Bound(max)));
        }
    }
}
