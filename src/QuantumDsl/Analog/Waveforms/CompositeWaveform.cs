namespace QuantumDsl.Analog;

/// <summary>Waveforms one after the other (Pulser <c>composite</c>).</summary>
internal sealed class CompositeWaveform : Waveform
{
    public CompositeWaveform(IReadOnlyList<Waveform> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0 || parts.Any(p => p is null))
        {
            throw new ArgumentException("A composite waveform needs at least one waveform and no nulls.", nameof(parts));
        }

        Parts = parts.ToList();
    }

    public IReadOnlyList<Waveform> Parts { get; }

    public override IReadOnlySet<string> VariableNames => Parts.SelectMany(p => p.VariableNames).ToHashSet(StringComparer.Ordinal);

    internal override double[] SampleCore(IReadOnlyDictionary<string, double> values) =>
        Parts.SelectMany(p => p.SampleCore(values)).ToArray();

    internal override WaveformStats Stats(IReadOnlyDictionary<string, double> values)
    {
        var parts = Parts.Select(p => p.Stats(values)).ToList();
        return new WaveformStats(parts.Sum(p => p.DurationNs), parts.Max(p => p.Max), parts.Min(p => p.Min), parts.Sum(p => p.IntegralValueNs));
    }

    internal override IEnumerable<(string Path, Expr Duration)> Durations() =>
        Parts.SelectMany((p, i) => p.Durations().Select(d => ($"waveforms[{i}].{d.Path}", d.Duration)));
}
