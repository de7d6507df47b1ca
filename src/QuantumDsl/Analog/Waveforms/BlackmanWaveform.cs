namespace QuantumDsl.Analog;

/// <summary>
/// A Blackman window scaled to an area (Pulser <c>blackman</c>): samples are area·w(i)/Σw / 1 ns with
/// w(i) = 0.42 − 0.5·cos(2πi/(N−1)) + 0.08·cos(4πi/(N−1)); Σw = 0.42·(N − 1).
/// </summary>
internal sealed class BlackmanWaveform(Expr duration, Expr area) : Waveform
{
    private const double NsPerUs = 1000;

    public Expr Duration { get; } = duration ?? throw new ArgumentNullException(nameof(duration));

    public Expr Area { get; } = area ?? throw new ArgumentNullException(nameof(area));

    public override IReadOnlySet<string> VariableNames => Union(Duration, Area);

    /// <summary>Window value at sample <paramref name="i"/> of <paramref name="n"/>, clipped at 0 as numpy's rounding may dip below.</summary>
    public static double Window(int i, int n) => n == 1
        ? 1
        : Math.Max(0, 0.42 - (0.5 * Math.Cos(2 * Math.PI * i / (n - 1))) + (0.08 * Math.Cos(4 * Math.PI * i / (n - 1))));

    /// <summary>Peak sample (rad/µs) of a window of <paramref name="n"/> ns and <paramref name="area"/> rad.</summary>
    public static double Peak(int n, double area) => area * NsPerUs * Window(n / 2, n) / WindowSum(n);

    public static double WindowSum(int n) => n == 1 ? 1 : 0.42 * (n - 1);

    internal override double[] SampleCore(IReadOnlyDictionary<string, double> values) =>
        Sample(ToDuration(Duration.Evaluate(values), "duration"), Area.Evaluate(values));

    internal static double[] Sample(int n, double area)
    {
        var samples = new double[n];
        var scale = area * NsPerUs / WindowSum(n);
        for (var i = 0; i < n; i++)
        {
            samples[i] = Window(i, n) * scale;
        }

        return samples;
    }

    internal override WaveformStats Stats(IReadOnlyDictionary<string, double> values) =>
        StatsFor(Math.Round(Duration.Evaluate(values), MidpointRounding.ToEven), Area.Evaluate(values));

    internal static WaveformStats StatsFor(double d, double area)
    {
        var peak = d >= 1 && d <= int.MaxValue ? Peak((int)d, area) : double.NaN;
        return new WaveformStats(d, Math.Max(peak, 0), Math.Min(peak, 0), area * NsPerUs);
    }

    internal override IEnumerable<(string Path, Expr Duration)> Durations() => [("duration", Duration)];
}
