using System.Globalization;
using QuantumDsl.Emulator.Storage;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// Reads Pasqal list filters from the query string as the SDK encodes them (repeated keys for lists, Python-style
/// <c>True</c>/<c>False</c> booleans read case-insensitively, ISO-8601 dates) and collects every error.
/// </summary>
internal sealed class QueryReader(IQueryCollection query)
{
    public List<ErrorDetail> Errors { get; } = [];

    public IReadOnlyList<string> Strings(string name) =>
        [.. query[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!)];

    public IReadOnlyList<string> Uuids(string name)
    {
        var values = Strings(name);
        foreach (var value in values.Where(v => !Guid.TryParse(v, out _)))
        {
            Fail(name, $"'{Http.Excerpt.Of(value)}' is not a valid UUID", "type_error.uuid");
        }

        return values;
    }

    public IReadOnlyList<string> Enums(string name, IReadOnlyList<string> allowed)
    {
        var result = new List<string>();
        foreach (var value in Strings(name))
        {
            var match = allowed.FirstOrDefault(a => string.Equals(a, value, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                Fail(name, $"'{Http.Excerpt.Of(value)}' is not one of {string.Join(", ", allowed)}", "type_error.enum");
            }
            else
            {
                result.Add(match);
            }
        }

        return result;
    }

    public string? Single(string name)
    {
        var values = Strings(name);
        if (values.Count > 1)
        {
            Fail(name, $"expects one value, got {values.Count}", "value_error");
        }

        return values.Count == 0 ? null : values[0];
    }

    public bool? Bool(string name) => Single(name) switch
    {
        null => null,
        var v when v.Equals("true", StringComparison.OrdinalIgnoreCase) || v == "1" => true,
        var v when v.Equals("false", StringComparison.OrdinalIgnoreCase) || v == "0" => false,
        var v => Fail<bool?>(name, $"'{Http.Excerpt.Of(v)}' is not a boolean (true/false, any case)", "type_error.bool"),
    };

    public int? Int(string name, int min, int max)
    {
        var text = Single(name);
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return Fail<int?>(name, $"'{Http.Excerpt.Of(text)}' is not an integer", "type_error.integer");
        }

        return value < min || value > max
            ? Fail<int?>(name, string.Create(CultureInfo.InvariantCulture, $"{value} is outside {min}..{max}"), "value_error.number")
            : value;
    }

    public long? Date(string name)
    {
        var text = Single(name);
        if (text is null)
        {
            return null;
        }

        return UnixTime.TryParse(text, out var micros)
            ? micros
            : Fail<long?>(name, $"'{Http.Excerpt.Of(text)}' is not an ISO-8601 date or date-time (e.g. 2023-01-01 or 2023-01-01T00:00:00, no offset = UTC)", "type_error.datetime");
    }

    public (int Offset, int Limit) Page()
    {
        var offset = Int("offset", 0, int.MaxValue) ?? 0;
        var limit = Int("limit", 1, 100) ?? 100;
        return (offset, limit);
    }

    public JobFilter Jobs() => new(
        Uuids("id"), Strings("project_id"), Strings("user_id"), Uuids("batch_id"), Enums("status", PasqalStatus.JobStatuses),
        Int("min_runs", 0, int.MaxValue), Int("max_runs", 0, int.MaxValue), Bool("errors"), Date("start_date"), Date("end_date"),
        Ascending());

    public BatchFilter Batches() => new(
        Uuids("id"), Strings("project_id"), Strings("user_id"),
        Enums("device_type", [.. PasqalDeviceType.All.Select(d => d.Name)]), Enums("status", PasqalStatus.BatchStatuses),
        Bool("open"), Date("start_date"), Date("end_date"), Enums("queue_priority", QueuePriority.All), Single("tag"));

    private bool Ascending()
    {
        var orderBy = Single("order_by");
        if (orderBy is not null && orderBy is not ("creation_order" or "created_at"))
        {
            Fail("order_by", $"'{Http.Excerpt.Of(orderBy)}' is not one of creation_order, created_at", "type_error.enum");
        }

        return Single("order_by_direction") switch
        {
            null => orderBy is not null,
            var d when d.Equals("ASC", StringComparison.OrdinalIgnoreCase) => true,
            var d when d.Equals("DESC", StringComparison.OrdinalIgnoreCase) => false,
            var d => Fail<bool>("order_by_direction", $"'{Http.Excerpt.Of(d)}' is not one of ASC, DESC", "type_error.enum"),
        };
    }

    private void Fail(string name, string message, string type) => Errors.Add(new ErrorDetail(["query", name], message, type));

    private T Fail<T>(string name, string message, string type)
    {
        Fail(name, message, type);
        return default!;
    }
}
