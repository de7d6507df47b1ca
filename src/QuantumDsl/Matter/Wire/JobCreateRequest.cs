using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>The body of <c>POST /jobs</c>: <c>{name, job_type, input_count, inputs}</c>.</summary>
public sealed record JobCreateRequest
{
    /// <summary>Job name, 1–50 characters (<c>name</c>).</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The job type the client derived (<c>job_type</c>).</summary>
    [JsonPropertyName("job_type")]
    public required JobType JobType { get; init; }

    /// <summary>The number of inputs (<c>input_count</c>).</summary>
    [JsonPropertyName("input_count")]
    public int? InputCount { get; init; }

    /// <summary>The inputs, runs 1..N (<c>inputs</c>).</summary>
    [JsonPropertyName("inputs")]
    public required IReadOnlyList<JobInput> Inputs { get; init; }
}
