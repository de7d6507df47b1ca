namespace QuantumDsl.Analog;

/// <summary>
/// A time profile of amplitude or detuning (rad/µs) sampled every ns, as in Pulser. Parameters are
/// <see cref="Expr"/>s (constants, variables, expressions); values are known once variables are bound.
/// Create with the static factories (<see cref="Constant"/>, <see cref="Ramp"/>, <see cref="Blackman"/>,
/// <see cref="BlackmanMax"/>, <see cref="Interpolated"/>, <see cref="Composite"/>).
/// </summary>
public abstract class Waveform
{
    private protected Waveform()
    {
    }

    /// <summary>The variables this waveform reads.</summary>
    public abstract IReadOnlySet<string> VariableNames { get; }

    /// <summary>A constant <paramref name="value"/> for <paramref name="durationNs"/>.</summary>
    public static Waveform Constant([DeviceLimit(DeviceQuantity.DurationNs)] Expr durationNs, Expr value) =>
        new ConstantWaveform(durationNs, value);

    /// <summary>A linear ramp from <paramref name="start"/> to <paramref name="stop"/> over <paramref name="durationNs"/>.</summary>
    public static Waveform Ramp([DeviceLimit(DeviceQuantity.DurationNs)] Expr durationNs, Expr start, Expr stop) =>
        new RampWaveform(durationNs, start, stop);

    /// <summary>A Blackman window over <paramref name="durationNs"/> whose integral is <paramref name="area"/> (rad).</summary>
    public static Waveform Blackman([DeviceLimit(DeviceQuantity.DurationNs)] Expr durationNs, Expr area) =>
        new BlackmanWaveform(durationNs, area);

    /// <summary>
    /// A Blackman window of integral <paramref name="area"/> (rad) whose peak is at most <paramref name="maxValue"/>
    /// (same sign); the duration follows Pulser's <c>from_max_val</c> (Pulser's <c>blackman_max</c>).
    /// </summary>
    public static Waveform BlackmanMax(Expr maxValue, Expr area) => new BlackmanMaxWaveform(maxValue, area);

    /// <summary>
    /// A monotone cubic (PCHIP) interpolation of <paramref name="values"/> at <paramref name="times"/> (fractions 0..1 of
    /// <paramref name="durationNs"/>; default evenly spaced).
    /// </summary>
    public static Waveform Interpolated([DeviceLimit(DeviceQuantity.DurationNs)] Expr durationNs, IReadOnlyList<double> values, IReadOnlyList<double>? times = null) =>
        new InterpolatedWaveform(durationNs, values, times);

    /// <summary>The waveforms one after the other.</summary>
    public static Waveform Composite(params Waveform[] waveforms) => new CompositeWaveform(waveforms);

    /// <summary>A Kaiser window over <paramref name="durationNs"/> whose integral is <paramref name="area"/> (rad) (Pulser's <c>kaiser</c>).</summary>
    public static Waveform Kaiser([DeviceLimit(DeviceQuantity.DurationNs)] Expr durationNs, Expr area, Expr? beta = null) =>
        new KaiserWaveform(durationNs, area, beta ?? 14.0);

    /// <summary>A Kaiser window of integral <paramref name="area"/> whose peak is at most <paramref name="maxValue"/> (Pulser's <c>kaiser_max</c>).</summary>
    public static Waveform KaiserMax(Expr maxValue, Expr area, Expr? beta = null) => new KaiserMaxWaveform(maxValue, area, beta ?? 14.0);

    /// <summary>Explicit samples, one per ns (Pulser's <c>custom</c>).</summary>
    public static Waveform Custom(IReadOnlyList<double> samples) => new CustomWaveform(samples);

    /// <summary>One sample per ns with the variables bound from <paramref name="values"/>, exactly as Pulser samples it.</summary>
    /// <exception cref="ExperimentValidationException">The bound parameters break a waveform rule (for example a duration below 1 ns).</exception>
    public double[] Samples(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        try
        {
            return Build(values).Samples;
        }
        catch (ScheduleException e)
        {
            throw new ExperimentValidationException([e.Violation]);
        }
    }

    /// <summary>The waveform with its variables bound (Pulser's built waveform).</summary>
    internal abstract BuiltWaveform Build(IReadOnlyDictionary<string, double> values);

    internal static IReadOnlySet<string> Union(params Expr[] expressions) =>
        expressions.SelectMany(e => e.VariableNames).ToHashSet(StringComparer.Ordinal);
}
