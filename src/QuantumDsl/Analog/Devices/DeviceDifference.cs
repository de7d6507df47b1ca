using System.Text.Json.Nodes;

namespace QuantumDsl.Analog;

/// <summary>
/// One field in which two devices differ, by its path in Pulser's device JSON (for example
/// <c>channels[0].max_abs_detuning</c>) and its JSON value in each (null: the field is absent).
/// </summary>
/// <param name="Path">The field's path in the device JSON.</param>
/// <param name="Expected">Its value in the reference device (for example the compiled catalog's).</param>
/// <param name="Actual">Its value in the other device (for example the one the service publishes).</param>
public sealed record DeviceDifference(string Path, string? Expected, string? Actual)
{
    /// <summary>For example <c>channels[0].max_abs_detuning: 125.66 → 48.69</c>.</summary>
    public override string ToString() => $"{Path}: {Expected ?? "(absent)"} → {Actual ?? "(absent)"}";

    /// <summary>Every field of <paramref name="actual"/>'s Pulser JSON that differs from <paramref name="expected"/>'s (numbers by value).</summary>
    public static IReadOnlyList<DeviceDifference> Between(Device expected, Device actual)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var found = new List<DeviceDifference>();
        Compare(JsonNode.Parse(expected.ToAbstractRepr()), JsonNode.Parse(actual.ToAbstractRepr()), "", found);
        return found;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<DeviceDifference> found)
    {
        switch (expected, actual)
        {
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    var at = path.Length == 0 ? key : $"{path}.{key}";
                    if (e.ContainsKey(key) && a.ContainsKey(key))
                    {
                        Compare(e[key], a[key], at, found);
                    }
                    else
                    {
                        found.Add(new DeviceDifference(at, e.ContainsKey(key) ? Text(e[key]) : null, a.ContainsKey(key) ? Text(a[key]) : null));
                    }
                }

                return;
            case (JsonArray e, JsonArray a) when e.Count == a.Count:
                for (var i = 0; i < e.Count; i++)
                {
                    Compare(e[i], a[i], $"{path}[{i}]", found);
                }

                return;
            case (JsonValue e, JsonValue a) when e.TryGetValue<double>(out var x) && a.TryGetValue<double>(out var y):
                if (!x.Equals(y))
                {
                    found.Add(new DeviceDifference(path, Text(e), Text(a)));
                }

                return;
            default:
                if (Text(expected) != Text(actual))
                {
                    found.Add(new DeviceDifference(path, Text(expected), Text(actual)));
                }

                return;
        }
    }

    private static string Text(JsonNode? node) => node?.ToJsonString() ?? "null";
}
