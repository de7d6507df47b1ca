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
using QuantumDsl.Generators.Units;

namespace QuantumDsl.Generators.Analyzers;

/// <summary>
/// Arguments against the limits declared on DSL method parameters (<c>[Limit]</c>, <c>[DeviceLimit]</c>) and on the
/// generated <c>With&lt;Param&gt;</c> methods: QDSL203 for constants anywhere, QDSL202 for <c>[Param]</c> values flowing
/// into <c>Define</c>'s DSL calls (a bound on the argument, a sweep point on the sweep attribute: <see cref="SweepLimits"/>),
/// QDSL205 for analog <c>Define</c> reading a <c>[Param]</c> property where <c>v.Param</c> would do (<see cref="ExprPosition"/>), QDSL206 for
/// a <c>[Param]</c>'s <c>Unit</c> differing from the argument's (see <see cref="UnitFlow"/> for the rule).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LimitAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        QdslDiagnostics.ParamExceedsHardwareLimit, QdslDiagnostics.ConstantOutOfRange, QdslDiagnostics.DirectParamReadInAnalogDefine, QdslDiagnostics.UnitMismatch);

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
        private List<UnitConversion>? _conversions;

        public State(Compilation compilation) => _compilation = compilation;

        private DeviceCatalog Catalog => _catalog ??= DeviceCatalog.Read(_compilation);

        private List<UnitConversion> Conversions => _conversions ??= UnitConversion.All(_compilation);

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
            var element = -1;
            if (!FindParam(value, experiment, ref param, ref element) || param is null || param.IsArray != element >= 0)
            {
                return;
            }

            CheckUnits(context, value, experiment, parameter.Name, limit.Unit);
            foreach (var (source, candidate) in Candidates(param, element))
            {
                if (ParamExpression.Evaluate(value, candidate) is { } result && !double.IsNaN(result) && !limit.Contains(result))
                {
                    context.ReportDiagnostic(Diagnostic.Create(QdslDiagnostics.ParamExceedsHardwareLimit, value.Syntax.GetLocation(),
                        value.Syntax.ToString(), Literals.Bound(result), $"{param.Name}{(element >= 0 ? "[" + Literals.Int(element) + "]" : "")} {source} {Literals.Number(candidate)}",
                        parameter.Name, Literals.Bound(limit.Min), Literals.Bound(limit.Max), limit.Suffix()));
                    return;
                }
            }

            SweepLimits.Check(context, param, value, parameter.Name, limit, x => ParamExpression.Evaluate(value, x));
        }

        /// <summary>QDSL206: the unit the value certainly carries differs from the argument's (and inside <c>Units</c> helpers).</summary>
        private void CheckUnits(OperationAnalysisContext context, IOperation value, Experiment experiment, string argument, string? unit)
        {
            var inner = new List<UnitFlow.Mismatch>();
            var flow = UnitFlow.Of(value, reference => ParamOf(reference, experiment) ?? ArrayParamOf(reference, experiment), inner);
            foreach (var mismatch in inner)
            {
                Report(context, mismatch.At, mismatch.Has, mismatch.Into, mismatch.Wants);
            }

            if (unit is not null && flow.Kind == UnitFlow.Kind.Unit && !UnitSpelling.Same(flow.Unit!, unit))
            {
                Report(context, value, flow.Unit!, argument, unit);
            }
        }

        private void Report(OperationAnalysisContext context, IOperation at, string has, string into, string wants)
        {
            var conversion = UnitConversion.Find(Conversions, has, wants);
            var hint = conversion is null ? "; no Units helper converts between them" : $"; convert it with Units.{conversion.MethodName}";
            var properties = conversion is null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(UnitProperties.Key, conversion.MethodName);
            context.ReportDiagnostic(Diagnostic.Create(QdslDiagnostics.UnitMismatch, at.Syntax.GetLocation(), properties,
                at.Syntax.ToString(), has, into, wants, hint));
        }

        public void AnalyzePropertyReference(OperationAnalysisContext context)
        {
            var reference = (IPropertyReferenceOperation)context.Operation;
            if (!IsDefine(context.ContainingSymbol) || ExperimentOf(context.ContainingSymbol) is not { Declaration.Kind: ExperimentKind.Analog } experiment
                || ParamOf(reference.Property, experiment.Declaration) is null || InsideNameOf(reference) || !ExprPosition.VariableWouldFit(reference))
            {
                // Anywhere 'v.X' would not compile (an int or double argument: a register's spacing or count, ...) the
                // param is a structure param: each point's Define builds its sequence with the point's value. Nothing to say.
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(QdslDiagnostics.DirectParamReadInAnalogDefine, reference.Syntax.GetLocation(), reference.Property.Name));
        }

        /// <summary><c>nameof(Param)</c> reads nothing: it is the property's name, a constant.</summary>
        private static bool InsideNameOf(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is INameOfOperation)
                {
                    return true;
                }
            }

            return false;
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
        /// <remarks>An array param is found through a constant index, <c>v.X[2]</c>: <paramref name="element"/> is 2.</remarks>
        private static bool FindParam(IOperation operation, Experiment experiment, ref ParamDeclaration? param, ref int element)
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
                case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: IPropertyReferenceOperation array, Arguments.Length: 1 } indexer
                    when ParamOf(array, experiment) is { IsArray: true } found:
                    if ((param is not null && !ReferenceEquals(param, found))
                        || Unwrap(indexer.Arguments[0].Value).ConstantValue is not { HasValue: true, Value: int index }
                        || (element >= 0 && element != index))
                    {
                        return false;
                    }

                    (param, element) = (found, index);
                    return true;
                case IBinaryOperation binary:
                    return FindParam(binary.LeftOperand, experiment, ref param, ref element) && FindParam(binary.RightOperand, experiment, ref param, ref element);
                case IUnaryOperation unary:
                    return FindParam(unary.Operand, experiment, ref param, ref element);
                case IParenthesizedOperation parenthesized:
                    return FindParam(parenthesized.Operand, experiment, ref param, ref element);
                case IInvocationOperation { Instance: null, Arguments.Length: 1 } invocation when UnitConversion.Of(invocation.TargetMethod) is not null:
                    return FindParam(invocation.Arguments[0].Value, experiment, ref param, ref element);
                default:
                    return false;
            }
        }

        /// <summary>The values a param (or element <paramref name="element"/> of an array param) can take: its finite bounds and, for an array param, its [Vector] points (a scalar param's sweep points are <see cref="SweepLimits"/>'s, reported on the sweep attribute).</summary>
        private static IEnumerable<(string Source, double Value)> Candidates(ParamDeclaration param, int element)
        {
            if (!param.BoundsValid)
            {
                yield break;
            }

            // An int param holds whole numbers only: its extreme values are the bounds rounded inwards. A missing bound is
            // no candidate, for an int as for a double (its sweep points, if any, are checked by SweepLimits).
            var max = param.IsInt && !double.IsInfinity(param.Max) ? System.Math.Min(System.Math.Floor(param.Max), int.MaxValue) : param.Max;
            var min = param.IsInt && !double.IsInfinity(param.Min) ? System.Math.Max(System.Math.Ceiling(param.Min), int.MinValue) : param.Min;
            if (!double.IsInfinity(max))
            {
                yield return ("Max", max);
            }

            if (!double.IsInfinity(min))
            {
                yield return ("Min", min);
            }

            if (param.Sweep is { Vectors: { } vectors })
            {
                foreach (var vector in vectors)
                {
                    if (element >= 0 && element < vector.Length)
                    {
                        yield return ("sweep point", vector[element]);
                    }
                }
            }
        }

        /// <summary>The array param of an element reference <c>v.X[i]</c> (its unit is every element's), or null.</summary>
        private static ParamDeclaration? ArrayParamOf(IPropertyReferenceOperation reference, Experiment experiment) =>
            reference is { Property.IsIndexer: true, Instance: IPropertyReferenceOperation array } && ParamOf(array, experiment) is { IsArray: true } found
                ? found
                : null;

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

                    return null;
                }

                // The property itself: Define runs per point, so the point's value reaches the argument (a structure param).
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
