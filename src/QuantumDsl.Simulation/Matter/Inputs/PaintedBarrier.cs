namespace QuantumDsl.Simulation.Matter.Inputs;

/// <summary>
/// One time-dependent optical barrier: position (µm), height (kHz) and width (µm) at times (ms), interpolated
/// with <see cref="Interpolation"/>. The barrier exists only between its first and last time.
/// </summary>
public sealed class PaintedBarrier
{
    private readonly Schedule _position;
    private readonly Schedule _height;
    private readonly Schedule _width;

    /// <summary>Builds the barrier; the four lists must have the same length.</summary>
    public PaintedBarrier(
        IReadOnlyList<double> timesMs,
        IReadOnlyList<double> positionsUm,
        IReadOnlyList<double> heightsKhz,
        IReadOnlyList<double> widthsUm,
        BarrierShape shape = BarrierShape.Gaussian,
        InterpolationKind interpolation = InterpolationKind.Linear)
    {
        ArgumentNullException.ThrowIfNull(timesMs);
        if (positionsUm.Count != timesMs.Count || heightsKhz.Count != timesMs.Count || widthsUm.Count != timesMs.Count)
            throw new ArgumentException(
                $"barrier lists differ in length: times_ms {timesMs.Count}, positions_um {positionsUm.Count}, heights_khz {heightsKhz.Count}, widths_um {widthsUm.Count}.");
        _position = new Schedule(timesMs, positionsUm, interpolation);
        _height = new Schedule(timesMs, heightsKhz, interpolation);
        _width = new Schedule(timesMs, widthsUm, interpolation);
        Shape = shape;
        Interpolation = interpolation;
    }

    /// <summary>The profile.</summary>
    public BarrierShape Shape { get; }

    /// <summary>The time interpolation.</summary>
    public InterpolationKind Interpolation { get; }

    /// <summary>First time (ms).</summary>
    public double StartMs => _height.Start;

    /// <summary>Last time (ms).</summary>
    public double EndMs => _height.End;

    /// <summary>Adds the ideal barrier potential (kHz) at time <paramref name="tMs"/> to <paramref name="potentialKhz"/> sampled at <paramref name="xUm"/>.</summary>
    public void AddIdeal(double tMs, ReadOnlySpan<double> xUm, Span<double> potentialKhz)
    {
        if (tMs < StartMs || tMs > EndMs) return;
        var h = _height.Evaluate(tMs);
        var w = _width.Evaluate(tMs);
        var x0 = _position.Evaluate(tMs);
        if (h <= 0 || w <= 0) return;
        for (var i = 0; i < xUm.Length; i++)
        {
            var d = xUm[i] - x0;
            potentialKhz[i] += Shape switch
            {
                BarrierShape.Lorentzian => h * w * w / (d * d + w * w),
                BarrierShape.Square => Math.Abs(d) <= w ? h : 0,
                _ => h * Math.Exp(-0.5 * d * d / (w * w)),
            };
        }
    }
}
