using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>
/// A flattened image (<c>{pixels, rows, columns, pixcal}</c>): pixels row-major. Do not assume
/// <c>Rows * Columns == Pixels.Count</c> (the simulator's placeholders say 2×2 but hold 10,000 pixels).
/// </summary>
public sealed record Image
{
    /// <summary>Pixel values, row-major (<c>pixels</c>).</summary>
    [JsonPropertyName("pixels")]
    public required IReadOnlyList<double> Pixels { get; init; }

    /// <summary>Declared number of rows (<c>rows</c>).</summary>
    [JsonPropertyName("rows")]
    public required int Rows { get; init; }

    /// <summary>Declared number of columns (<c>columns</c>).</summary>
    [JsonPropertyName("columns")]
    public required int Columns { get; init; }

    /// <summary>µm per pixel, or null (<c>pixcal</c>, default 1.0).</summary>
    [JsonPropertyName("pixcal")]
    public double? Pixcal { get; init; } = 1.0;
}
