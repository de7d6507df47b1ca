using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using QuantumDsl.Generators.Parsing;
using QuantumDsl.Generators.Units;

namespace QuantumDsl.Generators.Analyzers;

/// <summary>
/// Evaluates an argument expression of one <c>[Param]</c> (constants, the param's property, unary and binary arithmetic,
/// conversions, unit helpers) at a value of that param, as C# would compute it; <see cref="LimitAnalyzer"/> checks the
/// results against a limit.
/// </summary>
internal static class ParamExpression
{
    /// <summary>
    /// The expression's value when its <c>[Param]</c> is <paramref name="x"/>, with C# semantics: <c>int</c> operations
    /// truncate (<c>209 / 10</c> is 20) and wrap on overflow (unchecked) — or give no value (null) where C# would throw
    /// (division by zero, overflow in a <c>checked</c> context, a conversion of NaN or an out-of-range value to int).
    /// </summary>
    public static double? Evaluate(IOperation operation, double x)
    {
        if (operation.ConstantValue.HasValue)
        {
            return QdslSymbols.AsDouble(operation.ConstantValue.Value);
        }

        switch (operation)
        {
            case IPropertyReferenceOperation:
                return x;
            case IParenthesizedOperation parenthesized:
                return Evaluate(parenthesized.Operand, x);
            case IConversionOperation conversion when Evaluate(conversion.Operand, x) is { } operand:
                return Convert(operand, conversion.Type, conversion.IsChecked);
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } unary when Evaluate(unary.Operand, x) is { } operand:
                return IsInt(unary.Type) ? IntResult(-(long)operand, unary.IsChecked) : -operand;
            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Plus } unary:
                return Evaluate(unary.Operand, x);
            case IInvocationOperation { Instance: null, Arguments.Length: 1 } invocation
                when UnitConversion.Of(invocation.TargetMethod) is { } conversion && Evaluate(invocation.Arguments[0].Value, x) is { } argument:
                return argument * conversion.Factor;
            case IBinaryOperation binary when Evaluate(binary.LeftOperand, x) is { } left
                && Evaluate(binary.RightOperand, x) is { } right:
                return IsInt(binary.Type) ? IntBinary(binary, (long)left, (long)right) : binary.OperatorKind switch
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

    private static bool IsInt(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Int32;

    private static double? IntBinary(IBinaryOperation binary, long left, long right) => binary.OperatorKind switch
    {
        BinaryOperatorKind.Add => IntResult(left + right, binary.IsChecked),
        BinaryOperatorKind.Subtract => IntResult(left - right, binary.IsChecked),
        BinaryOperatorKind.Multiply => IntResult(left * right, binary.IsChecked),
        BinaryOperatorKind.Divide when right != 0 => IntResult(left / right, binary.IsChecked), // truncates toward zero, as C#
        _ => null,
    };

    /// <summary>An <c>int</c> result: wrapped to 32 bits (unchecked), or null where a checked context would throw.</summary>
    private static double? IntResult(long value, bool isChecked)
    {
        if (value is >= int.MinValue and <= int.MaxValue)
        {
            return value;
        }

        return isChecked ? null : unchecked((int)value);
    }

    private static double? Convert(double value, ITypeSymbol? target, bool isChecked)
    {
        switch (target?.SpecialType)
        {
            case SpecialType.System_Int32:
                if (double.IsNaN(value) || double.IsInfinity(value) || value <= int.MinValue - 1.0 || value >= int.MaxValue + 1.0)
                {
                    return null; // throws when checked, unspecified when not: no value to check
                }

                return System.Math.Truncate(value);
            case SpecialType.System_Single:
                return (float)value;
            default:
                return value;
        }
    }
}
