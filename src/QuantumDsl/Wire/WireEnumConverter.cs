using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuantumDsl;

/// <summary>
/// The one JSON converter of every wire enum (Oqtant and Pasqal): it reads and writes only the wire names (<c>BEC</c>,
/// <c>TIME_OF_FLIGHT</c>, <c>TIMED_OUT</c>, …) of <see cref="WireEnum{TEnum}"/>, exactly as spelled, as the services' enums do. Numbers (<c>0</c>) and numeric
/// or differently cased strings (<c>"1"</c>, <c>"bec"</c>) are refused with a <see cref="JsonException"/> naming the
/// value and the allowed names (System.Text.Json's <see cref="JsonStringEnumConverter{TEnum}"/> would accept them).
/// </summary>
/// <typeparam name="TEnum">An enum whose members carry <see cref="JsonStringEnumMemberNameAttribute"/>.</typeparam>
public sealed class WireEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <inheritdoc />
    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected one of {WireEnum<TEnum>.AllowedText}, got a {reader.TokenType.ToString().ToLowerInvariant()}.");
        }

        var text = reader.GetString()!;
        return WireEnum<TEnum>.TryParse(text, out var value)
            ? value
            : throw new JsonException($"'{text}' is not one of {WireEnum<TEnum>.AllowedText}.");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(WireEnum<TEnum>.Name(value));
    }
}
