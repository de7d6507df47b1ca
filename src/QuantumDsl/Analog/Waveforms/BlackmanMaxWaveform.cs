namespace QuantumDsl.Analog;

/// <summary>
/// A Blackman window given by its area and peak bound (Pulser <c>blackman_max</c>); its duration is the shortest whole
/// number of ns whose peak stays within the bound.
/// </summary>
internal sealed class BlackmanMaxWaveform(Expr maxValue, Expr area) : Waveform
{
    public Expr MaxValue { get; } = maxValue ?? throw new ArgumentNullException(nameof(maxValue));

    public Expr Area { get; } = area ?? throw new ArgumentNullException(nameof(area));

    public override IReadOnlySet<string> VariableNames => Union(MaxValue, Area);

    public static double DurationFor(double maxValue, double area)
    {
        if (!(Math.Abs(maxValue) > 0) || !double.IsFinite(maxValue) || !double.IsFinite(area) || area == 0)
        {
            return double.NaN;
        }

        // Peak ≈ |area|·1000/(0.42·(N − 1)): start just below the estimate and step up.
        var estimate = Math.Abs(area) * 1000 / (0.42 * Math.Abs(maxValue));
        if (estimate > int.MaxValue / 2.0)
        {
            return estimate;
        }

        var n = Math.Max(1, (int)Math.Floor(estimate) - 2);
        while (Math.Abs(BlackmanWaveform.Peak(n, area)) > Math.Abs(maxValue))
        {
            n++;
        }

        return n;
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
