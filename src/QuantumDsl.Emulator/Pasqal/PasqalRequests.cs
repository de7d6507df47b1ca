using System.Globalization;
using System.Text.Json;
using QuantumDsl.Emulator.Http;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// Parses and validates Pasqal request bodies (create batch, add jobs, tags), collecting every error with its location
/// (<c>["body","jobs",3,"runs"]</c>), the value and the limit. Unknown fields are rejected, never dropped.
/// </summary>
internal sealed class PasqalRequests
{
    public const int MaxJobsPerRequest = 10_000;
    public const int MaxTags = 100;
    public const int MaxTagLength = 256;

    /// <summary>Most jobs a batch may hold (created, added and rebatched jobs together).</summary>
    public const int MaxJobsPerBatch = 10_000;

    /// <summary>Longest <c>webhook</c> (a URL).</summary>
    public const int MaxWebhookLength = 2_048;

    /// <summary>Longest <c>configuration</c> object, as JSON text.</summary>
    public const int MaxConfigurationLength = 16 * 1024;

    /// <summary>Longest <c>backend_configuration</c> string.</summary>
    public const int MaxBackendConfigurationLength = 16 * 1024;

    /// <summary>Longest <c>variables</c> object of one job, as JSON text.</summary>
    public const int MaxVariablesLength = 16 * 1024;

    /// <summary>Longest <c>sequence_builder</c> or job <c>sequence</c> (a Pulser abstract representation).</summary>
    public const int MaxSequenceLength = 4 * 1024 * 1024;

    public List<ErrorDetail> Errors { get; } = [];

    public NewBatch? ParseCreate(JsonElement root, string defaultProjectId)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            Fail(["body"], $"expected a JSON object, got {root.Kind()}", "type_error.dict");
            return null;
        }

        RejectUnknown(root, RequestFields.Batch, ["body"]);
        var sequence = OptionalString(root, "sequence_builder");
        if (sequence is not null)
        {
            CheckSequence(sequence, ["body", "sequence_builder"]);
        }

        var open = OptionalBool(root, "open");
        var complete = OptionalBool(root, "complete");
        if (open is not null && complete is not null)
        {
            Fail(["body", "open"], "give either open or complete (its deprecated inverse), not both", "value_error");
        }

        var isOpen = open ?? (complete is { } c ? !c : false);
        var deviceName = OptionalString(root, "device_type") ?? "EMU_FREE";
        var device = PasqalDeviceType.Find(deviceName);
        if (device is null)
        {
            Fail(["body", "device_type"], $"'{Http.Excerpt.Of(deviceName)}' is not one of {PasqalDeviceType.Names}", "type_error.enum");
        }

        var projectId = OptionalString(root, "project_id") ?? defaultProjectId;
        if (!Guid.TryParse(projectId, out _))
        {
            Fail(["body", "project_id"], $"'{Http.Excerpt.Of(projectId)}' is not a valid UUID", "type_error.uuid");
        }

        string? configuration = null;
        if (root.TryGetProperty("configuration", out var config) && config.ValueKind != JsonValueKind.Null)
        {
            if (config.ValueKind == JsonValueKind.Object)
            {
                configuration = Bounded(config.GetRawText(), MaxConfigurationLength, ["body", "configuration"], "object, as JSON text,");
            }
            else
            {
                Fail(["body", "configuration"], $"expected an object or null, got {config.Kind()}", "type_error.dict");
            }
        }

        var tags = root.TryGetProperty("tags", out var tagsElement) ? ParseTags(tagsElement, ["body", "tags"]) : [];
        List<NewJob> jobs = [];
        if (!root.TryGetProperty("jobs", out var jobsElement))
        {
            Fail(["body", "jobs"], "field required (an array of jobs, possibly empty for an open batch)", "value_error.missing");
        }
        else
        {
            jobs = ParseJobs(jobsElement, ["body", "jobs"], device, sequence is null) ?? [];
            if (jobs.Count == 0 && !isOpen && jobsElement.ValueKind == JsonValueKind.Array)
            {
                Fail(["body", "jobs"], "a closed batch needs at least one job (create it with open=true to add jobs later)", "value_error");
            }
        }

        if (sequence is not null && device is { MaxAtoms: > 0 } && AtomCount(sequence) is { } atoms && atoms > device.MaxAtoms)
        {
            Fail(["body", "sequence_builder"], string.Create(CultureInfo.InvariantCulture,
                $"the register has {atoms} atoms; {device.Name} accepts at most {device.MaxAtoms}"), "value_error");
        }

        var webhook = Bounded(OptionalString(root, "webhook"), MaxWebhookLength, ["body", "webhook"], "URL");
        var backend = Bounded(OptionalString(root, "backend_configuration"), MaxBackendConfigurationLength, ["body", "backend_configuration"], "string");
        return new NewBatch(projectId, device?.Name ?? deviceName, isOpen, sequence, webhook, configuration, backend, tags, null, jobs);
    }

    /// <summary>Parses a job array (create batch's <c>jobs</c>, or the add-jobs body).</summary>
    public List<NewJob>? ParseJobs(JsonElement array, IReadOnlyList<LocationPart> loc, PasqalDeviceType? device, bool sequenceRequired)
    {
        if (array.ValueKind != JsonValueKind.Array)
        {
            Fail(loc, $"expected an array of jobs, got {array.Kind()}", "type_error.list");
            return null;
        }

        var count = array.GetArrayLength();
        if (count > MaxJobsPerRequest)
        {
            Fail(loc, string.Create(CultureInfo.InvariantCulture, $"{count} jobs is more than the limit of {MaxJobsPerRequest} per request"), "value_error.list.max_items");
            return null;
        }

        var jobs = new List<NewJob>(count);
        var index = 0;
        foreach (var item in array.EnumerateArray())
        {
            LocationPart[] at = [.. loc, index++];
            if (item.ValueKind != JsonValueKind.Object)
            {
                Fail(at, $"expected a job object, got {item.Kind()}", "type_error.dict");
                continue;
            }

            RejectUnknown(item, RequestFields.Job, at);
            var runs = ParseRuns(item, [.. at, "runs"], device);
            string? variables = null;
            if (item.TryGetProperty("variables", out var vars) && vars.ValueKind != JsonValueKind.Null)
            {
                if (vars.ValueKind == JsonValueKind.Object)
                {
                    variables = Bounded(vars.GetRawText(), MaxVariablesLength, [.. at, "variables"], "object, as JSON text,");
                }
                else
                {
                    Fail([.. at, "variables"], $"expected an object of variable values or null, got {vars.Kind()}", "type_error.dict");
                }
            }

            var sequence = OptionalString(item, "sequence", at);
            if (sequence is not null)
            {
                CheckSequence(sequence, [.. at, "sequence"]);
                if (variables is not null && vars.EnumerateObject().Any())
                {
                    Fail([.. at, "variables"], "a job with its own sequence cannot also give variables (JobSequenceVariablesConflict)", "value_error");
                }
            }
            else if (sequenceRequired)
            {
                Fail([.. at, "sequence"], "required: the batch has no sequence_builder, so every job needs its own sequence (MissingJobSequence)", "value_error.missing");
            }

            jobs.Add(new NewJob(runs, variables, sequence));
        }

        return jobs;
    }

    public List<string> ParseTags(JsonElement element, IReadOnlyList<LocationPart> loc)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (element.ValueKind != JsonValueKind.Array)
        {
            Fail(loc, $"expected an array of strings, got {element.Kind()}", "type_error.list");
            return [];
        }

        if (element.GetArrayLength() > MaxTags)
        {
            Fail(loc, string.Create(CultureInfo.InvariantCulture, $"{element.GetArrayLength()} tags is more than the limit of {MaxTags}"), "value_error.list.max_items");
            return [];
        }

        var tags = new List<string>();
        var index = 0;
        foreach (var tag in element.EnumerateArray())
        {
            LocationPart[] at = [.. loc, index++];
            if (tag.ValueKind != JsonValueKind.String)
            {
                Fail(at, $"expected a string, got {tag.Kind()}", "type_error.str");
            }
            else if (tag.GetString()!.Length is 0 or > MaxTagLength)
            {
                Fail(at, string.Create(CultureInfo.InvariantCulture, $"a tag has 1..{MaxTagLength} characters, got {tag.GetString()!.Length}"), "value_error");
            }
            else
            {
                tags.Add(tag.GetString()!);
            }
        }

        return tags;
    }

    /// <summary>Number of atoms in a sequence's register, or null when it cannot be told.</summary>
    public static int? AtomCount(string sequence)
    {
        try
        {
            using var document = JsonDocument.Parse(sequence, Http.JsonLimits.Read);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("register", out var register) && register.ValueKind == JsonValueKind.Array
                ? register.GetArrayLength()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Reads <c>runs</c> of a job-like object: an integer in 1..max_runs of <paramref name="device"/>, required on QPUs.</summary>
    public int? ParseRuns(JsonElement job, IReadOnlyList<LocationPart> at, PasqalDeviceType? device)
    {
        if (!job.TryGetProperty("runs", out var runs) || runs.ValueKind == JsonValueKind.Null)
        {
            if (device is { IsQpu: true })
            {
                Fail(at, $"required on {device.Name}: a QPU job must give its number of runs", "value_error.missing");
            }

            return null;
        }

        if (runs.ValueKind != JsonValueKind.Number || !runs.TryGetInt32(out var value))
        {
            Fail(at, $"expected an integer, got {(runs.ValueKind == JsonValueKind.Number ? runs.GetRawText() : runs.Kind())}", "type_error.integer");
            return null;
        }

        var max = device is { MaxRuns: > 0 } ? device.MaxRuns : PasqalDeviceType.RunsCeiling;
        if (value < 1 || value > max)
        {
            Fail(at, string.Create(CultureInfo.InvariantCulture,
                $"{value} is outside 1..{max}{(device is { MaxRuns: > 0 } ? $" (max_runs of {device.Name})" : "")}"), "value_error.number");
            return null;
        }

        return value;
    }

    /// <summary>Checks that a sequence string is a JSON object (the Pulser abstract representation).</summary>
    public void CheckSequence(string sequence, IReadOnlyList<LocationPart> at)
    {
        if (sequence.Length > MaxSequenceLength)
        {
            Fail(at, string.Create(CultureInfo.InvariantCulture,
                $"{sequence.Length} characters is more than the limit of {MaxSequenceLength} for a sequence"), "value_error.any_str.max_length");
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(sequence, Http.JsonLimits.Read);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                Fail(at, $"expected a Pulser abstract-representation JSON object (as a string), got {document.RootElement.Kind()}", "value_error");
            }
        }
        catch (JsonException ex)
        {
            Fail(at, $"not valid JSON: {ex.Message.Split(" Path:")[0]}", "value_error.json");
        }
    }

    /// <summary><paramref name="value"/> when at most <paramref name="max"/> characters long, else null and an error naming the limit.</summary>
    public string? Bounded(string? value, int max, IReadOnlyList<LocationPart> at, string what)
    {
        if (value is null || value.Length <= max)
        {
            return value;
        }

        Fail(at, string.Create(CultureInfo.InvariantCulture,
            $"{value.Length} characters is more than the limit of {max} for this {what} (starts '{Excerpt.Of(value)}')"), "value_error.any_str.max_length");
        return null;
    }

    /// <summary>A string field that may be absent or null; another JSON type is an error.</summary>
    public string? OptionalString(JsonElement obj, string name, IReadOnlyList<LocationPart>? parent = null)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        Fail([.. parent ?? ["body"], name], $"expected a string or null, got {value.Kind()}", "type_error.str");
        return null;
    }

    private bool? OptionalBool(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Fail(["body", name], $"expected a boolean, got {value.Kind()}", "type_error.bool");
        return null;
    }

    /// <summary>Every field not in <paramref name="known"/> is an error.</summary>
    public void RejectUnknown(JsonElement obj, string[] known, IReadOnlyList<LocationPart> at)
    {
        foreach (var property in obj.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            Fail([.. at, property.Name], $"unknown field; expected one of {string.Join(", ", known)}", "value_error.extra");
        }
    }

    /// <summary>Records one error.</summary>
    public void Fail(IReadOnlyList<LocationPart> loc, string message, string type) => Errors.Add(new ErrorDetail(loc, message, type));
}
