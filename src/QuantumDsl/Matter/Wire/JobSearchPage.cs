using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>The response of <c>GET /jobs</c> (search): <c>{items: [...]}</c>.</summary>
public sealed record JobSearchPage
{
    /// <summary>The matching jobs (<c>items</c>).</summary>
    [JsonPropertyName("items")]
    public required IReadOnlyList<JobSummary> Items { get; init; }
}
