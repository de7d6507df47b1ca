namespace QuantumDsl.Matter;

using static OqtantLimits;

/// <summary>Builds one painted barrier inside <see cref="MatterJobBuilder.Barrier"/>: 2–20 points in time order.</summary>
public sealed class BarrierBuilder
{
    private readonly List<(double Time, double Position, double Height, double Width)> points = [];
    private InterpolationType interpolation = InterpolationType.Linear;
    private BarrierShape shape = BarrierShape.Gaussian;

    /// <summary>Adds a point: time (ms, 0.1 ms resolution), centre (µm), height (kHz), width (µm; 0.5 for NATIVE).</summary>
    public BarrierBuilder Point(
        [Limit(BarrierTimeMsMin, BarrierTimeMsMax, Unit = "ms", Field = "optical_barriers.times_ms")] double timeMs,
        [Limit(BarrierPositionUmMin, BarrierPositionUmMax, Unit = "µm", Field = "optical_barriers.positions_um")] double positionUm,
        [Limit(BarrierHeightKHzMin, BarrierHeightKHzMax, Unit = "kHz", Field = "optical_barriers.heights_khz")] double heightKHz,
        [Limit(BarrierWidthUmMin, BarrierWidthUmMax, Unit = "µm", Field = "optical_barriers.widths_um")] double widthUm)
    {
        points.Add((timeMs, positionUm, heightKHz, widthUm));
        return this;
    }

    /// <summary>Sets the profile (default GAUSSIAN).</summary>
    public BarrierBuilder Shape(BarrierShape value)
    {
        shape = value;
        return this;
    }

    /// <summary>Sets the interpolation in time (default LINEAR).</summary>
    public BarrierBuilder Interpolation(InterpolationType value)
    {
        interpolation = value;
        return this;
    }

    internal OpticalBarrier Build() => new()
    {
        TimesMs = [.. points.Select(p => p.Time)],
        PositionsUm = [.. points.Select(p => p.Position)],
        HeightsKHz = [.. points.Select(p => p.Height)],
        WidthsUm = [.. points.Select(p => p.Width)],
        Interpolation = interpolation,
        Shape = shape,
    };
}
