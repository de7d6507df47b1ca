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

    /// <summary>
    /// Amplitude <paramref name="amplitude"/> with the phase following <paramref name="phase"/> (rad) over time
    /// (Pulser's <c>Pulse.ArbitraryPhase</c>, written as <c>pulse_arbitrary_phase</c>): the detuning is −dφ/dt and the
    /// constant phase φ(0) + δ(0)·1e-3.
    /// </summary>
    public static Pulse ArbitraryPhase(Waveform amplitude, Waveform phase, Expr? postPhaseShift = null) =>
        new(amplitude ?? throw new ArgumentNullException(nameof(amplitude)), phase ?? throw new ArgumentNullException(nameof(phase)), 0, postPhaseShift, arbitraryPhase: true);

    private Pulse(Waveform amplitude, Waveform phase, Expr phaseOffset, Expr? postPhaseShift, bool arbitraryPhase)
        : this(amplitude, phase, phaseOffset, postPhaseShift) => IsArbitraryPhase = arbitraryPhase;

    /// <summary>Whether <see cref="Detuning"/> holds the phase waveform of <see cref="ArbitraryPhase"/> (rad, not rad/µs).</summary>
    public bool IsArbitraryPhase { get; }

    /// <summary>One sample per ns of Ω and δ with variables bound (a constant part takes the other waveform's length).</summary>
    /// <exception cref="ExperimentValidationException">The bound parameters break a waveform or pulse rule.</exception>
    public (double[] Amplitude, double[] Detuning) Samples(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        try
        {
            var built = Build(values);
            return (built.Amplitude.Samples, built.Detuning.Samples);
        }
        catch (ScheduleException e)
        {
            throw new ExperimentValidationException([e.Violation]);
        }
    }

    /// <summary>Pulser's <c>Pulse</c> built from this one: waveforms, phase (mod 2π) and post phase shift (mod 2π).</summary>
    internal BuiltPulse Build(IReadOnlyDictionary<string, double> values)
    {
        BuiltWaveform amp, det;
        double phase;
        if (IsArbitraryPhase)
        {
            amp = Part("amplitude", () => Amplitude.Build(values));
            var phi = Part("phase", () => Detuning.Build(values));
            det = Detuning switch
            {
                ConstantWaveform => ConstantWaveform.Of(phi.Duration, 0),
                RampWaveform r => ConstantWaveform.Of(phi.Duration, -((r.Stop.Evaluate(values) - r.Start.Evaluate(values)) / (phi.Duration - 1)) * 1e3),
                _ => BuiltWaveform.Fixed(Derivative(phi.Samples)),
            };
            phase = phi.Samples[0] + (det.Samples[0] * 1e-3);
        }
        else if (Amplitude is ConstantWaveform { FollowsPulse: true } a)
        {
            det = Part("detuning", () => Detuning.Build(values));
            amp = ConstantWaveform.Of(det.Duration, a.Value.Evaluate(values));
            phase = Phase.Evaluate(values);
        }
        else
        {
            amp = Part("amplitude", () => Amplitude.Build(values));
            det = Detuning is ConstantWaveform { FollowsPulse: true } d
                ? ConstantWaveform.Of(amp.Duration, d.Value.Evaluate(values))
                : Part("detuning", () => Detuning.Build(values));
            phase = Phase.Evaluate(values);
        }

        if (det.Duration != amp.Duration)
        {
            throw ScheduleException.Rule("detuning", $"{det.Duration} ns", $"differs from the amplitude's duration {amp.Duration} ns: the durations of detuning and amplitude waveforms must match");
        }

        var constantDetuning = IsArbitraryPhase ? Detuning is ConstantWaveform or RampWaveform : Detuning is ConstantWaveform;
        return new BuiltPulse(amp, det, Mod2Pi(phase), Mod2Pi(PostPhaseShift.Evaluate(values)))
        {
            IsDetunedDelay = Amplitude is ConstantWaveform && amp.Samples[0] == 0 && constantDetuning,
        };
    }

    internal static double Mod2Pi(double x)
    {
        var r = x % (2 * Math.PI);
        return r < 0 ? r + (2 * Math.PI) : r + 0.0;
    }

    private static BuiltWaveform Part(string path, Func<BuiltWaveform> build)
    {
        try
        {
            return build();
        }
        catch (ScheduleException e)
        {
            throw e.Under(path);
        }
    }

    private static double[] Derivative(double[] phi)
    {
        var det = new double[phi.Length];
        for (var i = 1; i < phi.Length; i++)
        {
            det[i] = -(phi[i] - phi[i - 1]) * 1e3;
        }

        det[0] = phi.Length > 1 ? det[1] : -0.0;
        return det;
    }
}

/// <summary>A pulse with its variables bound (Pulser's <c>Pulse</c>): phases already reduced mod 2π.</summary>
internal sealed record BuiltPulse(BuiltWaveform Amplitude, BuiltWaveform Detuning, double Phase, double PostPhaseShift)
{
    public int Duration => Amplitude.Duration;

    /// <summary>Pulser's <c>is_detuned_delay</c>: zero constant amplitude with a constant detuning.</summary>
    public bool IsDetunedDelay { get; init; }
}
