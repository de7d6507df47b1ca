namespace QuantumDsl.Analog;

/// <summary>
/// A Blackman window scaled to an area (Pulser <c>blackman</c>): samples are w(i)·area·1000/Σw with numpy's window
/// w(i) = 0.42 − 0.5·cos(2πi/(N−1)) + 0.08·cos(4πi/(N−1)) clipped at 0.
/// </summary>
internal sealed class BlackmanWaveform(Expr duration, Expr area) : Waveform
{
    public Expr Duration { get; } = duration ?? throw new ArgumentNullException(nameof(duration));

    public Expr Area { get; } = area ?? throw new ArgumentNullException(nameof(area));

    public override IReadOnlySet<string> VariableNames => Union(Duration, Area);

    internal override BuiltWaveform Build(IReadOnlyDictionary<string, double> values) =>
        Of(BuiltWaveform.WholeNs(Duration.Evaluate(values)), Area.Evaluate(values));

    internal static BuiltWaveform Of(int n, double area)
    {
        var w = Window.Blackman(n);
        var scale = Scaling(w, area);
        return new BuiltWaveform(w.Select(x => x * scale).ToArray(), d => Of(d, area));
    }

    internal static double Scaling(double[] window, double area) => area / Window.Sum(window) * 1e3;
}
