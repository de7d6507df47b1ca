using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>The output attached to an input: <c>{input_id, values}</c>.</summary>
public sealed record Output
{
    /// <summary>The server's integer id of the input (<c>input_id</c>).</summary>
    [JsonPropertyName("input_id")]
    public int? InputId { get; init; }

    /// <summary>The output values (<c>values</c>).</summary>
    [JsonPropertyName("values")]
    public required OutputValues Values { get; init; }
}
