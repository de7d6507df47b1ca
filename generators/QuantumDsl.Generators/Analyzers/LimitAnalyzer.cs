using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using QuantumDsl.Generators.Diagnostics;
using QuantumDsl.Generators.Helpers;
using QuantumDsl.Generators.Limits;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators.Analyzers;

/// <summary>
/// Arguments against the limits declared on DSL method parameters (<c>[Limit]</c>, <c>[DeviceLimit]</c>) and on the
/// generated <c>With&lt;Param&gt;</c> methods: QDSL203 for constants anywhere, QDSL202 for <c>[Param]</c> values flowing
/// into <c>Define</c>'s DSL calls, QDSL205 for analog <c>Define</c> reading a <c>[Param]</c> property directly.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LimitAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        QdslDiagnostics.ParamExceedsHardwareLimit, QdslDiagnostics.ConstantOutOfRange, QdslDiagnostics.DirectParamReadInAnalogDefine);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var state = new State(start.Compilation);
            start.RegisterOperationAction(state.AnalyzeArgument, OperationKind.Argument);
            start.RegisterOperationAction(state.AnalyzePropertyReference, OperationKind.PropertyReference);
        });
    }

    /// <summary>Per-compilation state: the device catalog (read lazily) and each experiment's declaration.</summary>
    private sealed class State
    {
        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<INamedTypeSymbol, Experiment?> _experiments = new(SymbolEqualityComparer.Default);
        private DeviceCatalog? _catalog;

        public State(Compilation compilation) => _compilation = compilation;

        private DeviceCatalog Catalog => _catalog ??= DeviceCatalog.Read(_compilation);

        public void AnalyzeArgument(OperationAnalysisContext context)
        {
            var argument = (IArgumentOperation)context.Operation;
            if (argument.Parameter is not { } parameter || argument.ArgumentKind == ArgumentKind.DefaultValue || argument.IsImplicit
                || parameter.GetAttributes().IsEmpty)
            {
                return;
            }

            var experiment = ExperimentOf(context.ContainingSymbol);
            var limit = LimitReader.Find(parameter, experiment?.Device);
            if (limit is null)
            {
                return;
            }

            var value = Unwrap(argument.Value);
            if (value.ConstantValue.HasValue)
            {
                if (QdslSymbols.AsDouble(value.ConstantValue.Value) is { } constant && !limit.Contains(constant))
                {
                    context.ReportDiagnostic(Diagnostic.Create(QdslDiagnostics.ConstantOutOfRange, value.Syntax.GetLocation(),
                        ClampProperties.For(constant, limit.Min, limit.Max, parameter.Type.SpecialType == SpecialType.System_Int32), Literals.Number(constant), parameter.Name, Literals.Bound(limit.Min), Literals.Bound(limit.Max), limit.Suffix()));
                }

                return;
            }

            if (experiment is null || !IsDefine(context.ContainingSymbol))
            {
                return;
            }

            ParamDeclaration? param = null;
            if (!FindParam(value, experiment, ref param) || param is null)
            {
                return;
            }

            foreach (var (source, candidate) in Candidates(param))
            {
                if (Evaluate(value, experiment, candidate) is { } result && !double.IsNaN(result) && !limit.Contains(result))
                {
                    context.ReportDiagnostic(Diagnostic.Create(QdslDiagnostics.ParamExceedsHardwareLimit, value.Syntax.GetLocation(),
                        value.Syntax.ToString(), Literals.Number(result), $"{param.Name} {source} {Literals.Number(candidate)}",
                        parameter.Name, Literals.Bound(limit.Min), Literals.Bound(limit.Max), limit.Suffix()));
                    return;
                }
            }
        }

        public void AnalyzePropertyReference(OperationAnalysisContext context)
        {
            var reference = (IPropertyReferenceOperation)context.Operation;
            if (!IsDefine(context.ContainingSymbol) || ExperimentOf(context.ContainingSymbol) is not { Declaration.Kind: ExperimentKind.Analog } experiment
                || ParamOf(reference.Property, experiment.Declaration) is null)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(QdslDiagnostics.DirectParamReadInAnalogDefine, reference.Syntax.GetLocation(), reference.Property.Name));
        }

        private Experiment? ExperimentOf(ISymbol? symbol)
        {
            var type = symbol as INamedTypeSymbol ?? symbol?.ContainingType;
            if (type is null)
            {
                return null;
            }

            return _experiments.GetOrAdd(type, t =>
            {
                var declaration = ExperimentReader.Read(t, problems: null, default);
                if (declaration is null)
                {
                    return null;
                }

                DeviceInfo? device = null;
                if (declaration.Kind == ExperimentKind.Analog && declaration.Attribute.ConstructorArguments.Length == 1
                    && declaration.Attribute.ConstructorArguments[0].Value is string name)
                {
                    device = Catalog.Find(name);
                }

                return new Experiment(declaration, device);
            });
        }

        private static bool IsDefine(ISymbol? symbol) => symbol is IMethodSymbol { Name: "Define" };

        /// <summary>The single <c>[Param]</c> the expression depends on; false when it reads two or something unknown.</summary>
        private static bool FindParam(IOperation operation, Experiment experiment, ref ParamDeclaration? param)
        {
            operation = Unwrap(operation);
            if (operation.ConstantValue.HasValue)
            {
                return true;
            }

            switch (operation)
            {
                case IPropertyReferenceOperation reference when ParamOf(reference, experiment) is { } found:
                    if (param is not null && !ReferenceEquals(param, found))
                    {
                        return false;
                    }

                    param = found;
                    return true;
                case IBinaryOperation binary:
                    return FindParam(binary.LeftOperand, experiment, ref param) && FindParam(binary.RightOperand, experiment, ref param);
                case IUnaryOperation unary:
                    return FindParam(unary.Operand, experiment, ref param);
                case IParenthesizedOperation parenthesized:
                    return FindParam(parenthesized.Operand, experiment, ref param);
                default:
                    return false;
            }
        }

        /// <summary>The expression's value when its <c>[Param]</c> is <paramref name="x"/>.</summary>
        private static double? Evaluate(IOperation operation, Experiment experiment, double x)
        {
            operation = Unwrap(operation);
            if (operation.ConstantValue.HasValue)
            {
                return QdslSymbols.AsDouble(operation.ConstantValue.Value);
            }

            switch (operation)
            {
                case IPropertyReferenceOperation:
                    return x;
                case IParenthesizedOperation parenthesized:
                    return Evaluate(parenthesized.Operand, experiment, x);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } unary:
                    return -Evaluate(unary.Operand, experiment, x);
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } unary:
                    return Evaluate(unary.Operand, experiment, x);
                case IBinaryOperation binary when Evaluate(binary.LeftOperand, experiment, x) is { } left
                    && Evaluate(binary.RightOperand, experiment, x) is { } right:
                    return binary.OperatorKind switch
                    {
                        BinaryOperatorKind.Add => left + right,
                        BinaryOperatorKind.Subtract => left - right,
                        BinaryOperatorKind.Multiply => left * right,
                        BinaryOperatorKind.Divide => left / right,
                        _ => null,
                    };
                default:
                    return null;
            }
        }

        /// <summary>The values a param can take: its finite bounds and its sweep points.</summary>
        private static IEnumerable<(string Source, double Value)> Candidates(ParamDeclaration param)
        {
            if (!param.BoundsValid)
            {
                yield break;
            }

            if (!double.IsInfinity(param.Max))
            {
                yield return ("Max", param.Max);
            }

            if (!double.IsInfinity(param.Min))
            {
                yield return ("Min", param.Min);
            }

            if (param.Sweep is { } sweep)
            {
                foreach (var value in sweep.Values)
                {
                    yield return ("sweep point", value);
                }
            }
        }

        private static ParamDeclaration? ParamOf(IPropertyReferenceOperation reference, Experiment experiment)
        {
            var property = reference.Property;
            var declaration = experiment.Declaration;
            if (declaration.Kind == ExperimentKind.Analog)
            {
                // v.<Param>: a property of the generated Vars nested in the experiment.
                if (property.ContainingType is { Name: "Vars" } vars
                    && SymbolEqualityComparer.Default.Equals(vars.ContainingType, declaration.Type))
                {
                    foreach (var param in declaration.Params)
                    {
                        if (param.Name == property.Name)
                        {
                            return param;
                        }
                    }
                }

                return null;
            }

            return ParamOf(property, declaration);
        }

        private static ParamDeclaration? ParamOf(IPropertySymbol property, ExperimentDeclaration declaration)
        {
            foreach (var param in declaration.Params)
            {
                if (SymbolEqualityComparer.Default.Equals(param.Property, property.OriginalDefinition))
                {
                    return param;
                }
            }

            return null;
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion when !operation.ConstantValue.HasValue:
                        operation = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized when !operation.ConstantValue.HasValue:
                        operation = parenthesized.Operand;
                        continue;
                    default:
                        return operation;
                }
            }
        }
    }

    private sealed class Experiment
    {
        public Experiment(ExperimentDeclaration declaration, DeviceInfo? device)
        {
            Declaration = declaration;
            Device = device;
        }

        public ExperimentDeclaration Declaration { get; }

        public DeviceInfo? Device { get; }
    }
}
