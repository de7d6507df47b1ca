namespace QuantumDsl.Analog;

/// <summary>A linear ramp (Pulser <c>ramp</c>): sample i is start + i·(stop − start)/(N − 1), clipped to [start, stop].</summary>
internal sealed class RampWaveform(Expr duration, Expr start, Expr stop) : Waveform
{
    public Expr Duration { get; } = duration ?? throw new ArgumentNullException(nameof(duration));

    public Expr Start { get; } = start ?? throw new ArgumentNullException(nameof(start));

    public Expr Stop { get; } = stop ?? throw new ArgumentNullException(nameof(stop));

    public override IReadOnlySet<string> VariableNames => Union(Duration, Start, Stop);

    internal override BuiltWaveform Build(IReadOnlyDictionary<string, double> values) =>
        Of(BuiltWaveform.WholeNs(Duration.Evaluate(values)), Start.Evaluate(values), Stop.Evaluate(values));

    private static BuiltWaveform Of(int n, double a, double b)
    {
        var slope = (b - a) / (n - 1);
        double lo = Math.Min(a, b), hi = Math.Max(a, b);
        var samples = new double[n];
        for (var i = 0; i < n; i++)
        {
            var x = (slope * i) + a;
            samples[i] = double.IsNaN(x) ? x : Math.Min(Math.Max(x, lo), hi);
        }

        return new BuiltWaveform(samples, d => Of(d, a, b));
    }
}
