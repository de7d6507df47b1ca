namespace QuantumDsl.Analog;

/// <summary>
/// A Kaiser window scaled to an area (Pulser <c>kaiser</c>): samples are w(i)·area·1000/Σw with numpy's
/// <c>kaiser(N, beta)</c> window clipped at 0.
/// </summary>
internal sealed class KaiserWaveform(Expr duration, Expr area, Expr beta) : Waveform
{
    public Expr Duration { get; } = duration ?? throw new ArgumentNullException(nameof(duration));

    public Expr Area { get; } = area ?? throw new ArgumentNullException(nameof(area));

    public Expr Beta { get; } = beta ?? throw new ArgumentNullException(nameof(beta));

    public override IReadOnlySet<string> VariableNames => Union(Duration, Area, Beta);

    internal override BuiltWaveform Build(IReadOnlyDictionary<string, double> values) =>
        Of(BuiltWaveform.WholeNs(Duration.Evaluate(values)), Area.Evaluate(values), CheckBeta(Beta.Evaluate(values)));

    internal static double CheckBeta(double beta) => beta >= 0
        ? beta
        : throw ScheduleException.Rule("beta", Violation.Format(beta), "is negative: the Kaiser beta must be at least 0");

    internal static BuiltWaveform Of(int n, double area, double beta)
    {
        var w = Window.Kaiser(n, beta);
        var scale = area / Window.Sum(w) * 1e3;
        return new BuiltWaveform(w.Select(x => x * scale).ToArray(), d => Of(d, area, beta));
    }
}
