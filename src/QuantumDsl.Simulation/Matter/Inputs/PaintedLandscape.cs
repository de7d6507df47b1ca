namespace QuantumDsl.Simulation.Matter.Inputs;

/// <summary>One painted snapshot: potential (kHz) at positions (µm) at a time (ms), interpolated in space with <paramref name="SpatialInterpolation"/>.</summary>
public sealed record LandscapeSnapshot(
    double TimeMs,
    IReadOnlyList<double> PositionsUm,
    IReadOnlyList<double> PotentialsKhz,
    InterpolationKind SpatialInterpolation = InterpolationKind.Linear);

/// <summary>
/// A painted optical landscape: snapshots sorted by time, interpolated in time with <see cref="TimeInterpolation"/>
/// (linear by default) and 0 outside [first, last). Every interpolation kind is linear in the data, so
/// V(x,t) = Σⱼ wⱼ(t)·Vⱼ(x) with weights wⱼ obtained by interpolating unit vectors.
/// </summary>
public sealed class PaintedLandscape
{
    private readonly LandscapeSnapshot[] _snapshots;
    private readonly Schedule[] _spatial;
    private readonly Schedule[] _weights;

    /// <summary>Builds the landscape from at least one snapshot.</summary>
    public PaintedLandscape(IReadOnlyList<LandscapeSnapshot> snapshots, InterpolationKind timeInterpolation = InterpolationKind.Linear)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        if (snapshots.Count == 0)
            throw new ArgumentException("optical_landscape.landscapes is empty: at least one snapshot is needed.", nameof(snapshots));
        _snapshots = snapshots.OrderBy(s => s.TimeMs).ToArray();
        _spatial = _snapshots.Select(s => new Schedule(s.PositionsUm, s.PotentialsKhz, s.SpatialInterpolation)).ToArray();
        var times = _snapshots.Select(s => s.TimeMs).ToArray();
        _weights = Enumerable.Range(0, times.Length)
            .Select(j => new Schedule(times, times.Select((_, k) => k == j ? 1.0 : 0.0).ToArray(), timeInterpolation))
            .ToArray();
        TimeInterpolation = timeInterpolation;
    }

    /// <summary>The time interpolation.</summary>
    public InterpolationKind TimeInterpolation { get; }

    /// <summary>First snapshot time (ms).</summary>
    public double StartMs => _snapshots[0].TimeMs;

    /// <summary>Last snapshot time (ms); the landscape is off from then on.</summary>
    public double EndMs => _snapshots[^1].TimeMs;

    /// <summary>Adds the ideal landscape potential (kHz) at time <paramref name="tMs"/> to <paramref name="potentialKhz"/> sampled at <paramref name="xUm"/>.</summary>
    public void AddIdeal(double tMs, ReadOnlySpan<double> xUm, Span<double> potentialKhz)
    {
        if (tMs < StartMs || (tMs >= EndMs && _snapshots.Length > 1) || (_snapshots.Length == 1 && tMs != StartMs)) return;
        for (var j = 0; j < _snapshots.Length; j++)
        {
            var w = _weights[j].Evaluate(tMs);
            if (w == 0) continue;
            for (var i = 0; i < xUm.Length; i++)
                potentialKhz[i] += w * _spatial[j].Evaluate(xUm[i]);
        }
    }
}
