using System.Globalization;
using System.Text.Json;

namespace QuantumDsl.Simulation.Pulser;

/// <summary>
/// Evaluates Pulser parametrized values (literals, <c>{"variable"}</c> references and <c>{"expression"}</c> trees)
/// against bound variable values; element-wise on arrays, scalars broadcast.
/// </summary>
internal sealed class ExpressionEvaluator(IReadOnlyDictionary<string, double[]> variables)
{
    public ParamValue Evaluate(JsonElement e, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Number:
                return ParamValue.Scalar(e.GetDouble());
            case JsonValueKind.Array:
            {
                var values = new double[e.GetArrayLength()];
                var i = 0;
                foreach (var item in e.EnumerateArray())
                {
                    values[i] = item.ValueKind == JsonValueKind.Number
                        ? item.GetDouble()
                        : Evaluate(item, $"{path}[{i}]").Values is [var only] ? only
                        : throw new PulserSequenceException($"{path}[{i}]", "expected a number in the array");
                    i++;
                }
                return new ParamValue(values, true);
            }
            case JsonValueKind.Object:
                if (e.TryGetProperty("variable", out var name))
                {
                    var n = name.GetString() ?? "";
                    return variables.TryGetValue(n, out var v)
                        ? new ParamValue(v, true)
                        : throw new PulserSequenceException(path, $"variable '{n}' is used but not declared in 'variables'");
                }
                if (e.TryGetProperty("expression", out var op))
                    return EvaluateExpression(op.GetString() ?? "", e, path);
                throw new PulserSequenceException(path, "expected a number, an array, a {\"variable\"} reference or an {\"expression\"}");
            default:
                throw new PulserSequenceException(path, $"expected a number or an expression, got {e.ValueKind}");
        }
    }

    /// <summary>Evaluates a value that must be a single number (a size-1 array counts as a number).</summary>
    public double Scalar(JsonElement e, string path)
    {
        var v = Evaluate(e, path);
        return v.Length == 1
            ? v.Values[0]
            : throw new PulserSequenceException(path, $"expected a single number, got an array of {v.Length} values");
    }

    /// <summary>Evaluates a number used as an integer (durations, indices): rounded to the nearest integer.</summary>
    public int Integer(JsonElement e, string path)
    {
        var x = Scalar(e, path);
        var r = Math.Round(x, MidpointRounding.ToEven);
        return double.IsFinite(r) && Math.Abs(r) < int.MaxValue
            ? (int)r
            : throw new PulserSequenceException(path, $"value {x.ToString(CultureInfo.InvariantCulture)} is not a valid integer");
    }

    public double[] Array(JsonElement e, string path) => Evaluate(e, path).Values;

    private ParamValue EvaluateExpression(string op, JsonElement e, string path)
    {
        if (!e.TryGetProperty("lhs", out var lhsJson))
            throw new PulserSequenceException(path, $"expression '{op}' needs 'lhs'");
        if (op == "index")
            return Index(e, lhsJson, path);
        var lhs = Evaluate(lhsJson, path + ".lhs");
        Func<double, double>? unary = op switch
        {
            "neg" => x => -x,
            "abs" => Math.Abs,
            "floor" => Math.Floor,
            "ceil" => Math.Ceiling,
            "round" => x => Math.Round(x, MidpointRounding.ToEven),
            "sqrt" => Math.Sqrt,
            "exp" => Math.Exp,
            "log2" => Math.Log2,
            "log" => Math.Log,
            "sin" => Math.Sin,
            "cos" => Math.Cos,
            "tan" => Math.Tan,
            "tanh" => Math.Tanh,
            _ => null,
        };
        if (unary is not null)
            return new ParamValue(lhs.Values.Select(unary).ToArray(), lhs.IsArray);

        Func<double, double, double> binary = op switch
        {
            "add" => (a, b) => a + b,
            "sub" => (a, b) => a - b,
            "mul" => (a, b) => a * b,
            "div" => (a, b) => a / b,
            "mod" => (a, b) => a - b * Math.Floor(a / b), // Python's % (sign of the divisor)
            "pow" => Math.Pow,
            _ => throw new PulserSequenceException(path + ".expression", $"unknown expression '{op}' (expected add, sub, mul, div, mod, pow, index, neg, abs, floor, ceil, round, sqrt, exp, log2, log, sin, cos, tan, tanh)"),
        };
        if (!e.TryGetProperty("rhs", out var rhsJson))
            throw new PulserSequenceException(path, $"expression '{op}' needs 'rhs'");
        var rhs = Evaluate(rhsJson, path + ".rhs");
        var isArray = lhs.IsArray || rhs.IsArray;
        if (lhs.Length != rhs.Length && lhs.Length != 1 && rhs.Length != 1)
            throw new PulserSequenceException(path, $"'{op}' of arrays of different sizes ({lhs.Length} and {rhs.Length})");
        var length = Math.Max(lhs.Length, rhs.Length);
        var result = new double[length];
        for (var i = 0; i < length; i++)
            result[i] = binary(lhs.Values[lhs.Length == 1 ? 0 : i], rhs.Values[rhs.Length == 1 ? 0 : i]);
        return new ParamValue(result, isArray);
    }

    private ParamValue Index(JsonElement e, JsonElement lhsJson, string path)
    {
        if (lhsJson.ValueKind != JsonValueKind.Object || !lhsJson.TryGetProperty("variable", out _))
            throw new PulserSequenceException(path + ".lhs", "the left side of 'index' must be a {\"variable\"} reference");
        var array = Evaluate(lhsJson, path + ".lhs").Values;
        if (!e.TryGetProperty("rhs", out var rhsJson))
            throw new PulserSequenceException(path, "expression 'index' needs 'rhs'");
        var rhs = Evaluate(rhsJson, path + ".rhs");
        var result = new double[rhs.Length];
        for (var i = 0; i < rhs.Length; i++)
        {
            var k = rhs.Values[i];
            if (k != Math.Floor(k) || k < -array.Length || k >= array.Length)
                throw new PulserSequenceException(path + ".rhs",
                    $"index {k.ToString(CultureInfo.InvariantCulture)} is out of range for a variable of size {array.Length}");
            result[i] = array[k < 0 ? (int)k + array.Length : (int)k];
        }
        return new ParamValue(result, rhs.IsArray);
    }
}
