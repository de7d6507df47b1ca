using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>
/// The one JSON converter of every Oqtant enum: it reads and writes only the wire names (<c>BEC</c>,
/// <c>TIME_OF_FLIGHT</c>, …), exactly as spelled, as the service's pydantic enums do. Numbers (<c>0</c>) and numeric
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

/// <summary>The wire names of an Oqtant enum, read once from its <see cref="JsonStringEnumMemberNameAttribute"/>s.</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public static class WireEnum<TEnum>
    where TEnum : struct, Enum
{
    private static readonly (TEnum Value, string Name)[] Table = Build();

    /// <summary>The allowed wire names, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Table.Select(t => t.Name)];

    /// <summary>The allowed names as a comma-separated list, for messages.</summary>
    public static string AllowedText { get; } = string.Join(", ", Table.Select(t => t.Name));

    /// <summary>The wire name of <paramref name="value"/>.</summary>
    /// <exception cref="JsonException">The value is not a member of the enum.</exception>
    public static string Name(TEnum value)
    {
        foreach (var (v, name) in Table)
        {
            if (EqualityComparer<TEnum>.Default.Equals(v, value))
            {
                return name;
            }
        }

        throw new JsonException($"{typeof(TEnum).Name} value {value} has no wire name.");
    }

    /// <summary>The member spelled exactly <paramref name="name"/> on the wire.</summary>
    public static bool TryParse(string name, out TEnum value)
    {
        foreach (var (v, n) in Table)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                value = v;
                return true;
            }
        }

        value = default;
        return false;
    }

    // The names come from System.Text.Json's own enum converter (it reads the attributes without reflection-based
    // serialization), so the attribute on each member stays the single spelling.
    private static (TEnum, string)[] Build()
    {
        var options = new JsonSerializerOptions();
        var inner = (JsonConverter<TEnum>)new JsonStringEnumConverter<TEnum>().CreateConverter(typeof(TEnum), options);
        return [.. Enum.GetValues<TEnum>().Select(value =>
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                inner.Write(writer, value, options);
            }

            return (value, Encoding.UTF8.GetString(stream.ToArray()).Trim('"'));
        })];
    }
}
