using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>The response of <c>GET /job_limits</c> (latest shape): daily jobs and credits.</summary>
public sealed record JobLimits
{
    /// <summary>Jobs allowed per day (<c>daily_limit</c>).</summary>
    [JsonPropertyName("daily_limit")]
    public int DailyLimit { get; init; }

    /// <summary>Jobs left today (<c>daily_remaining</c>).</summary>
    [JsonPropertyName("daily_remaining")]
    public int DailyRemaining { get; init; }

    /// <summary>Standard credits (<c>standard_credits</c>).</summary>
    [JsonPropertyName("standard_credits")]
    public int StandardCredits { get; init; }

    /// <summary>Priority credits (<c>priority_credits</c>).</summary>
    [JsonPropertyName("priority_credits")]
    public int PriorityCredits { get; init; }
}
