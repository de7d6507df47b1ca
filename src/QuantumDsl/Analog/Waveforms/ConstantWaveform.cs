namespace QuantumDsl.Analog;

/// <summary>A constant value (Pulser <c>constant</c>).</summary>
internal sealed class ConstantWaveform(Expr duration, Expr value, bool followsPulse = false) : Waveform
{
    public Expr Duration { get; } = duration ?? throw new ArgumentNullException(nameof(duration));

    public Expr Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Written with duration 0: takes the duration of the pulse's other waveform (Pulser's ConstantDetuning/ConstantAmplitude).</summary>
    public bool FollowsPulse { get; } = followsPulse;

    public override IReadOnlySet<string> VariableNames => Union(Duration, Value);

    internal override BuiltWaveform Build(IReadOnlyDictionary<string, double> values) =>
        Of(BuiltWaveform.WholeNs(Duration.Evaluate(values)), Value.Evaluate(values));

    internal static BuiltWaveform Of(int n, double value)
    {
        var samples = new double[n];
        Array.Fill(samples, value);
        return new BuiltWaveform(samples, d => Of(d, value));
    }
}
