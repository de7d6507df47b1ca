using System.Text.Json;

namespace QuantumDsl.Analog;

/// <summary>Writes <see cref="Expr"/> as Pulser's <c>ParametrizedNum</c>: a number or an expression object.</summary>
internal static class ExprJson
{
    public static void Write(Utf8JsonWriter w, string property, Expr expr)
    {
        w.WritePropertyName(property);
        Write(w, expr);
    }

    public static void Write(Utf8JsonWriter w, Expr expr)
    {
        switch (expr)
        {
            case ConstantExpr c:
                w.Number(c.Value);
                break;
            case Variable variable:
                w.WriteStartObject();
                w.WriteString("expression", "index");
                w.WriteStartObject("lhs");
                w.WriteString("variable", variable.Name);
                w.WriteEndObject();
                w.WriteNumber("rhs", 0);
                w.WriteEndObject();
                break;
            case BinaryExpr b:
                w.WriteStartObject();
                w.WriteString("expression", ExprWire.Name(b.Operator));
                Write(w, "lhs", b.Left);
                Write(w, "rhs", b.Right);
                w.WriteEndObject();
                break;
            case VariableItemExpr item:
                w.WriteStartObject();
                w.WriteString("expression", "index");
                w.WriteStartObject("lhs");
                w.WriteString("variable", item.Variable.Name);
                w.WriteEndObject();
                w.WriteNumber("rhs", item.Index);
                w.WriteEndObject();
                break;
            case ArrayScalarExpr array:
                array.Array.Write(w);
                break;
            case UnaryExpr u:
                w.WriteStartObject();
                w.WriteString("expression", ExprWire.Name(u.Operator));
                Write(w, "lhs", u.Operand);
                w.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"Unknown expression type {expr.GetType().Name}.");
        }
    }
}
