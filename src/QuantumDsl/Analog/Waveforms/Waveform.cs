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

    /// <summary>One sample per ns with the variables bound from <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">The bound duration is not a positive whole number of ns.</exception>
    public double[] Samples(IReadOnlyDictionary<string, double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return SampleCore(values);
    }

    internal abstract double[] SampleCore(IReadOnlyDictionary<string, double> values);

    /// <summary>Duration, extremes and integral with the variables bound (no per-ns sampling).</summary>
    internal abstract WaveformStats Stats(IReadOnlyDictionary<string, double> values);

    /// <summary>The duration expressions with their paths relative to this waveform (for duration checks).</summary>
    internal abstract IEnumerable<(string Path, Expr Duration)> Durations();

    internal static int ToDuration(double durationNs, string what)
    {
        var rounded = Math.Round(durationNs, MidpointRounding.ToEven);
        if (!double.IsFinite(durationNs) || rounded < 1 || rounded > int.MaxValue)
        {
            throw new ArgumentException($"{what}: {Expr.Format(durationNs)} is not a positive duration in ns.");
        }

        return (int)rounded;
    }

    internal static IReadOnlySet<string> Union(params Expr[] expressions) =>
        expressions.SelectMany(e => e.VariableNames).ToHashSet(StringComparer.Ordinal);
}

/// <summary>Bound facts about a waveform: duration (ns), extreme samples and integral (value × ns).</summary>
internal readonly record struct WaveformStats(double DurationNs, double Max, double Min, double IntegralValueNs)
{
    public double Average => DurationNs > 0 ? IntegralValueNs / DurationNs : 0;
}
