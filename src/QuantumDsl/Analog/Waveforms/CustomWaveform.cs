namespace QuantumDsl.Analog;

/// <summary>Explicit samples, one per ns (Pulser <c>custom</c>); its duration cannot be changed.</summary>
internal sealed class CustomWaveform(IReadOnlyList<double> samples) : Waveform
{
    public IReadOnlyList<double> SampleValues { get; } = samples?.ToArray() ?? throw new ArgumentNullException(nameof(samples));

    public override IReadOnlySet<string> VariableNames => new HashSet<string>();

    internal override BuiltWaveform Build(IReadOnlyDictionary<string, double> values) =>
        SampleValues.Count > 0
            ? BuiltWaveform.Fixed(SampleValues.ToArray())
            : throw ScheduleException.Rule("samples", "[]", "is empty: a waveform must last at least 1 ns");
}
