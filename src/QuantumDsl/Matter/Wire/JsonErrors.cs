using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuantumDsl.Matter;

/// <summary>Turns System.Text.Json errors into violations naming the field, the offending value and what is allowed.</summary>
internal static class JsonErrors
{
    public static Violation ToViolation(JsonException ex, JsonNode? document)
    {
        var path = ex.Path is null or "$" ? "$" : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path;
        var value = Find(document, path) switch
        {
            null => "invalid JSON",
            JsonObject => "object",
            JsonArray => "array",
            var found => found.ToJsonString(),
        };
        var allowed = Allowed(path);
        var rule = allowed is null ? "cannot be read: " + Trim(ex.Message, ex.Path) : "is not one of " + allowed;
        return Violation.Rule(path, value, rule);
    }

    /// <summary>The allowed wire names of the enum field at <paramref name="path"/>, from the enums themselves.</summary>
    private static string? Allowed(string path)
    {
        var field = path[(path.LastIndexOf('.') + 1)..];
        return field switch
        {
            "image_type" => WireEnum<ImageType>.AllowedText,
            "job_type" => WireEnum<JobType>.AllowedText,
            "status" => WireEnum<JobStatus>.AllowedText,
            "interpolation" when path.Contains("rf_evaporation", StringComparison.Ordinal) => WireEnum<RfInterpolationType>.AllowedText,
            "interpolation" or "spatial_interpolation" => WireEnum<InterpolationType>.AllowedText,
            "shape" => WireEnum<BarrierShape>.AllowedText,
            "type" when path.Contains("lasers", StringComparison.Ordinal) => WireEnum<LaserType>.AllowedText,
            _ => null,
        };
    }

    /// <summary>Drops System.Text.Json's "Path: … | " (the path is already in the violation); keeps line and position.</summary>
    private static string Trim(string message, string? path) =>
        path is null ? message : message.Replace("Path: " + path + " | ", string.Empty, StringComparison.Ordinal);

    /// <summary>Follows a path such as <c>inputs[0].values.image_type</c> into the document.</summary>
    private static JsonNode? Find(JsonNode? node, string path)
    {
        if (node is null || path == "$")
        {
            return null;
        }

        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            node = node is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
            for (var i = bracket; i >= 0 && node is not null; i = segment.IndexOf('[', i + 1))
            {
                var end = segment.IndexOf(']', i);
                var index = int.Parse(segment.AsSpan(i + 1, end - i - 1), CultureInfo.InvariantCulture);
                node = node is JsonArray array && index < array.Count ? array[index] : null;
            }

            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
