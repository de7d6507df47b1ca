namespace QuantumDsl.Analog;

/// <summary>
/// A pulse on one channel: amplitude Ω(t) and detuning δ(t) waveforms of the same duration (rad/µs), a phase and a
/// phase shift applied after it (rad). Durations in ns.
/// </summary>
public sealed class Pulse
{
    /// <summary>A pulse from two waveforms of equal duration.</summary>
    public Pulse(Waveform amplitude, Waveform detuning, Expr? phase = null, Expr? postPhaseShift = null)
    {
        Amplitude = amplitude ?? throw new ArgumentNullException(nameof(amplitude));
        Detuning = detuning ?? throw new ArgumentNullException(nameof(detuning));
        Phase = phase ?? 0;
        PostPhaseShift = postPhaseShift ?? 0;
    }

    /// <summary>Ω(t), rad/µs.</summary>
    public Waveform Amplitude { get; }

    /// <summary>δ(t), rad/µs.</summary>
    public Waveform Detuning { get; }

    /// <summary>Phase φ in rad.</summary>
    public Expr Phase { get; }

    /// <summary>Phase shift applied to the addressed atoms after the pulse, rad.</summary>
    public Expr PostPhaseShift { get; }

    /// <summary>The variables this pulse reads.</summary>
    public IReadOnlySet<string> VariableNames =>
        Amplitude.VariableNames.Concat(Detuning.VariableNames).Concat(Phase.VariableNames).Concat(PostPhaseShift.VariableNames)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>Constant Ω and δ for <paramref name="durationNs"/> (Pulser's <c>Pulse.ConstantPulse</c>).</summary>
    public static Pulse Constant(
        [DeviceLimit(DeviceQuantity.DurationNs)] Expr durationNs,
        [DeviceLimit(DeviceQuantity.Amplitude)] Expr amplitude,
        [DeviceLimit(DeviceQuantity.Detuning)] Expr detuning,
        Expr? phase = null,
        Expr? postPhaseShift = null) =>
        new(new ConstantWaveform(durationNs, amplitude), new ConstantWaveform(durationNs, detuning), phase, postPhaseShift);

    /// <summary>Amplitude <paramref name="amplitude"/> with a constant <paramref name="detuning"/> over its duration (Pulser's <c>Pulse.ConstantDetuning</c>).</summary>
    public static Pulse ConstantDetuning(
        Waveform amplitude,
        [DeviceLimit(DeviceQuantity.Detuning)] Expr detuning,
        Expr? phase = null,
        Expr? postPhaseShift = null) =>
        new(amplitude, new ConstantWaveform(0, detuning, followsPulse: true), phase, postPhaseShift);

    /// <summary>A constant <paramref name="amplitude"/> over the duration of <paramref name="detuning"/> (Pulser's <c>Pulse.ConstantAmplitude</c>).</summary>
    public static Pulse ConstantAmplitude(
        [DeviceLimit(DeviceQuantity.Amplitude)] Expr amplitude,
        Waveform detuning,
        Expr? phase = null,
        Expr? postPhaseShift = null) =>
        new(new ConstantWaveform(0, amplitude, followsPulse: true), detuning, phase, postPhaseShift);

    /// <summary>One sample per ns of Ω and δ with variables bound (a constant part takes the other waveform's length).</summary>
    public (double[] Amplitude, double[] Detuning) Samples(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (Amplitude is ConstantWaveform { FollowsPulse: true } a)
        {
            var det = Detuning.Samples(values);
            return (Filled(det.Length, a.Value.Evaluate(values)), det);
        }

        var amp = Amplitude.Samples(values);
        return Detuning is ConstantWaveform { FollowsPulse: true } d
            ? (amp, Filled(amp.Length, d.Value.Evaluate(values)))
            : (amp, Detuning.Samples(values));
    }

    private static double[] Filled(int length, double value)
    {
        var samples = new double[length];
        Array.Fill(samples, value);
        return samples;
    }
}
