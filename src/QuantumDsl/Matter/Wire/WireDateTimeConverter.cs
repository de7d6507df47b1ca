using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>
/// Writes timestamps as the Python service does (ISO 8601, six-digit microseconds unless they are zero, <c>Z</c> for UTC),
/// so job files round-trip byte for byte; reads any ISO 8601 timestamp.
/// </summary>
internal sealed class WireDateTimeConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDateTime();

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        var format = value.Ticks % TimeSpan.TicksPerSecond == 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm:ss.ffffff";
        var suffix = value.Kind switch
        {
            DateTimeKind.Utc => "Z",
            DateTimeKind.Local => value.ToString("zzz", CultureInfo.InvariantCulture),
            _ => string.Empty,
        };
        writer.WriteStringValue(value.ToString(format, CultureInfo.InvariantCulture) + suffix);
    }
}
