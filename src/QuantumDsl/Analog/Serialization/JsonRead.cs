using System.Globalization;
using System.Text.Json;

namespace QuantumDsl.Analog;

/// <summary>Strict JSON reading helpers: every failure names the JSON path and the reason.</summary>
internal static class JsonRead
{
    public static void Keys(JsonElement obj, string path, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional)
    {
        if (obj.ValueKind != JsonValueKind.Object)
        {
            throw new AbstractReprException(path, $"expected an object, got {Kind(obj)}");
        }

        foreach (var p in obj.EnumerateObject())
        {
            if (!required.Contains(p.Name) && !optional.Contains(p.Name))
            {
                throw new AbstractReprException(Join(path, p.Name), $"is not a field of this object (fields: {string.Join(", ", required.Concat(optional).Order(StringComparer.Ordinal))})");
            }
        }

        foreach (var name in required.Where(r => !obj.TryGetProperty(r, out _)))
        {
            throw new AbstractReprException(Join(path, name), "required field is missing");
        }
    }

    public static JsonElement Get(JsonElement obj, string name, string path) =>
        obj.TryGetProperty(name, out var v) ? v : throw new AbstractReprException(Join(path, name), "required field is missing");

    public static string String(JsonElement e, string path) => e.ValueKind == JsonValueKind.String
        ? e.GetString()!
        : throw new AbstractReprException(path, $"expected a string, got {Kind(e)}");

    public static double Number(JsonElement e, string path) => e.ValueKind == JsonValueKind.Number
        ? e.GetDouble()
        : throw new AbstractReprException(path, $"expected a number, got {Kind(e)}");

    public static double? NullableNumber(JsonElement obj, string name, string path) =>
        !obj.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null ? null : Number(v, Join(path, name));

    public static int Integer(JsonElement e, string path)
    {
        var x = Number(e, path);
        return x == Math.Floor(x) && Math.Abs(x) <= int.MaxValue
            ? (int)x
            : throw new AbstractReprException(path, $"{x.ToString("R", CultureInfo.InvariantCulture)} is not an integer");
    }

    public static bool Boolean(JsonElement e, string path) => e.ValueKind is JsonValueKind.True or JsonValueKind.False
        ? e.GetBoolean()
        : throw new AbstractReprException(path, $"expected true or false, got {Kind(e)}");

    public static IEnumerable<(JsonElement Item, string Path)> Array(JsonElement e, string path) => e.ValueKind == JsonValueKind.Array
        ? e.EnumerateArray().Select((x, i) => (x, $"{path}[{i}]")).ToList()
        : throw new AbstractReprException(path, $"expected an array, got {Kind(e)}");

    public static string Join(string path, string name) => path.Length == 0 || path == "$" ? name : $"{path}.{name}";

    public static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{e.GetString()}\"",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        JsonValueKind.Null => "null",
        _ => e.ValueKind.ToString(),
    };
}
