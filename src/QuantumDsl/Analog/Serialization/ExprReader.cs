using System.Text.Json;

namespace QuantumDsl.Analog;

/// <summary>
/// Reads Pulser's parametrized numbers and arrays (<c>ParametrizedNum</c>, <c>ParametrizedNumArray</c>,
/// <c>ExprArgument</c>) against the declared variables: every operator of the schema that Pulser's deserializer reads.
/// </summary>
internal sealed class ExprReader(IReadOnlyDictionary<string, Variable> variables)
{
    private static readonly Dictionary<string, BinaryOperator> Binary = Enum.GetValues<BinaryOperator>().ToDictionary(ExprWire.Name);
    private static readonly Dictionary<string, UnaryOperator> Unary = Enum.GetValues<UnaryOperator>().ToDictionary(ExprWire.Name);

    /// <summary>A <c>ParametrizedNum</c>: a number or an expression giving one number.</summary>
    public Expr Number(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Number)
        {
            return Expr.Constant(e.GetDouble());
        }

        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("expression", out _))
        {
            throw new AbstractReprException(path, $"expected a number or an expression object, got {JsonRead.Kind(e)}");
        }

        var (scalar, array) = Argument(e, path);
        return scalar ?? new ArrayScalarExpr(array!);
    }

    /// <summary>A <c>ParametrizedNumArray</c>: a literal array, a variable, or an expression.</summary>
    public ArrayExpr Array(JsonElement e, string path)
    {
        var (scalar, array) = Argument(e, path);
        return array ?? new ScalarArray(scalar!);
    }

    private (Expr? Scalar, ArrayExpr? Array) Argument(JsonElement e, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Number:
                return (Expr.Constant(e.GetDouble()), null);
            case JsonValueKind.Array:
                return (null, new LiteralArray(JsonRead.Array(e, path).Select(x => JsonRead.Number(x.Item, x.Path)).ToList()));
            case JsonValueKind.Object when e.TryGetProperty("variable", out _):
                JsonRead.Keys(e, path, ["variable"], []);
                return (null, new VariableArray(Lookup(e, path)));
            case JsonValueKind.Object:
                return Expression(e, path);
            default:
                throw new AbstractReprException(path, $"expected a number, an array, a variable or an expression, got {JsonRead.Kind(e)}");
        }
    }

    private (Expr? Scalar, ArrayExpr? Array) Expression(JsonElement e, string path)
    {
        var name = JsonRead.String(JsonRead.Get(e, "expression", path), JsonRead.Join(path, "expression"));
        if (name == "index")
        {
            JsonRead.Keys(e, path, ["expression", "lhs", "rhs"], []);
            var lhs = JsonRead.Get(e, "lhs", path);
            if (lhs.ValueKind != JsonValueKind.Object || !lhs.TryGetProperty("variable", out _))
            {
                throw new AbstractReprException(JsonRead.Join(path, "lhs"), "must be a variable reference: Pulser indexes only variables");
            }

            JsonRead.Keys(lhs, JsonRead.Join(path, "lhs"), ["variable"], []);
            var variable = Lookup(lhs, JsonRead.Join(path, "lhs"));
            var rhs = JsonRead.Get(e, "rhs", path);
            var rhsPath = JsonRead.Join(path, "rhs");
            if (rhs.ValueKind == JsonValueKind.Array)
            {
                return (null, new IndexedArray(variable, JsonRead.Array(rhs, rhsPath).Select(x => Index(x.Item, x.Path, variable)).ToList()));
            }

            var index = Index(rhs, rhsPath, variable);
            return (index == 0 && variable.Size == 1 ? variable : new VariableItemExpr(variable, index), null);
        }

        if (Binary.TryGetValue(name, out var binary))
        {
            JsonRead.Keys(e, path, ["expression", "lhs", "rhs"], []);
            var (ls, la) = Argument(JsonRead.Get(e, "lhs", path), JsonRead.Join(path, "lhs"));
            var (rs, ra) = Argument(JsonRead.Get(e, "rhs", path), JsonRead.Join(path, "rhs"));
            return ls is not null && rs is not null
                ? (BinaryExpr.Create(binary, ls, rs), null)
                : (null, new BinaryArray(binary, la ?? new ScalarArray(ls!), ra ?? new ScalarArray(rs!)));
        }

        if (Unary.TryGetValue(name, out var unary))
        {
            JsonRead.Keys(e, path, ["expression", "lhs"], []);
            var (s, a) = Argument(JsonRead.Get(e, "lhs", path), JsonRead.Join(path, "lhs"));
            return s is not null ? (UnaryExpr.Create(unary, s), null) : (null, new UnaryArray(unary, a!));
        }

        throw new AbstractReprException(JsonRead.Join(path, "expression"), name == "round"
            ? "'round' is in the schema but Pulser's deserializer cannot read it (no 'round' operator); use floor or ceil"
            : $"'{name}' is not an expression operator (index, {string.Join(", ", Binary.Keys)}, {string.Join(", ", Unary.Keys)})");
    }

    private Variable Lookup(JsonElement reference, string path)
    {
        var name = JsonRead.String(JsonRead.Get(reference, "variable", path), JsonRead.Join(path, "variable"));
        return variables.TryGetValue(name, out var v)
            ? v
            : throw new AbstractReprException(JsonRead.Join(path, "variable"), $"'{name}' is not a declared variable (declared: {(variables.Count == 0 ? "none" : string.Join(", ", variables.Keys))})");
    }

    private static int Index(JsonElement e, string path, Variable variable)
    {
        var i = JsonRead.Integer(e, path);
        return i >= 0 && i < variable.Size
            ? i
            : throw new AbstractReprException(path, $"index {i} is outside variable '{variable.Name}' of size {variable.Size}");
    }
}
