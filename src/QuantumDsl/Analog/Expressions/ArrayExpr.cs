using System.Text.Json;

namespace QuantumDsl.Analog;

/// <summary>
/// An array-valued parameter (Pulser's <c>ParametrizedNumArray</c> and array arguments of expressions): a literal array,
/// a whole variable, a variable indexed by an array of indices, or an element-wise operation (scalars broadcast).
/// </summary>
internal abstract class ArrayExpr
{
    public abstract double[] Evaluate(IReadOnlyDictionary<string, double> values);

    public abstract void Write(Utf8JsonWriter w);

    public abstract void CollectVariables(ISet<string> names);

    public IReadOnlySet<string> VariableNames
    {
        get
        {
            var names = new SortedSet<string>(StringComparer.Ordinal);
            CollectVariables(names);
            return names;
        }
    }
}

/// <summary>A literal array of numbers.</summary>
internal sealed class LiteralArray(IReadOnlyList<double> items) : ArrayExpr
{
    public IReadOnlyList<double> Items { get; } = items.ToArray();

    public override double[] Evaluate(IReadOnlyDictionary<string, double> values) => Items.ToArray();

    public override void Write(Utf8JsonWriter w)
    {
        w.WriteStartArray();
        foreach (var x in Items)
        {
            w.Number(x);
        }

        w.WriteEndArray();
    }

    public override void CollectVariables(ISet<string> names)
    {
    }
}

/// <summary>A scalar expression used where an array is expected (length 1, broadcast in element-wise operations).</summary>
internal sealed class ScalarArray(Expr scalar) : ArrayExpr
{
    public Expr Scalar { get; } = scalar;

    public override double[] Evaluate(IReadOnlyDictionary<string, double> values) => [Scalar.Evaluate(values)];

    public override void Write(Utf8JsonWriter w) => ExprJson.Write(w, Scalar);

    public override void CollectVariables(ISet<string> names) => Scalar.CollectVariables(names);
}

/// <summary>A whole variable (<c>{"variable": name}</c>).</summary>
internal sealed class VariableArray(Variable variable) : ArrayExpr
{
    public Variable Variable { get; } = variable;

    public override double[] Evaluate(IReadOnlyDictionary<string, double> values) => Variable.Elements(values);

    public override void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("variable", Variable.Name);
        w.WriteEndObject();
    }

    public override void CollectVariables(ISet<string> names) => names.Add(Variable.Name);
}

/// <summary>Elements of a variable picked by an array of indices (<c>index</c> with an array <c>rhs</c>).</summary>
internal sealed class IndexedArray(Variable variable, IReadOnlyList<int> indices) : ArrayExpr
{
    public Variable Variable { get; } = variable;

    public IReadOnlyList<int> Indices { get; } = indices.ToArray();

    public override double[] Evaluate(IReadOnlyDictionary<string, double> values)
    {
        var all = Variable.Elements(values);
        return Indices.Select(i => i >= 0 && i < all.Length
            ? all[i]
            : throw new ArgumentException($"Index {i} is outside variable '{Variable.Name}' of size {all.Length}.")).ToArray();
    }

    public override void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("expression", "index");
        w.WriteStartObject("lhs");
        w.WriteString("variable", Variable.Name);
        w.WriteEndObject();
        w.WriteStartArray("rhs");
        foreach (var i in Indices)
        {
            w.WriteNumberValue(i);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    public override void CollectVariables(ISet<string> names) => names.Add(Variable.Name);
}

/// <summary>An element-wise binary operation; a length-1 side broadcasts.</summary>
internal sealed class BinaryArray(BinaryOperator op, ArrayExpr left, ArrayExpr right) : ArrayExpr
{
    public BinaryOperator Operator { get; } = op;

    public ArrayExpr Left { get; } = left;

    public ArrayExpr Right { get; } = right;

    public override double[] Evaluate(IReadOnlyDictionary<string, double> values)
    {
        double[] a = Left.Evaluate(values), b = Right.Evaluate(values);
        if (a.Length != b.Length && a.Length != 1 && b.Length != 1)
        {
            throw new ArgumentException($"'{ExprWire.Name(Operator)}' of arrays of lengths {a.Length} and {b.Length}.");
        }

        var n = Math.Max(a.Length, b.Length);
        var result = new double[n];
        for (var i = 0; i < n; i++)
        {
            result[i] = BinaryExpr.Apply(Operator, a[a.Length == 1 ? 0 : i], b[b.Length == 1 ? 0 : i]);
        }

        return result;
    }

    public override void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("expression", ExprWire.Name(Operator));
        w.WritePropertyName("lhs");
        Left.Write(w);
        w.WritePropertyName("rhs");
        Right.Write(w);
        w.WriteEndObject();
    }

    public override void CollectVariables(ISet<string> names)
    {
        Left.CollectVariables(names);
        Right.CollectVariables(names);
    }
}

/// <summary>An element-wise unary function.</summary>
internal sealed class UnaryArray(UnaryOperator op, ArrayExpr operand) : ArrayExpr
{
    public UnaryOperator Operator { get; } = op;

    public ArrayExpr Operand { get; } = operand;

    public override double[] Evaluate(IReadOnlyDictionary<string, double> values) =>
        Operand.Evaluate(values).Select(x => UnaryExpr.Apply(Operator, x)).ToArray();

    public override void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("expression", ExprWire.Name(Operator));
        w.WritePropertyName("lhs");
        Operand.Write(w);
        w.WriteEndObject();
    }

    public override void CollectVariables(ISet<string> names) => Operand.CollectVariables(names);
}

/// <summary>A variable element (<c>index</c> with a number <c>rhs</c>) other than element 0 of a size-1 variable.</summary>
internal sealed class VariableItemExpr(Variable variable, int index) : Expr
{
    public Variable Variable { get; } = variable;

    public int Index { get; } = index;

    public override bool IsConstant => false;

    public override double Evaluate(IReadOnlyDictionary<string, double> values)
    {
        var all = Variable.Elements(values);
        return Index >= 0 && Index < all.Length
            ? all[Index]
            : throw new ArgumentException($"Index {Index} is outside variable '{Variable.Name}' of size {all.Length}.");
    }

    public override string ToString() => $"{Variable.Name}[{Index}]";

    internal override void CollectVariables(ISet<string> names) => names.Add(Variable.Name);
}

/// <summary>An array expression used as a scalar: it must evaluate to exactly one element.</summary>
internal sealed class ArrayScalarExpr(ArrayExpr array) : Expr
{
    public ArrayExpr Array { get; } = array;

    public override bool IsConstant => false;

    public override double Evaluate(IReadOnlyDictionary<string, double> values)
    {
        var a = Array.Evaluate(values);
        return a.Length == 1 ? a[0] : throw new ArgumentException($"An array of {a.Length} elements is used as a single number.");
    }

    public override string ToString() => "array-expression";

    internal override void CollectVariables(ISet<string> names) => Array.CollectVariables(names);
}
