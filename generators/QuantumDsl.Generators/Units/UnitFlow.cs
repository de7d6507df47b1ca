using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators.Units;

/// <summary>
/// The unit an argument expression certainly carries (QDSL206). A <c>[Param]</c> keeps its <c>Unit</c> through
/// conversions of type, parentheses, unary <c>+</c>/<c>-</c> and the addition or subtraction of a constant; a
/// <c>Units</c> helper gives its declared result unit (and its own argument is checked against its source unit). Any
/// multiplication or division by something other than a constant 1 (for example <c>2 * Math.PI * X</c>) is read as
/// the user's own conversion: its unit is not certain, so nothing is reported.
/// </summary>
internal static class UnitFlow
{
    public enum Kind
    {
        /// <summary>No unit: a constant or a unitless <c>[Param]</c>.</summary>
        None,

        /// <summary>The expression certainly carries <see cref="Flow.Unit"/>.</summary>
        Unit,

        /// <summary>Scaled or unknown: no unit can be claimed.</summary>
        Scaled,
    }

    public readonly struct Flow
    {
        public Flow(Kind kind, string? unit)
        {
            Kind = kind;
            Unit = unit;
        }

        public Kind Kind { get; }

        public string? Unit { get; }

        public static Flow None => new(Kind.None, null);

        public static Flow Scaled => new(Kind.Scaled, null);
    }

    /// <summary>A <c>Units</c> helper given a value in another unit than its source unit.</summary>
    public sealed record Mismatch(IOperation At, string Has, string Into, string Wants);

    public static Flow Of(IOperation operation, Func<IPropertyReferenceOperation, ParamDeclaration?> paramOf, List<Mismatch> inner)
    {
        if (operation.ConstantValue.HasValue)
        {
            return Flow.None;
        }

        switch (operation)
        {
            case IPropertyReferenceOperation reference when paramOf(reference) is { } param:
                return param.Unit is { Length: > 0 } unit ? new Flow(Kind.Unit, unit) : Flow.None;
            case IConversionOperation conversion:
                return Of(conversion.Operand, paramOf, inner);
            case IParenthesizedOperation parenthesized:
                return Of(parenthesized.Operand, paramOf, inner);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary:
                return Of(unary.Operand, paramOf, inner);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract } binary:
                return Join(Of(binary.LeftOperand, paramOf, inner), Of(binary.RightOperand, paramOf, inner));
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } binary
                when IsOne(binary.RightOperand) || (binary.OperatorKind == BinaryOperatorKind.Multiply && IsOne(binary.LeftOperand)):
                return Join(Of(binary.LeftOperand, paramOf, inner), Of(binary.RightOperand, paramOf, inner));
            case IInvocationOperation { Instance: null, Arguments.Length: 1 } invocation when UnitConversion.Of(invocation.TargetMethod) is { } conversion:
                var argument = invocation.Arguments[0].Value;
                var from = Of(argument, paramOf, inner);
                if (from.Kind == Kind.Scaled)
                {
                    return Flow.Scaled;
                }

                if (from.Kind == Kind.Unit && !UnitSpelling.Same(from.Unit!, conversion.From))
                {
                    inner.Add(new Mismatch(Unwrap(argument), from.Unit!, "Units." + conversion.MethodName, conversion.From));
                }

                return new Flow(Kind.Unit, conversion.To);
            default:
                return Flow.Scaled;
        }
    }

    private static Flow Join(Flow left, Flow right)
    {
        if (left.Kind == Kind.Scaled || right.Kind == Kind.Scaled)
        {
            return Flow.Scaled;
        }

        return left.Kind == Kind.Unit ? left : right;
    }

    private static bool IsOne(IOperation operation)
    {
        while (!operation.ConstantValue.HasValue && operation is IConversionOperation conversion)
        {
            operation = conversion.Operand; // (Expr)1: a user-defined conversion of a constant
        }

        return operation.ConstantValue.HasValue && QdslSymbols.AsDouble(operation.ConstantValue.Value) is 1.0;
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
