namespace QuantumDsl.Analog;

/// <summary>A constant value (Pulser <c>constant</c>).</summary>
internal sealed class ConstantWaveform(Expr duration, Expr value, bool followsPulse = false) : Waveform
{
    public Expr Duration { get; } = duration ?? throw new ArgumentNullException(nameof(duration));

    public Expr Value { get; } = value ?? throw new ArgumentNullException(nameof(value));

    /// <summary>Written with duration 0: takes the duration of the pulse's other waveform (Pulser's ConstantDetuning/ConstantAmplitude).</summary>
    public bool FollowsPulse { get; } = followsPulse;

    public override IReadOnlySet<string> VariableNames => Union(Duration, Value);

    internal override double[] SampleCore(IReadOnlyDictionary<string, double> values)
    {
        var samples = new double[ToDuration(Duration.Evaluate(values), "duration")];
        Array.Fill(samples, Value.Evaluate(values));
        return samples;
    }

    internal override WaveformStats Stats(IReadOnlyDictionary<string, double> values)
    {
        var d = FollowsPulse ? 0 : Math.Round(Duration.Evaluate(values), MidpointRounding.ToEven);
        var v = Value.Evaluate(values);
        return new WaveformStats(d, v, v, v * d);
    }

    internal override IEnumerable<(string Path, Expr Duration)> Durations() =>
        FollowsPulse ? [] : [("duration", Duration)];

    /// <summary>This constant stretched to <paramref name="durationNs"/> (for a pulse's constant part).</summary>
    internal ConstantWaveform Stretched(Expr durationNs) => new(durationNs, Value);
}
