namespace QuantumDsl.Matter;

using static OqtantLimits;

/// <summary>Builds one landscape snapshot: 2–121 (position, potential) points by non-decreasing position.</summary>
public sealed class LandscapeBuilder
{
    private readonly List<(double Position, double Potential)> points = [];
    private InterpolationType spatialInterpolation = InterpolationType.Linear;

    /// <summary>Adds a point: position (µm) and potential (kHz).</summary>
    public LandscapeBuilder Point(
        [Limit(LandscapePositionUmMin, LandscapePositionUmMax, Unit = "µm", Field = "optical_landscape.landscapes.positions_um")] double positionUm,
        [Limit(LandscapePotentialKHzMin, LandscapePotentialKHzMax, Unit = "kHz", Field = "optical_landscape.landscapes.potentials_khz")] double potentialKHz)
    {
        points.Add((positionUm, potentialKHz));
        return this;
    }

    /// <summary>Sets the interpolation between positions (default LINEAR).</summary>
    public LandscapeBuilder Interpolation(InterpolationType value)
    {
        spatialInterpolation = value;
        return this;
    }

    internal Landscape Build(double timeMs) => new()
    {
        TimeMs = timeMs,
        PotentialsKHz = [.. points.Select(p => p.Potential)],
        PositionsUm = [.. points.Select(p => p.Position)],
        SpatialInterpolation = spatialInterpolation,
    };
}
