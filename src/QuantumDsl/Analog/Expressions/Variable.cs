namespace QuantumDsl.Analog;

/// <summary>
/// A scalar sequence variable, declared in the sequence's <c>variables</c> (size 1) and bound per job. Used in
/// expressions it reads element 0, written as Pulser does:
/// <c>{"expression": "index", "lhs": {"variable": name}, "rhs": 0}</c>.
/// </summary>
public sealed class Variable : Expr
{
    private Variable(string name, VariableType type)
    {
        Name = name;
        Type = type;
    }

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

    /// <inheritdoc />
    public override double Evaluate(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
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
