using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>
/// A whole job as the service returns it (<c>GET /jobs/{id}</c>) and as job files store it (one line of JSON).
/// Properties are declared in the file's key order: name, origin, status, display, time_start, time_complete,
/// qpu_name, input_count, inputs, external_id, time_submit, job_type; the response-only extras (failed_inputs,
/// paid, qpu) follow and are written only when present.
/// </summary>
public sealed record OqtantJob
{
    /// <summary>Job name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Where the job came from, for example <c>OQTAPI</c> or <c>WEB</c>; null for simulator jobs (<c>origin</c>).</summary>
    [JsonPropertyName("origin")]
    public string? Origin { get; init; }

    /// <summary>Status (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public JobStatus Status { get; init; } = JobStatus.Pending;

    /// <summary>Whether the web app shows the job (<c>display</c>).</summary>
    [JsonPropertyName("display")]
    public bool Display { get; init; } = true;

    /// <summary>When the job started, UTC (<c>time_start</c>).</summary>
    [JsonPropertyName("time_start")]
    public DateTime? TimeStart { get; init; }

    /// <summary>When the job finished, UTC (<c>time_complete</c>).</summary>
    [JsonPropertyName("time_complete")]
    public DateTime? TimeComplete { get; init; }

    /// <summary>The QPU, for example <c>UNDEFINED</c>, <c>SMALLBERT</c>, <c>BIGBERT</c>, <c>SIMULATOR</c> (<c>qpu_name</c>).</summary>
    [JsonPropertyName("qpu_name")]
    public string? QpuName { get; init; } = "UNDEFINED";

    /// <summary>Total number of inputs of the job, even when <see cref="Inputs"/> holds only one run (<c>input_count</c>).</summary>
    [JsonPropertyName("input_count")]
    public int? InputCount { get; init; }

    /// <summary>The inputs; a <c>GET ?run=N</c> response holds only run N (<c>inputs</c>).</summary>
    [JsonPropertyName("inputs")]
    public required IReadOnlyList<JobInput> Inputs { get; init; }

    /// <summary>The job's UUID, used in every URL (<c>external_id</c>).</summary>
    [JsonPropertyName("external_id")]
    public string? ExternalId { get; init; }

    /// <summary>When the job was submitted, UTC (<c>time_submit</c>).</summary>
    [JsonPropertyName("time_submit")]
    public DateTime? TimeSubmit { get; init; }

    /// <summary>Job type; computed by the service, may be missing in user-written job definitions (<c>job_type</c>).</summary>
    [JsonPropertyName("job_type")]
    public JobType? JobType { get; init; }

    /// <summary>Runs that failed, on <c>GET</c> responses (<c>failed_inputs</c>).</summary>
    [JsonPropertyName("failed_inputs")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? FailedInputs { get; init; }

    /// <summary>Whether the job used paid credits, on <c>GET</c> responses (<c>paid</c>).</summary>
    [JsonPropertyName("paid")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Paid { get; init; }

    /// <summary>The QPU name on <c>GET</c> responses (<c>qpu</c>).</summary>
    [JsonPropertyName("qpu")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Qpu { get; init; }

    /// <summary>The job as one line of JSON, as the Python client writes job files and the service returns it.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, OqtantJsonContext.Default.OqtantJob);

    /// <summary>
    /// Reads a job as the service returns it or a job file holds it. Unknown keys from newer service versions are
    /// ignored (use <see cref="MatterJob.FromJson(string)"/> to read a user-written definition strictly).
    /// </summary>
    /// <exception cref="JsonException">The text is not a job (the message names the path).</exception>
    public static OqtantJob Parse(string json) =>
        JsonSerializer.Deserialize(json, OqtantJsonContext.Default.OqtantJob) ?? throw new JsonException("A job file holds null, not a job.");
}
