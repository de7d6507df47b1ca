using System.Text.Json.Nodes;

namespace QuantumDsl.Tests.Analog.Pulser;

/// <summary>Field-by-field comparison of two JSON documents (numbers by value, objects regardless of key order).</summary>
internal static class JsonCompare
{
    /// <summary>Every difference, one line each, as <c>path: expected … actual …</c>.</summary>
    public static IReadOnlyList<string> Differences(JsonNode? expected, JsonNode? actual, string path = "$")
    {
        var found = new List<string>();
        Compare(expected, actual, path, found);
        return found;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> found)
    {
        switch (expected, actual)
        {
            case (null, null):
                return;
            case (JsonObject e, JsonObject a):
                foreach (var key in e.Select(p => p.Key).Union(a.Select(p => p.Key)).Order(StringComparer.Ordinal))
                {
                    var at = $"{path}.{key}";
                    if (!a.ContainsKey(key))
                    {
                        found.Add($"{at}: missing (expected {e[key]?.ToJsonString() ?? "null"})");
                    }
                    else if (!e.ContainsKey(key))
                    {
                        found.Add($"{at}: not expected (written {a[key]?.ToJsonString() ?? "null"})");
                    }
                    else
                    {
                        Compare(e[key], a[key], at, found);
                    }
                }

                return;
            case (JsonArray e, JsonArray a):
                if (e.Count != a.Count)
                {
                    found.Add($"{path}: {a.Count} items, expected {e.Count}");
                    return;
                }

                for (var i = 0; i < e.Count; i++)
                {
                    Compare(e[i], a[i], $"{path}[{i}]", found);
                }

                return;
            case (JsonValue e, JsonValue a) when e.TryGetValue<double>(out var x) && a.TryGetValue<double>(out var y):
                if (!x.Equals(y))
                {
                    found.Add($"{path}: expected {e.ToJsonString()}, written {a.ToJsonString()}");
                }

                return;
            default:
                if (expected?.ToJsonString() != actual?.ToJsonString())
                {
                    found.Add($"{path}: expected {expected?.ToJsonString() ?? "null"}, written {actual?.ToJsonString() ?? "null"}");
                }

                return;
        }
    }
}
