using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>The response of <c>POST /jobs</c>: <c>{job_id, queue_position, est_time}</c>.</summary>
public sealed record JobCreateResponse
{
    /// <summary>The new job's external id (a UUID) (<c>job_id</c>).</summary>
    [JsonPropertyName("job_id")]
    public required string JobId { get; init; }

    /// <summary>Position in the FIFO queue (<c>queue_position</c>).</summary>
    [JsonPropertyName("queue_position")]
    public int QueuePosition { get; init; }

    /// <summary>Estimated wait, in minutes when numeric; the service sends an int or a string (<c>est_time</c>).</summary>
    [JsonPropertyName("est_time")]
    [JsonConverter(typeof(NumberOrStringConverter))]
    public string? EstTime { get; init; }
}
