using System.Text.Json.Nodes;
using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog;

public sealed class ExpressionTests
{
    private static readonly Variable A = Variable.Float("a");
    private static readonly Variable N = Variable.Int("n");

    private static readonly Dictionary<string, double> Values = new() { ["a"] = 2.5, ["n"] = 7.9 };

    private static JsonNode? Json(Expr expr) =>
        JsonNode.Parse(JsonText.Write(w => ExprJson.Write(w, expr)));

    [Fact]
    public void Arithmetic_with_doubles_and_ints_evaluates_like_python()
    {
        Assert.Equal(5.0, (A * 2).Evaluate(Values));
        Assert.Equal(5.0, (2 * A).Evaluate(Values));
        Assert.Equal(3.5, (A + 1).Evaluate(Values));
        Assert.Equal(-1.5, (1 - A).Evaluate(Values));
        Assert.Equal(1.25, (A / 2).Evaluate(Values));
        Assert.Equal(-2.5, (-A).Evaluate(Values));
        Assert.Equal(0.5, (A % 2).Evaluate(Values));
        Assert.Equal(-1.5, (A % -2).Evaluate(Values)); // Python: 2.5 % -2 == -1.5 (sign of the divisor)
        Assert.Equal(1.5, ((-A) % 2).Evaluate(Values)); // Python: -2.5 % 2 == 1.5
        Assert.Equal(6.25, Expr.Pow(A, 2).Evaluate(Values));
        Assert.Equal(12.0, (A * 2 + 7).Evaluate(Values)); // precedence follows C#
    }

    [Fact]
    public void Functions_match_their_math_definitions()
    {
        var minusA = -A;
        Assert.Equal(2.5, Expr.Abs(minusA).Evaluate(Values));
        Assert.Equal(2.0, Expr.Floor(A).Evaluate(Values));
        Assert.Equal(3.0, Expr.Ceiling(A).Evaluate(Values));
        Assert.Equal(Math.Sqrt(2.5), Expr.Sqrt(A).Evaluate(Values));
        Assert.Equal(Math.Exp(2.5), Expr.Exp(A).Evaluate(Values));
        Assert.Equal(Math.Log(2.5), Expr.Log(A).Evaluate(Values));
        Assert.Equal(Math.Log2(2.5), Expr.Log2(A).Evaluate(Values));
        Assert.Equal(Math.Sin(2.5), Expr.Sin(A).Evaluate(Values));
        Assert.Equal(Math.Cos(2.5), Expr.Cos(A).Evaluate(Values));
        Assert.Equal(Math.Tan(2.5), Expr.Tan(A).Evaluate(Values));
        Assert.Equal(Math.Tanh(2.5), Expr.Tanh(A).Evaluate(Values));
    }

    [Fact]
    public void Int_variables_take_the_value_truncated_as_pulser_casts_it()
    {
        Assert.Equal(7.0, N.Evaluate(Values));
        Assert.Equal(14.0, (N * 2).Evaluate(Values));
    }

    [Fact]
    public void Constants_fold_and_evaluate_without_bindings()
    {
        Expr e = Expr.Constant(3) * 2 + 1;
        Assert.True(e.IsConstant);
        Assert.Equal(7.0, e.Evaluate());
        Assert.Equal("7", Json(e)!.ToJsonString());
        Assert.False((A * 1).IsConstant);
    }

    [Fact]
    public void Evaluating_an_unbound_variable_names_it()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => (A + N).Evaluate(new Dictionary<string, double> { ["n"] = 1 }));
        Assert.Contains("'a'", error.Message, StringComparison.Ordinal);
        var constantOnly = Assert.Throws<InvalidOperationException>(() => (A + 1).Evaluate());
        Assert.Contains("a", constantOnly.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Variable_names_are_collected_and_reserved_names_refused()
    {
        Assert.Equal(["a", "n"], (Expr.Sin(A) * N + A).VariableNames.Order().ToArray());
        Assert.Throws<ArgumentException>(() => Variable.Float("qubits"));
        Assert.Throws<ArgumentException>(() => Variable.Int(" "));
    }

    [Fact]
    public void A_scalar_variable_is_written_as_an_index_expression()
    {
        Assert.Equal("""{"expression":"index","lhs":{"variable":"a"},"rhs":0}""", Json(A)!.ToJsonString());
    }

    [Fact]
    public void Binary_and_unary_expressions_are_written_with_pulser_operator_names()
    {
        var index = """{"expression":"index","lhs":{"variable":"a"},"rhs":0}""";
        Assert.Equal($$"""{"expression":"mul","lhs":{{index}},"rhs":2}""", Json(A * 2)!.ToJsonString());
        Assert.Equal($$"""{"expression":"neg","lhs":{{index}}}""", Json(-A)!.ToJsonString());
        var names = new (Expr Expr, string Name)[]
        {
            (A + 1, "add"), (A - 1, "sub"), (A * 1, "mul"), (A / 1, "div"), (A % 1, "mod"), (Expr.Pow(A, 2), "pow"),
            (Expr.Abs(A), "abs"), (Expr.Floor(A), "floor"), (Expr.Ceiling(A), "ceil"),
            (Expr.Sqrt(A), "sqrt"), (Expr.Exp(A), "exp"), (Expr.Log2(A), "log2"), (Expr.Log(A), "log"),
            (Expr.Sin(A), "sin"), (Expr.Cos(A), "cos"), (Expr.Tan(A), "tan"), (Expr.Tanh(A), "tanh"),
        };
        foreach (var (expr, name) in names)
        {
            Assert.Equal(name, Json(expr)!["expression"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Expressions_read_well()
    {
        Assert.Equal("((a * 2) + 1)", (A * 2 + 1).ToString());
        Assert.Equal("sqrt(-a)", Expr.Sqrt(-A).ToString());
    }
}
