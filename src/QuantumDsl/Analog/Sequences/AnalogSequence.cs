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
            device, register, variables, channels, channels.Select(c => c.Name).ToList(), operations, measurement, MappableDefaultTraps is null));
    }

    private readonly Lazy<IReadOnlyList<Violation>> _structure;

    /// <summary>The sequence name.</summary>
    public string Name { get; }

    /// <summary>The device it runs on.</summary>
    public Device Device { get; }

    /// <summary>The atoms.</summary>
    public Register Register { get; }

    /// <summary>
    /// The trap layout: the one the register was defined on (<see cref="RegisterLayout.DefineRegister(int[])"/>) or a
    /// mappable register's, else one derived from the register when the device requires a layout, else null.
    /// </summary>
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

    /// <summary>
    /// Every violation of this sequence for one job: <paramref name="variables"/> as arrays (size-1 arrays for scalars;
    /// an array variable needs exactly its size), <paramref name="qubits"/> the {qubit id: trap id} map of a mappable
    /// register (null otherwise, or to use each qubit's default trap) and <paramref name="runs"/> shots — the checks
    /// of <see cref="Validate"/>, with the register placed as Pulser's
    /// <c>build(qubits=...)</c> places it (the map must name the first k qubit ids, distinct traps of the layout).
    /// </summary>
    public IReadOnlyList<Violation> ValidateJob(IReadOnlyDictionary<string, double[]> variables, IReadOnlyDictionary<string, int>? qubits, int runs)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return SequenceChecks.JobValues(this, variables, qubits, runs);
    }

    /// <summary>
    /// Total duration in ns with <paramref name="variables"/> bound, exactly as Pulser's
    /// <c>seq.build(**variables).get_duration()</c>: clock-period rounding, phase-jump buffers, fall times before
    /// <c>align</c>/<c>target</c>/<c>delay(at_rest)</c> and protocol delays included.
    /// </summary>
    /// <exception cref="ExperimentValidationException">The bound sequence breaks a rule Pulser enforces when building.</exception>
    public long DurationNs(IReadOnlyDictionary<string, double> variables) => Sample(variables).DurationNs;

    /// <summary>
    /// The samples Pulser's <c>sample(seq.build(**variables))</c> gives (per channel, and per qubit as
    /// <c>to_nested_dict(all_local=True)</c>), for scalar variables.
    /// </summary>
    /// <exception cref="ExperimentValidationException">A variable is missing or the bound sequence breaks a rule Pulser enforces when building.</exception>
    public AnalogSamples Sample(IReadOnlyDictionary<string, double> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return Sample(variables.ToDictionary(kv => kv.Key, kv => new[] { kv.Value }, StringComparer.Ordinal), null);
    }

    /// <summary>
    /// The samples for variables given as arrays (size-1 arrays for scalars) and, for a mappable register, the
    /// <paramref name="qubits"/> map {qubit id: trap id} (Pulser's <c>build(qubits=..., **variables)</c>; unmapped qubits
    /// are left out, as Pulser does).
    /// </summary>
    /// <exception cref="ExperimentValidationException">A variable or the qubit map is wrong, or the bound sequence breaks a rule Pulser enforces when building.</exception>
    public AnalogSamples Sample(IReadOnlyDictionary<string, double[]> variables, IReadOnlyDictionary<string, int>? qubits, CancellationToken cancellationToken = default)
    {
        ExperimentValidationException.ThrowIfAny(StructuralViolations);
        var (bindings, register) = SequenceBinding.Bind(this, variables, qubits);
        var ids = register.Atoms.Select(a => a.Id).ToList();
        var schedule = Scheduler.Run(this, bindings, ids, cancellationToken, register.Atoms);
        ExperimentValidationException.ThrowIfAny(schedule.AllViolations);
        return Sampler.Sample(schedule, ids);
    }

    /// <summary>
    /// The register a job runs on: <see cref="Register"/>, or for a mappable register the qubits of
    /// <paramref name="qubits"/> placed on their layout traps (register order kept, unmapped qubits left out).
    /// </summary>
    /// <exception cref="ExperimentValidationException">The map names unknown qubits or traps, or is missing for a mappable register.</exception>
    public Register BuildRegister(IReadOnlyDictionary<string, int>? qubits) => SequenceBinding.PlaceRegister(this, qubits);

    /// <summary>
    /// Reads a sequence in Pulser's abstract representation (what <c>Sequence.to_abstract_repr()</c> writes), into the
    /// same model the DSL builds: write it back with <see cref="ToAbstractRepr"/>, bind its variables with
    /// <see cref="Validate"/>/<see cref="Sample(IReadOnlyDictionary{string, double})"/>.
    /// </summary>
    /// <exception cref="AbstractReprException">The JSON is malformed or breaks the schema; the message names the JSON path and the reason.</exception>
    public static AnalogSequence FromAbstractRepr(string json) => AbstractReprReader.Read(json);

    /// <summary>Whether the register is mappable (qubit ids placed on layout traps per job).</summary>
    public bool IsRegisterMappable => MappableDefaultTraps is not null;

    /// <summary>For a mappable register, each qubit's <c>default_trap</c> (null when not given); null otherwise.</summary>
    internal IReadOnlyList<int?>? MappableDefaultTraps { get; init; }

    /// <summary>The device object exactly as read (written back unchanged), or null when the device is written from <see cref="Device"/>.</summary>
    internal string? DeviceJson { get; init; }

    /// <summary>The layout object exactly as read (written back unchanged), or null.</summary>
    internal string? LayoutJson { get; init; }

    /// <summary>Whether the device was given by name (a string <c>device</c>).</summary>
    internal bool DeviceByName { get; init; }

    /// <summary>Top-level fields read and written back unchanged (<c>metadata</c>, <c>pulser_version</c>, <c>magnetic_field</c>, <c>$schema</c>).</summary>
    internal IReadOnlyList<KeyValuePair<string, string>> ExtraFields { get; init; } = [];

    /// <summary>
    /// The top-level <c>slm_mask_targets</c> (how Pulser writes an XY sequence's SLM mask, and older JSON any mask):
    /// <c>config_slm_mask(targets, "dmm_0")</c> applied right after the channels are declared; null when absent.
    /// </summary>
    internal IReadOnlyList<string>? SlmMaskTargets { get; init; }

    internal IReadOnlyList<Violation> StructuralViolations => _structure.Value;

    internal DeclaredChannel? FindChannel(string name) => Channels.FirstOrDefault(c => c.Name == name);
}
