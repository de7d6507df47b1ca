namespace QuantumDsl.Analog;

/// <summary>
/// A sequence variable, declared in the sequence's <c>variables</c> and bound per job: a scalar
/// (<see cref="Float"/>, <see cref="Int"/>) or an array (<see cref="FloatArray"/>, <see cref="IntArray"/>, Pulser's
/// <c>declare_variable(name, size=N)</c>) whose elements <c>v[i]</c> are used in any expression. Used as a number it
/// reads element 0, written as Pulser does: <c>{"expression": "index", "lhs": {"variable": name}, "rhs": 0}</c> (so an
/// array used whole as a number means its element 0, exactly as written).
/// </summary>
public sealed class Variable : Expr
{
    private Variable(string name, VariableType type, int size = 1, IReadOnlyList<double>? defaults = null)
    {
        Name = name;
        Type = type;
        Size = size;
        Defaults = defaults ?? new double[size];
    }

    /// <summary>The <c>value</c> written for the declaration (Pulser's default values; zeros for DSL variables).</summary>
    internal IReadOnlyList<double> Defaults { get; }

    /// <summary>Number of elements (1 for scalars).</summary>
    public int Size { get; }

    /// <summary>The wire name, for example <c>omega_max</c>.</summary>
    public string Name { get; }

    /// <summary>Float or int.</summary>
    public VariableType Type { get; }

    /// <inheritdoc />
    public override bool IsConstant => false;

    /// <summary>Names Pulser reserves for its own build arguments.</summary>
    public static IReadOnlyList<string> ReservedNames { get; } = ["qubits", "seq_name", "json_dumps_options"];

    /// <summary>A float variable named <paramref name="name"/>.</summary>
    public static Variable Float(string name) => new(CheckName(name), VariableType.Float);

    /// <summary>An int variable named <paramref name="name"/>.</summary>
    public static Variable Int(string name) => new(CheckName(name), VariableType.Int);

    /// <summary>A float array variable of <paramref name="size"/> elements (Pulser's <c>declare_variable(name, size)</c>); index it with <c>v[i]</c>.</summary>
    public static Variable FloatArray(string name, int size) => new(CheckName(name), VariableType.Float, CheckSize(name, size));

    /// <summary>An int array variable of <paramref name="size"/> elements (values truncated toward zero, as Pulser casts them); index it with <c>v[i]</c>.</summary>
    public static Variable IntArray(string name, int size) => new(CheckName(name), VariableType.Int, CheckSize(name, size));

    /// <summary>
    /// Element <paramref name="index"/> (0-based) of this variable, usable wherever a number is (Pulser's <c>var[i]</c>,
    /// written <c>{"expression": "index", "lhs": {"variable": name}, "rhs": i}</c>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside <c>0..Size-1</c>.</exception>
    public Expr this[int index] => index >= 0 && index < Size
        ? (Size == 1 ? this : new VariableItemExpr(this, index))
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"Index {index} is outside variable '{Name}' of size {Size} (0..{Size - 1}).");

    /// <summary>An array variable of as many elements as <paramref name="defaults"/> (as read from Pulser JSON).</summary>
    internal static Variable Array(string name, VariableType type, IReadOnlyList<double> defaults) => new(CheckName(name), type, defaults.Count, defaults);

    /// <summary>Every element with the variables bound (a scalar dictionary gives one element).</summary>
    internal double[] Elements(IReadOnlyDictionary<string, double> values)
    {
        if (values is Bindings bindings)
        {
            return bindings.Array(Name);
        }

        return [Evaluate(values)];
    }

    /// <inheritdoc />
    public override double Evaluate(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values is Bindings bindings)
        {
            var all = bindings.Array(Name);
            return all.Length > 0 ? all[0] : throw new ArgumentException($"Variable '{Name}' has no elements.");
        }

        if (!values.TryGetValue(Name, out var value))
        {
            throw new KeyNotFoundException($"Variable '{Name}' has no value; bound: {(values.Count == 0 ? "none" : string.Join(", ", values.Keys))}.");
        }

        return Type == VariableType.Int ? Math.Truncate(value) : value;
    }

    /// <inheritdoc />
    public override string ToString() => Name;

    internal override void CollectVariables(ISet<string> names) => names.Add(Name);

    private static int CheckSize(string name, int size) => size >= 1
        ? size
        : throw new ArgumentOutOfRangeException(nameof(size), size, $"Variable '{name}' needs at least 1 element; size {size} was given.");

    private static string CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (ReservedNames.Contains(name, StringComparer.Ordinal))
        {
            throw new ArgumentException($"Variable name '{name}' is reserved by Pulser ({string.Join(", ", ReservedNames)}).", nameof(name));
        }

        return name;
    }
}
