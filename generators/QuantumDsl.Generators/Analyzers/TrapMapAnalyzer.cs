using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using QuantumDsl.Generators.Diagnostics;
using QuantumDsl.Generators.Helpers;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators.Analyzers;

/// <summary>
/// QDSL210: a <c>[TrapMap]</c> sweep point that does not fit the layout of the <c>MappableRegister</c> its analog
/// <c>Define</c> builds — a trap id outside the layout, two qubits on one trap, or more traps than qubits — reported on
/// the offending element of the <c>[Vector]</c>. Only when the layout is a compile-time constant: a device's
/// pre-calibrated layout (<c>DeviceCatalog.Default.Get("…").PreCalibratedLayouts[k]</c>) or
/// <c>RegisterLayout.FromCoordinates([…])</c> with a fixed list of traps, written inline or in a local of <c>Define</c>;
/// any other layout is checked when each point is validated (violations under <c>qubits</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TrapMapAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(QdslDiagnostics.TrapMapOutsideLayout);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterOperationAction(Analyze, OperationKind.Invocation);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod is not { Name: "MakeMappable" } method || !QdslSymbols.Is(method.ContainingType, "RegisterLayout", "QuantumDsl.Analog")
            || context.ContainingSymbol is not IMethodSymbol { Name: "Define" } define || invocation.Instance is not { } receiver)
        {
            return;
        }

        var declaration = ExperimentReader.Read(define.ContainingType, problems: null, context.CancellationToken);
        if (declaration is not { Kind: ExperimentKind.Analog } || TrapMapOf(declaration) is not { Sweep.Vectors: { } points } map)
        {
            return;
        }

        if (LayoutOf(receiver, context.Compilation) is not { } layout)
        {
            return; // not a compile-time constant: checked at run time
        }

        var sweep = map.Sweep!;
        var qubits = QubitCount(invocation);
        for (var k = 0; k < points.Length; k++)
        {
            var attribute = sweep.VectorAttributes[k].Data;
            var seen = new Dictionary<int, int>();
            for (var i = 0; i < points[k].Length; i++)
            {
                var trap = (int)points[k][i];
                string? reason = null;
                if (qubits is { } count && i >= count)
                {
                    reason = $"point {Literals.Int(k)} maps {Literals.Int(points[k].Length)} qubits, but the mappable register has {Literals.Int(count)}";
                }
                else if (trap < 0 || trap >= layout.Traps)
                {
                    reason = $"trap {Literals.Int(trap)} (point {Literals.Int(k)}, qubit {Literals.Int(i)}) is outside the layout {layout.Name}, whose trap ids are 0..{Literals.Int(layout.Traps - 1)}";
                }
                else if (seen.TryGetValue(trap, out var other))
                {
                    reason = $"point {Literals.Int(k)} puts qubits {Literals.Int(other)} and {Literals.Int(i)} on the same trap {Literals.Int(trap)}";
                }
                else
                {
                    seen.Add(trap, i);
                }

                if (reason is not null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(QdslDiagnostics.TrapMapOutsideLayout,
                        AttributeLocations.Positional(attribute, i) ?? invocation.Syntax.GetLocation(), map.Name, reason));
                    if (qubits is { } c && i >= c)
                    {
                        break; // one diagnostic per point for a map longer than the register
                    }
                }
            }
        }
    }

    private static ParamDeclaration? TrapMapOf(ExperimentDeclaration declaration)
    {
        foreach (var param in declaration.Params)
        {
            if (param.IsTrapMap && param.IsUsable)
            {
                return param;
            }
        }

        return null;
    }

    /// <summary><c>MakeMappable(n)</c>'s constant qubit count, or the length of its constant id list; null otherwise.</summary>
    private static int? QubitCount(IInvocationOperation invocation)
    {
        if (invocation.Arguments.Length == 0)
        {
            return null;
        }

        var first = Unwrap(invocation.Arguments[0].Value);
        return first.ConstantValue is { HasValue: true, Value: int n } ? n : ElementCount(first);
    }

    /// <summary>The layout's name and trap count when it is a compile-time constant.</summary>
    private static Layout? LayoutOf(IOperation operation, Compilation compilation)
    {
        operation = Resolve(Unwrap(operation));
        switch (operation)
        {
            case IInvocationOperation { TargetMethod.Name: "FromCoordinates" } create
                when QdslSymbols.Is(create.TargetMethod.ContainingType, "RegisterLayout", "QuantumDsl.Analog") && create.Arguments.Length > 0:
                return ElementCount(Resolve(Unwrap(create.Arguments[0].Value))) is { } traps
                    ? new Layout(Slug(create) is { } slug ? $"'{slug}' ({Literals.Int(traps)} traps)" : $"of {Literals.Int(traps)} traps", traps)
                    : null;
            case IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer
                when Unwrap(indexer.Arguments[0].Value).ConstantValue is { HasValue: true, Value: int index } && indexer.Instance is { } list:
                return PreCalibrated(Resolve(Unwrap(list)), index, compilation);
            case IArrayElementReferenceOperation { Indices.Length: 1 } element
                when Unwrap(element.Indices[0]).ConstantValue is { HasValue: true, Value: int index }:
                return PreCalibrated(Resolve(Unwrap(element.ArrayReference)), index, compilation);
            default:
                return null;
        }
    }

    /// <summary><c>&lt;device&gt;.PreCalibratedLayouts[index]</c> with the device named by a constant.</summary>
    private static Layout? PreCalibrated(IOperation layouts, int index, Compilation compilation)
    {
        if (layouts is not IPropertyReferenceOperation { Property.Name: "PreCalibratedLayouts", Instance: { } device }
            || Resolve(Unwrap(device)) is not IInvocationOperation { TargetMethod.Name: "Get", Arguments.Length: 1 } get
            || !QdslSymbols.Is(get.TargetMethod.ContainingType, "DeviceCatalog", "QuantumDsl.Analog")
            || Unwrap(get.Arguments[0].Value).ConstantValue is not { HasValue: true, Value: string name })
        {
            return null;
        }

        var found = 0;
        var specType = QdslSymbols.FindType(compilation, "QuantumDsl.Analog.LayoutSpecAttribute");
        foreach (var attribute in specType?.ContainingAssembly.GetAttributes() ?? ImmutableArray<AttributeData>.Empty)
        {
            if (QdslSymbols.Is(attribute.AttributeClass, "LayoutSpecAttribute", "QuantumDsl.Analog") && attribute.ConstructorArguments.Length == 3
                && attribute.ConstructorArguments[0].Value as string == name && found++ == index)
            {
                var coordinates = attribute.ConstructorArguments[2];
                var traps = coordinates.Kind == TypedConstantKind.Array && !coordinates.IsNull ? coordinates.Values.Length / 2 : 0;
                return traps > 0 ? new Layout($"'{attribute.ConstructorArguments[1].Value}' ({Literals.Int(traps)} traps)", traps) : null;
            }
        }

        return null;
    }

    private static string? Slug(IInvocationOperation create)
    {
        foreach (var argument in create.Arguments)
        {
            if (argument.Parameter?.Ordinal == 1 && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return Unwrap(argument.Value).ConstantValue is { HasValue: true, Value: string slug } ? slug : null;
            }
        }

        return null;
    }

    /// <summary>The number of elements of an array creation or a collection expression without spreads.</summary>
    private static int? ElementCount(IOperation operation)
    {
        switch (operation)
        {
            case IArrayCreationOperation { Initializer: { } initializer }:
                return initializer.ElementValues.Length;
            case ICollectionExpressionOperation collection:
                foreach (var element in collection.Elements)
                {
                    if (element is ISpreadOperation)
                    {
                        return null;
                    }
                }

                return collection.Elements.Length;
            default:
                return null;
        }
    }

    /// <summary>A local of the same method, replaced by its initializer (when it is never assigned again), else the operation.</summary>
    private static IOperation Resolve(IOperation operation)
    {
        if (operation is not ILocalReferenceOperation { Local: { } local } reference || reference.SemanticModel is not { } model)
        {
            return operation;
        }

        foreach (var syntax in local.DeclaringSyntaxReferences)
        {
            if (syntax.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } value } declarator && !Reassigned(declarator, local, model)
                && model.GetOperation(value) is { } initial)
            {
                return Unwrap(initial);
            }
        }

        return operation;
    }

    private static bool Reassigned(VariableDeclaratorSyntax declarator, ILocalSymbol local, SemanticModel model)
    {
        var body = declarator.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        if (body is null)
        {
            return true;
        }

        foreach (var node in body.DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax name } && name.Identifier.ValueText == local.Name
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name).Symbol, local))
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion && !operation.ConstantValue.HasValue)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private sealed class Layout
    {
        public Layout(string name, int traps)
        {
            Name = name;
            Traps = traps;
        }

        public string Name { get; }

        public int Traps { get; }
    }
}
