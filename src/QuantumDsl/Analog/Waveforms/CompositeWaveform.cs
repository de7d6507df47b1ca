namespace QuantumDsl.Analog;

/// <summary>Waveforms one after the other (Pulser <c>composite</c>); its duration cannot be changed.</summary>
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

    internal override BuiltWaveform Build(IReadOnlyDictionary<string, double> values)
    {
        var samples = new List<double>();
        for (var i = 0; i < Parts.Count; i++)
        {
            try
            {
                samples.AddRange(Parts[i].Build(values).Samples);
            }
            catch (ScheduleException e)
            {
                throw e.Under($"waveforms[{i}]");
            }
        }

        return BuiltWaveform.Fixed([.. samples]);
    }
}
