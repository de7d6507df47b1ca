namespace QuantumDsl.Analog;

/// <summary>
/// A sequence variable, declared in the sequence's <c>variables</c> and bound per job. Variables the DSL declares are
/// scalars (size 1); a sequence read from Pulser's JSON may declare arrays (<see cref="Size"/> &gt; 1). Used in
/// expressions it reads element 0, written as Pulser does:
/// <c>{"expression": "index", "lhs": {"variable": name}, "rhs": 0}</c>.
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
