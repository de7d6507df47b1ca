namespace QuantumDsl.Matter;

using static OqtantLimits;

/// <summary>Builds the painted landscape inside <see cref="MatterJobBuilder.Landscape"/>: 2–5 snapshots in time order.</summary>
public sealed class OpticalLandscapeBuilder
{
    private readonly List<Landscape> snapshots = [];
    private InterpolationType interpolation = InterpolationType.Linear;

    /// <summary>Adds a snapshot at <paramref name="timeMs"/> (0.1 ms resolution) whose points <paramref name="configure"/> adds.</summary>
    public OpticalLandscapeBuilder Snapshot(
        [Limit(LandscapeTimeMsMin, LandscapeTimeMsMax, Unit = "ms", Field = "optical_landscape.landscapes.time_ms")] double timeMs,
        Action<LandscapeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new LandscapeBuilder();
        configure(builder);
        snapshots.Add(builder.Build(timeMs));
        return this;
    }

    /// <summary>Sets the interpolation in time between snapshots (default LINEAR).</summary>
    public OpticalLandscapeBuilder Interpolation(InterpolationType value)
    {
        interpolation = value;
        return this;
    }

    internal OpticalLandscape Build() => new() { Interpolation = interpolation, Landscapes = [.. snapshots] };
}
