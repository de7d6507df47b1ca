namespace QuantumDsl.Analog;

/// <summary>A linear ramp (Pulser <c>ramp</c>): sample i is start + (stop − start)·i/(N − 1).</summary>
internal sealed class RampWaveform(Expr duration, Expr start, Expr stop) : Waveform
{
    public Expr Duration { get; } = duration ?? throw new ArgumentNullException(nameof(duration));

    public Expr Start { get; } = start ?? throw new ArgumentNullException(nameof(start));

    public Expr Stop { get; } = stop ?? throw new ArgumentNullException(nameof(stop));

    public override IReadOnlySet<string> VariableNames => Union(Duration, Start, Stop);

    internal override double[] SampleCore(IReadOnlyDictionary<string, double> values)
    {
        var n = ToDuration(Duration.Evaluate(values), "duration");
        double a = Start.Evaluate(values), b = Stop.Evaluate(values);
        var samples = new double[n];
        for (var i = 0; i < n; i++)
        {
            samples[i] = n == 1 ? a : a + ((b - a) * i / (n - 1));
        }

        return samples;
    }

    internal override WaveformStats Stats(IReadOnlyDictionary<string, double> values)
    {
        var d = Math.Round(Duration.Evaluate(values), MidpointRounding.ToEven);
        double a = Start.Evaluate(values), b = Stop.Evaluate(values);
        return new WaveformStats(d, Math.Max(a, b), Math.Min(a, b), (a + b) / 2 * d);
    }

    internal override IEnumerable<(string Path, Expr Duration)> Durations() => [("duration", Duration)];
}
