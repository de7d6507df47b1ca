using System.Globalization;
using System.Text;

namespace QuantumDsl.Client;

/// <summary>Builds a query string the way Python <c>requests</c> does: lists as repeated keys, invariant numbers.</summary>
internal sealed class QueryString
{
    private readonly StringBuilder _builder = new();

    public QueryString Add(string key, string? value)
    {
        if (value is null)
        {
            return this;
        }

        _builder.Append(_builder.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
        return this;
    }

    public QueryString Add(string key, int? value) => Add(key, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Booleans as Python's <c>str()</c> writes them (<c>True</c>/<c>False</c>), as the real SDK sends them.</summary>
    public QueryString Add(string key, bool? value) => Add(key, value is null ? null : value.Value ? "True" : "False");

    public QueryString Add(string key, DateTimeOffset? value) =>
        Add(key, value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture));

    /// <summary>An enum by its wire name (<see cref="WireEnum{TEnum}"/>).</summary>
    public QueryString Add<TEnum>(string key, TEnum? value)
        where TEnum : struct, Enum => Add(key, value is { } v ? WireEnum<TEnum>.Name(v) : null);

    /// <summary>Enums by their wire names (<see cref="WireEnum{TEnum}"/>), as repeated keys.</summary>
    public QueryString AddEach<TEnum>(string key, IEnumerable<TEnum>? values)
        where TEnum : struct, Enum => AddEach(key, values?.Select(WireEnum<TEnum>.Name));

    public QueryString AddEach(string key, IEnumerable<string>? values)
    {
        if (values is not null)
        {
            foreach (var v in values)
            {
                Add(key, v);
            }
        }

        return this;
    }

    public override string ToString() => _builder.ToString();
}
