using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>One input (run) of a job on the wire: <c>{job_id, run, values, output, notes}</c>.</summary>
public sealed record JobInput
{
    /// <summary>The server's integer database id of the job, or null before submission (<c>job_id</c>).</summary>
    [JsonPropertyName("job_id")]
    public int? JobId { get; init; }

    /// <summary>1-based run number (<c>run</c>).</summary>
    [JsonPropertyName("run")]
    public int? Run { get; init; }

    /// <summary>The physics of the run (<c>values</c>).</summary>
    [JsonPropertyName("values")]
    public required InputValues Values { get; init; }

    /// <summary>The result, once the job is complete (<c>output</c>).</summary>
    [JsonPropertyName("output")]
    public Output? Output { get; init; }

    /// <summary>Free-text notes (<c>notes</c>).</summary>
    [JsonPropertyName("notes")]
    public string? Notes { get; init; }

    /// <summary>
    /// Why this run failed, on a <c>GET /jobs/{id}?run=N</c> response for a run listed in <c>failed_inputs</c>
    /// (<c>errors</c>, the emulator's field, shaped like a Pasqal job's <c>errors</c>; see docs/emulator.md). Null
    /// otherwise, and never written when null.
    /// </summary>
    [JsonPropertyName("errors")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? Errors { get; init; }
}
