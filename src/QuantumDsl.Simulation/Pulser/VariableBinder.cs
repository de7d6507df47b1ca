using System.Text.Json;

namespace QuantumDsl.Simulation.Pulser;

/// <summary>
/// Binds a job's <c>variables</c> to the sequence's declared variables like Pulser's <c>build(**vars)</c>:
/// every declared variable needs a value of its size (a number for size 1), values are cast to the declared type
/// (int truncates like NumPy); <c>qubits</c> is reserved for the mappable-register mapping.
/// </summary>
internal static class VariableBinder
{
    public const string QubitsKey = "qubits";

    public static Dictionary<string, double[]> Bind(IReadOnlyList<PulserVariable> declared, IReadOnlyDictionary<string, JsonElement> values)
    {
        var declaredNames = declared.Select(v => v.Name).ToHashSet();
        foreach (var name in values.Keys)
        {
            if (name != QubitsKey && !declaredNames.Contains(name))
                throw new PulserSequenceException($"variables.{name}",
                    $"not declared by the sequence (declared: {(declaredNames.Count == 0 ? "none" : string.Join(", ", declaredNames))})");
        }
        var bound = new Dictionary<string, double[]>();
        foreach (var v in declared)
        {
            var path = $"variables.{v.Name}";
            if (!values.TryGetValue(v.Name, out var json))
                throw new PulserSequenceException(path,
                    $"no value given for declared variable '{v.Name}' ({(v.IsInteger ? "int" : "float")}, size {v.Size})");
            double[] array = json.ValueKind switch
            {
                JsonValueKind.Number => [json.GetDouble()],
                JsonValueKind.Array => json.EnumerateArray().Select((x, i) => x.ValueKind == JsonValueKind.Number
                    ? x.GetDouble()
                    : throw new PulserSequenceException($"{path}[{i}]", $"expected a number, got {x.ValueKind}")).ToArray(),
                _ => throw new PulserSequenceException(path, $"expected a number or an array of numbers, got {json.ValueKind}"),
            };
            if (array.Length != v.Size)
                throw new PulserSequenceException(path, $"got {array.Length} value(s) for a variable of size {v.Size}");
            if (v.IsInteger)
            {
                for (var i = 0; i < array.Length; i++)
                    array[i] = Math.Truncate(array[i]);
            }
            bound[v.Name] = array;
        }
        return bound;
    }
}
