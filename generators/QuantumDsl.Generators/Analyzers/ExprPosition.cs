using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators.Analyzers;

/// <summary>
/// Where a direct read of a <c>[Param]</c> property in an analog <c>Define</c> could be <c>v.Param</c> instead: the read,
/// through arithmetic (<c>+ - * / %</c>, unary minus, parentheses, int → double), ends in a conversion to
/// <c>QuantumDsl.Analog.Expr</c> — the operators a <c>Variable</c> supports. Anywhere else (a register's <c>double</c>
/// spacing, an <c>int</c> count, a <c>Math.Sqrt</c> argument, a local) <c>v.Param</c> would not compile: the param changes
/// the sequence's structure, which is fine (each point runs <c>Define</c> with its own values), so QDSL205 stays silent.
/// </summary>
internal static class ExprPosition
{
    public static bool VariableWouldFit(IOperation read)
    {
        for (var parent = read.Parent; parent is not null; parent = parent.Parent)
        {
            switch (parent)
            {
                case IParenthesizedOperation:
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus }:
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply
                    or BinaryOperatorKind.Divide or BinaryOperatorKind.Remainder }:
                    continue;
                case IConversionOperation conversion when QdslSymbols.Is(conversion.Type as INamedTypeSymbol, "Expr", "QuantumDsl.Analog"):
                    return true;
                case IConversionOperation { Conversion.IsNumeric: true, Conversion.IsImplicit: true }:
                    continue;
                default:
                    return false;
            }
        }

        return false;
    }
}
