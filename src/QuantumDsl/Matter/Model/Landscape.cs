using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>One snapshot of a painted optical landscape (<c>optical_landscape.landscapes[i]</c>).</summary>
public sealed record Landscape
{
    /// <summary>Time of the snapshot in ms, 0.1 ms resolution (<c>time_ms</c>).</summary>
    [JsonPropertyName("time_ms")]
    public required double TimeMs { get; init; }

    /// <summary>Potentials in kHz (<c>potentials_khz</c>).</summary>
    [JsonPropertyName("potentials_khz")]
    public required IReadOnlyList<double> PotentialsKHz { get; init; }

    /// <summary>Positions in µm, non-decreasing (<c>positions_um</c>).</summary>
    [JsonPropertyName("positions_um")]
    public required IReadOnlyList<double> PositionsUm { get; init; }

    /// <summary>Interpolation between positions (<c>spatial_interpolation</c>).</summary>
    [JsonPropertyName("spatial_interpolation")]
    public InterpolationType SpatialInterpolation { get; init; } = InterpolationType.Linear;
}
