using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>
/// A time-dependent painted 1D potential (<c>optical_landscape</c>): 2–5 snapshots, linear (or
/// <see cref="Interpolation"/>) in time between them, 0 outside [first, last). Its presence makes a PAINT_1D job.
/// </summary>
public sealed record OpticalLandscape
{
    /// <summary>Interpolation in time between snapshots (<c>interpolation</c>).</summary>
    [JsonPropertyName("interpolation")]
    public InterpolationType Interpolation { get; init; } = InterpolationType.Linear;

    /// <summary>The snapshots, by increasing time (<c>landscapes</c>).</summary>
    [JsonPropertyName("landscapes")]
    public required IReadOnlyList<Landscape> Landscapes { get; init; }
}
