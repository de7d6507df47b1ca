using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using QuantumDsl.Cli.Hosting;

namespace QuantumDsl.Cli.Output;

/// <summary>Parses option values given as the services' wire names (BEC, TIMED_OUT, …) through the JSON contracts.</summary>
internal static class WireEnums
{
    public static T Parse<T>(string option, string value, JsonTypeInfo<T> type, IEnumerable<string> allowed)
    {
        try
        {
            return JsonSerializer.Deserialize("\"" + value.ToUpperInvariant() + "\"", type)!;
        }
        catch (JsonException)
        {
            throw new CliException($"{option} '{value}' is not one of {string.Join(", ", allowed)}");
        }
    }

    public static string Name<T>(T value, JsonTypeInfo<T> type) => JsonSerializer.Serialize(value, type).Trim('"');

    public static DateTimeOffset? Date(string option, string? value) =>
        value is null ? null
        : DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date
        : throw new CliException($"{option} '{value}' is not a date; use ISO 8601, e.g. 2026-11-23T10:00:00Z");
}
