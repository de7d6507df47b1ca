using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>
/// One painted optical barrier (<c>optical_barriers[i]</c>): parallel lists of times, positions, heights and widths.
/// The barrier exists only between its first and last time.
/// </summary>
public sealed record OpticalBarrier
{
    /// <summary>Times in ms, 0.1 ms resolution, increasing (<c>times_ms</c>).</summary>
    [JsonPropertyName("times_ms")]
    public required IReadOnlyList<double> TimesMs { get; init; }

    /// <summary>Centre positions in µm (<c>positions_um</c>).</summary>
    [JsonPropertyName("positions_um")]
    public required IReadOnlyList<double> PositionsUm { get; init; }

    /// <summary>Heights in kHz (<c>heights_khz</c>).</summary>
    [JsonPropertyName("heights_khz")]
    public required IReadOnlyList<double> HeightsKHz { get; init; }

    /// <summary>Widths in µm; σ, HWHM or half width depending on <see cref="Shape"/> (<c>widths_um</c>).</summary>
    [JsonPropertyName("widths_um")]
    public required IReadOnlyList<double> WidthsUm { get; init; }

    /// <summary>Interpolation in time (<c>interpolation</c>).</summary>
    [JsonPropertyName("interpolation")]
    public InterpolationType Interpolation { get; init; } = InterpolationType.Linear;

    /// <summary>Profile (<c>shape</c>).</summary>
    [JsonPropertyName("shape")]
    public BarrierShape Shape { get; init; } = BarrierShape.Gaussian;
}
