using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace QuantumDsl.Analog;

/// <summary>
/// Bound variable values as Pulser holds them after <c>build(**values)</c>: one array per variable (size 1 for scalars),
/// int variables truncated toward zero. Seen as a dictionary it gives each variable's first element, so every scalar
/// evaluation path accepts it; array reads go through <see cref="Array"/>.
/// </summary>
internal sealed class Bindings : IReadOnlyDictionary<string, double>
{
    private readonly Dictionary<string, double[]> _arrays;

    private Bindings(Dictionary<string, double[]> arrays) => _arrays = arrays;

    public static Bindings Empty { get; } = new([]);

    public int Count => _arrays.Count;

    public IEnumerable<string> Keys => _arrays.Keys;

    public IEnumerable<double> Values => _arrays.Values.Select(a => a.Length > 0 ? a[0] : double.NaN);

    public double this[string key] => TryGetValue(key, out var v) ? v : throw new KeyNotFoundException($"Variable '{key}' has no value.");

    /// <summary>Scalars (every variable of size 1) cast to the declared types.</summary>
    public static Bindings FromScalars(IReadOnlyDictionary<string, double> values, IEnumerable<Variable>? declared = null) =>
        values as Bindings ?? FromArrays(values.ToDictionary(kv => kv.Key, kv => new[] { kv.Value }, StringComparer.Ordinal), declared);

    /// <summary>Arrays cast to the declared types (int variables truncated toward zero, as numpy casts them).</summary>
    public static Bindings FromArrays(IReadOnlyDictionary<string, double[]> values, IEnumerable<Variable>? declared = null)
    {
        var types = declared?.ToDictionary(v => v.Name, v => v.Type, StringComparer.Ordinal);
        var arrays = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var (name, array) in values)
        {
            arrays[name] = types is not null && types.TryGetValue(name, out var type) && type == VariableType.Int
                ? array.Select(Math.Truncate).ToArray()
                : array.ToArray();
        }

        return new Bindings(arrays);
    }

    public double[] Array(string name) => _arrays.TryGetValue(name, out var a)
        ? a
        : throw new KeyNotFoundException($"Variable '{name}' has no value; bound: {(_arrays.Count == 0 ? "none" : string.Join(", ", _arrays.Keys))}.");

    public bool ContainsKey(string key) => _arrays.ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out double value)
    {
        if (_arrays.TryGetValue(key, out var a) && a.Length > 0)
        {
            value = a[0];
            return true;
        }

        value = 0;
        return false;
    }

    public IEnumerator<KeyValuePair<string, double>> GetEnumerator() =>
        _arrays.Where(kv => kv.Value.Length > 0).Select(kv => new KeyValuePair<string, double>(kv.Key, kv.Value[0])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
