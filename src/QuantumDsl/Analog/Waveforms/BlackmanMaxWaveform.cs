namespace QuantumDsl.Analog;

/// <summary>
/// A Blackman window given by its area and peak bound (Pulser <c>blackman_max</c>); its duration follows Pulser's
/// <c>from_max_val</c> rule (see <see cref="DurationFor"/>).
/// </summary>
internal sealed class BlackmanMaxWaveform(Expr maxValue, Expr area) : Waveform
{
    public Expr MaxValue { get; } = maxValue ?? throw new ArgumentNullException(nameof(maxValue));

    public Expr Area { get; } = area ?? throw new ArgumentNullException(nameof(area));

    public override IReadOnlySet<string> VariableNames => Union(MaxValue, Area);

    /// <summary>
    /// Pulser's rule (<c>BlackmanWaveform.from_max_val</c>): start at ⌈|area|/(0.42·|max|)·1000⌉ ns and lengthen while the
    /// window's scale |area|·1000/Σw exceeds |max|; an odd result gives way to the previous (even) duration when that
    /// one's peak is higher but still within |max|. NaN when the signs differ or a value is zero or not finite.
    /// </summary>
    public static double DurationFor(double maxValue, double area)
    {
        if (!double.IsFinite(maxValue) || !double.IsFinite(area) || area == 0 || Math.Sign(maxValue) != Math.Sign(area))
        {
            return double.NaN;
        }

        double max = Math.Abs(maxValue), a = Math.Abs(area);
        var start = Math.Ceiling(a / (0.42 * max) * 1000);
        if (start > int.MaxValue / 2.0)
        {
            return start;
        }

        var n = Math.Max(1, (int)start);
        int? previous = null;
        while (a * 1000 / BlackmanWaveform.WindowSum(n) > max)
        {
            previous = n;
            n++;
        }

        return previous is { } p && n % 2 == 1 && BlackmanWaveform.Peak(n, a) < BlackmanWaveform.Peak(p, a) && BlackmanWaveform.Peak(p, a) <= max
            ? p
            : n;
    }

    internal override double[] SampleCore(IReadOnlyDictionary<string, double> values)
    {
        var area = Area.Evaluate(values);
        return BlackmanWaveform.Sample(ToDuration(DurationFor(MaxValue.Evaluate(values), area), "duration"), area);
    }

    internal override WaveformStats Stats(IReadOnlyDictionary<string, double> values)
    {
        var area = Area.Evaluate(values);
        return BlackmanWaveform.StatsFor(DurationFor(MaxValue.Evaluate(values), area), area);
    }

    internal override IEnumerable<(string Path, Expr Duration)> Durations() => [];
}
