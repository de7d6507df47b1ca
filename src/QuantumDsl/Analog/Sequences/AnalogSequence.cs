namespace QuantumDsl.Analog;

/// <summary>
/// A built, structurally valid pulse sequence for one device, possibly parametrized by <see cref="Variables"/>
/// (one sequence per analog experiment; each sweep point binds the variables). Immutable. Write it with
/// <see cref="ToAbstractRepr"/>; check a point with <see cref="Validate"/>.
/// </summary>
public sealed class AnalogSequence
{
    internal AnalogSequence(
        string name,
        Device device,
        Register register,
        IReadOnlyList<Variable> variables,
        IReadOnlyList<DeclaredChannel> channels,
        IReadOnlyList<SequenceOperation> operations,
        Basis? measurement,
        RegisterLayout? layout)
    {
        Name = name;
        Device = device;
        Register = register;
        Variables = variables;
        Channels = channels;
        Operations = operations;
        Measurement = measurement;
        Layout = layout;
        _structure = new Lazy<IReadOnlyList<Violation>>(() => SequenceChecks.Structure(
            device, register, variables, channels, channels.Select(c => c.Name).ToList(), operations, measurement));
    }

    private readonly Lazy<IReadOnlyList<Violation>> _structure;

    /// <summary>The sequence name.</summary>
    public string Name { get; }

    /// <summary>The device it runs on.</summary>
    public Device Device { get; }

    /// <summary>The atoms.</summary>
    public Register Register { get; }

    /// <summary>The trap layout derived from the register when the device requires one, else null.</summary>
    public RegisterLayout? Layout { get; }

    /// <summary>Declared variables, in declaration order.</summary>
    public IReadOnlyList<Variable> Variables { get; }

    /// <summary>Declared channels, in declaration order.</summary>
    public IReadOnlyList<DeclaredChannel> Channels { get; }

    /// <summary>The operations, in order (indices match the written <c>operations</c> array).</summary>
    public IReadOnlyList<SequenceOperation> Operations { get; }

    /// <summary>The measurement basis, or null when not measured.</summary>
    public Basis? Measurement { get; }

    /// <summary>The Pulser abstract representation (JSON string, <c>version "1"</c>) valid against <c>sequence-schema.json</c>.</summary>
    public string ToAbstractRepr() => AbstractReprWriter.ToJson(this);

    /// <summary>
    /// Every violation of this sequence with <paramref name="variables"/> bound (by wire name) and
    /// <paramref name="runs"/> shots: missing or unknown variables, device limits on amplitudes, detunings, durations,
    /// the sequence duration, the register and runs. Paths are wire paths (for example <c>operations[0].amplitude</c>).
    /// </summary>
    public IReadOnlyList<Violation> Validate(IReadOnlyDictionary<string, double> variables, int runs)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return SequenceChecks.Values(this, variables, runs);
    }

    /// <summary>Total duration in ns with <paramref name="variables"/> bound (as scheduled by the protocols, ignoring modulation buffers).</summary>
    public long DurationNs(IReadOnlyDictionary<string, double> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return SequenceTimeline.TotalNs(this, variables);
    }

    internal IReadOnlyList<Violation> StructuralViolations => _structure.Value;

    internal DeclaredChannel? FindChannel(string name) => Channels.FirstOrDefault(c => c.Name == name);
}
