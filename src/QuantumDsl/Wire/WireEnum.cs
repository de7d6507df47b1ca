using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuantumDsl;

/// <summary>
/// The one map between a wire enum's members and their wire names (<c>BEC</c>, <c>TIMED_OUT</c>, …), read once from
/// each member's <see cref="JsonStringEnumMemberNameAttribute"/>. The JSON converter (<see cref="WireEnumConverter{TEnum}"/>),
/// query strings, stored statuses, log messages and the CLI all read this map, so a name is spelled only on its member.
/// </summary>
/// <typeparam name="TEnum">An enum whose members carry <see cref="JsonStringEnumMemberNameAttribute"/>.</typeparam>
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

    /// <summary>For messages: the wire name of <paramref name="value"/>, or its number when it is not a member.</summary>
    public static string Describe(TEnum value) =>
        Enum.IsDefined(value) ? Name(value) : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

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

    /// <summary>The member spelled exactly <paramref name="name"/> on the wire.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a wire name of <typeparamref name="TEnum"/>; the message lists them.</exception>
    public static TEnum Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return TryParse(name, out var value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(name), name, $"'{name}' is not a {typeof(TEnum).Name} ({AllowedText}).");
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
