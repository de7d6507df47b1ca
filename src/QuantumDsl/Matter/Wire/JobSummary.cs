using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>One search result: the job envelope, with inputs (without outputs) in newer versions.</summary>
public sealed record JobSummary
{
    /// <summary>Job name (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Job type (<c>job_type</c>).</summary>
    [JsonPropertyName("job_type")]
    public JobType? JobType { get; init; }

    /// <summary>Status (<c>status</c>).</summary>
    [JsonPropertyName("status")]
    public JobStatus Status { get; init; } = JobStatus.Pending;

    /// <summary>External id (<c>external_id</c>).</summary>
    [JsonPropertyName("external_id")]
    public string? ExternalId { get; init; }

    /// <summary>Submission time, UTC (<c>time_submit</c>).</summary>
    [JsonPropertyName("time_submit")]
    public DateTime? TimeSubmit { get; init; }

    /// <summary>Start time, UTC (<c>time_start</c>).</summary>
    [JsonPropertyName("time_start")]
    public DateTime? TimeStart { get; init; }

    /// <summary>Completion time, UTC (<c>time_complete</c>).</summary>
    [JsonPropertyName("time_complete")]
    public DateTime? TimeComplete { get; init; }

    /// <summary>Number of inputs (<c>input_count</c>).</summary>
    [JsonPropertyName("input_count")]
    public int? InputCount { get; init; }

    /// <summary>Inputs without outputs, when the service includes them (<c>inputs</c>).</summary>
    [JsonPropertyName("inputs")]
    public IReadOnlyList<JobInput>? Inputs { get; init; }
}
