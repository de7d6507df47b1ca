using System.Globalization;
using System.Text.Json;
using QuantumDsl.Emulator.Http;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// Parses and validates a create-workload body <c>{workload_type, backend, config, project_id}</c>, collecting every
/// error with its location, the value and the limit. The config of a type the emulator runs is checked too
/// (<see cref="WorkloadTypes.Check"/>); any other type is accepted here and ends in ERROR when it reaches the queue.
/// </summary>
internal sealed class WorkloadRequests
{
    /// <summary>Longest <c>workload_type</c> and <c>backend</c>.</summary>
    public const int MaxNameLength = 256;

    private readonly PasqalRequests parser = new();

    public IReadOnlyList<ErrorDetail> Errors => parser.Errors;

    public NewWorkload? ParseCreate(JsonElement root, string defaultProjectId)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            parser.Fail(["body"], $"expected a JSON object, got {root.Kind()}", "type_error.dict");
            return null;
        }

        parser.RejectUnknown(root, RequestFields.Workload, ["body"]);
        var type = Name(root, "workload_type");
        var backend = Name(root, "backend");
        string? config = null;
        if (!root.TryGetProperty("config", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            parser.Fail(["body", "config"], "field required: an object with the workload's settings", "value_error.missing");
        }
        else if (element.ValueKind != JsonValueKind.Object)
        {
            parser.Fail(["body", "config"], $"expected an object, got {element.Kind()}", "type_error.dict");
        }
        else
        {
            config = element.GetRawText();
            if (type is not null && backend is not null)
            {
                backend = WorkloadTypes.Check(parser, type, backend, element);
            }
        }

        var projectId = parser.OptionalString(root, "project_id") ?? defaultProjectId;
        if (!Guid.TryParse(projectId, out _))
        {
            parser.Fail(["body", "project_id"], $"'{Http.Excerpt.Of(projectId)}' is not a valid UUID", "type_error.uuid");
        }

        return parser.Errors.Count > 0 || type is null || backend is null || config is null
            ? null
            : new NewWorkload(projectId, type, backend, config);
    }

    /// <summary>A required, non-empty string of at most <see cref="MaxNameLength"/> characters.</summary>
    private string? Name(JsonElement root, string field)
    {
        if (!root.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            parser.Fail(["body", field], "field required (a string)", "value_error.missing");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            parser.Fail(["body", field], $"expected a string, got {value.Kind()}", "type_error.str");
            return null;
        }

        var text = value.GetString()!;
        if (text.Length is 0 or > MaxNameLength)
        {
            parser.Fail(["body", field], string.Create(CultureInfo.InvariantCulture,
                $"a {field} has 1..{MaxNameLength} characters, got {text.Length}"), "value_error.any_str.length");
            return null;
        }

        return text;
    }
}
