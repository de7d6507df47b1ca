namespace QuantumDsl.Analog;

/// <summary>
/// A waveform with its variables bound, as Pulser holds it: one sample per ns, and how to rebuild it with another
/// duration when the channel's clock period rounds the pulse up (null when Pulser cannot change its duration).
/// </summary>
internal sealed record BuiltWaveform(double[] Samples, Func<int, BuiltWaveform>? Resize)
{
    public int Duration => Samples.Length;

    /// <summary>Pulser's <c>int(duration)</c> with its "positive duration" rule.</summary>
    public static int WholeNs(double duration, string path = "duration")
    {
        if (!double.IsFinite(duration) || Math.Truncate(duration) <= 0 || Math.Truncate(duration) > int.MaxValue)
        {
            throw ScheduleException.Rule(path, Violation.Format(duration), "is not a positive duration: a waveform must last at least 1 ns");
        }

        return (int)Math.Truncate(duration);
    }

    public static BuiltWaveform Fixed(double[] samples) => new(samples, null);
}
