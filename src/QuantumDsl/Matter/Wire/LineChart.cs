using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>A line plot (<c>{points: [{x, y}, …]}</c>), for example a slice through the TOF image.</summary>
public sealed record LineChart
{
    /// <summary>The points (<c>points</c>).</summary>
    [JsonPropertyName("points")]
    public required IReadOnlyList<ChartPoint> Points { get; init; }
}

/// <summary>One point of a <see cref="LineChart"/> (<c>{x, y}</c>).</summary>
/// <param name="X">Abscissa, for example the pixel index.</param>
/// <param name="Y">Ordinate, for example the OD.</param>
public sealed record ChartPoint(
    [property: JsonPropertyName("x")] double X,
    [property: JsonPropertyName("y")] double Y);
