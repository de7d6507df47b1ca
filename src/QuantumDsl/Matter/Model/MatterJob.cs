using System.Text.Json;
using System.Text.Json.Nodes;

namespace QuantumDsl.Matter;

/// <summary>
/// A valid Oqtant job: a name (1–50 characters) and 1–30 inputs that all map to the same <see cref="JobType"/>.
/// Only <see cref="Create"/> and the <c>From…</c> parsers make one, so an instance always satisfies every limit.
/// </summary>
public sealed record MatterJob
{
    private MatterJob(string name, IReadOnlyList<MatterInput> inputs)
    {
        Name = name;
        Inputs = inputs;
        JobType = inputs[0].JobType;
    }

    /// <summary>Job name.</summary>
    public string Name { get; }

    /// <summary>The inputs, run 1 first.</summary>
    public IReadOnlyList<MatterInput> Inputs { get; }

    /// <summary>The job type, derived from the inputs exactly as the service does.</summary>
    public JobType JobType { get; }

    /// <summary>Makes a job, or throws <see cref="ExperimentValidationException"/> listing every violation
    /// (paths such as <c>inputs[2].rf_evaporation.times_ms[1]</c>).</summary>
    public static MatterJob Create(string name, IEnumerable<MatterInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var list = inputs.ToArray();
        ExperimentValidationException.ThrowIfAny(Validate(name, list));
        return new MatterJob(name, list);
    }

    /// <summary>Every violation of a would-be job: name, input count, each input's limits, mixed job types.</summary>
    public static IReadOnlyList<Violation> Validate(string? name, IReadOnlyList<MatterInput?> inputs) =>
        MatterJobRules.Validate(name, inputs);

    /// <summary>The <c>POST /jobs</c> body: runs numbered 1..N, no job ids, no outputs.</summary>
    public JobCreateRequest ToRequest() => new()
    {
        Name = Name,
        JobType = JobType,
        InputCount = Inputs.Count,
        Inputs = [.. Inputs.Select((input, i) => new JobInput { Run = i + 1, Values = input.Values, Notes = input.Notes })],
    };

    /// <summary>The service's job JSON (the <c>POST /jobs</c> body), with the exact wire names and nulls included.</summary>
    public string ToJson() => JsonSerializer.Serialize(ToRequest(), OqtantJsonContext.Default.JobCreateRequest);

    /// <summary>
    /// Parses and validates a job definition: a POST body, a job file or a <c>GET</c> response
    /// (<c>{name, inputs: [{values, notes, …}], job_type?, …}</c>). Throws <see cref="ExperimentValidationException"/>: a
    /// JSON problem (unknown key, wrong type, unknown enum value, missing field) as one violation naming its path and
    /// value; otherwise every broken limit together. Server-assigned fields (ids, runs, status, outputs) are not part
    /// of the definition; <c>input_count</c> is recomputed; a stated <c>job_type</c> must match the inputs.
    /// </summary>
    public static MatterJob FromJson(string json) => FromJob(JobDefinitionReader.Read(json));

    /// <summary>Parses and validates a job definition held as a JSON element (see <see cref="FromJson(string)"/>).</summary>
    public static MatterJob FromJson(JsonElement json) => FromJob(JobDefinitionReader.Read(json));

    /// <summary>Parses and validates a job definition held as a JSON node, for example a <see cref="JsonObject"/>
    /// built like a dictionary (see <see cref="FromJson(string)"/>). The node is not modified.</summary>
    public static MatterJob FromJson(JsonNode json) => FromJob(JobDefinitionReader.Read(json));

    /// <summary>Validates a job received on the wire (for example by a server) and makes the job.</summary>
    public static MatterJob FromRequest(JobCreateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return FromParts(request.Name, request.JobType, request.Inputs);
    }

    /// <summary>Makes a job with the same name and inputs (values and notes) as <paramref name="job"/>,
    /// for example to resubmit a loaded job. Throws <see cref="ExperimentValidationException"/> when it is invalid.</summary>
    public static MatterJob FromJob(OqtantJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return FromParts(job.Name, job.JobType, job.Inputs);
    }

    private static MatterJob FromParts(string name, JobType? statedType, IReadOnlyList<JobInput>? wireInputs)
    {
        var inputs = (wireInputs ?? []).Select(i => i is null ? null : new MatterInput(i.Values, i.Notes)).ToArray();
        var violations = MatterJobRules.Validate(name, inputs).ToList();
        if (violations.Count == 0 && statedType is { } stated && stated != inputs[0]!.JobType)
        {
            violations.Add(Violation.Rule("job_type", WireEnum<JobType>.Describe(stated), $"does not match the type of the inputs ({WireEnum<JobType>.Describe(inputs[0]!.JobType)})"));
        }

        ExperimentValidationException.ThrowIfAny(violations);
        return new MatterJob(name, inputs!);
    }
}
