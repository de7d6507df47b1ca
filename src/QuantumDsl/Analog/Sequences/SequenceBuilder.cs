namespace QuantumDsl.Analog;

/// <summary>
/// Builds an <see cref="AnalogSequence"/> for a named device, fluently, in Pulser's order: register, channels,
/// operations, measurement. Nothing throws until <see cref="Build"/>, which reports every structural error at once.
/// </summary>
public sealed partial class SequenceBuilder
{
    private readonly List<Variable> _variables = [];
    private readonly List<(string Name, string ChannelId)> _channels = [];
    private readonly List<SequenceOperation> _operations = [];
    private readonly List<Basis> _measurements = [];
    private readonly List<Register> _registers = [];
    private MappableRegister? _mappable;
    private readonly DeviceCatalog _catalog;

    /// <summary>A builder for the device <paramref name="deviceName"/> of <see cref="DeviceCatalog.Default"/>.</summary>
    public SequenceBuilder(string deviceName)
        : this(deviceName, DeviceCatalog.Default)
    {
    }

    /// <summary>A builder for the device <paramref name="deviceName"/> of <paramref name="catalog"/>.</summary>
    public SequenceBuilder(string deviceName, DeviceCatalog catalog)
    {
        DeviceName = deviceName ?? throw new ArgumentNullException(nameof(deviceName));
        _catalog = catalog ?? throw new ArgumentNullException(nameof(catalog));
    }

    /// <summary>The device name.</summary>
    public string DeviceName { get; }

    /// <summary>The sequence name (Pulser's default <c>pulser-exported</c>).</summary>
    public string Name { get; private set; } = "pulser-exported";

    /// <summary>Sets the sequence name.</summary>
    public SequenceBuilder Named(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        return this;
    }

    /// <summary>Declares a variable (written even when no operation reads it); declaring it again is a no-op.</summary>
    public SequenceBuilder DeclareVariable(Variable variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (!_variables.Any(v => ReferenceEquals(v, variable) || (v.Name == variable.Name && v.Type == variable.Type)))
        {
            _variables.Add(variable);
        }

        return this;
    }

    /// <summary>Sets the register (once).</summary>
    public SequenceBuilder Register(Register register)
    {
        ArgumentNullException.ThrowIfNull(register);
        _registers.Add(register);
        return this;
    }

    /// <summary>
    /// Sets a mappable register (instead of <see cref="Register(Analog.Register)"/>): the qubits are placed on
    /// <see cref="MappableRegister.Layout"/> by each job's <c>qubits</c> map.
    /// </summary>
    public SequenceBuilder Register(MappableRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        _mappable = register;
        _registers.Add(register.Placeholder);
        return this;
    }

    /// <summary>
    /// Declares channel <paramref name="name"/> on device channel <paramref name="channelId"/> (see <see cref="Channels"/>);
    /// for a local channel, <paramref name="initialTargets"/> (qubit ids) are written as a leading <c>target</c>.
    /// </summary>
    public SequenceBuilder Channel(string name, string channelId, params string[] initialTargets)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentNullException.ThrowIfNull(initialTargets);
        _channels.Add((name, channelId));
        if (initialTargets.Length > 0)
        {
            _operations.Add(new TargetOperation(name, initialTargets));
        }

        return this;
    }

    /// <summary>Adds <paramref name="pulse"/> on <paramref name="channel"/>.</summary>
    public SequenceBuilder Add(Pulse pulse, string channel, Protocol protocol = Protocol.MinDelay)
    {
        ArgumentNullException.ThrowIfNull(pulse);
        ArgumentNullException.ThrowIfNull(channel);
        _operations.Add(new PulseOperation(channel, pulse, protocol));
        return this;
    }

    /// <summary>Idles <paramref name="channel"/> for <paramref name="durationNs"/>.</summary>
    public SequenceBuilder Delay([DeviceLimit(DeviceQuantity.DurationNs)] Expr durationNs, string channel)
    {
        ArgumentNullException.ThrowIfNull(durationNs);
        ArgumentNullException.ThrowIfNull(channel);
        _operations.Add(new DelayOperation(channel, durationNs));
        return this;
    }

    /// <summary>Waits until <paramref name="channels"/> (default: every channel declared so far) are all free.</summary>
    public SequenceBuilder Align(params string[] channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        _operations.Add(new AlignOperation(channels.Length > 0 ? channels : _channels.Select(c => c.Name).ToArray()));
        return this;
    }

    /// <summary>Points the local channel <paramref name="channel"/> at the atoms <paramref name="atomIds"/>.</summary>
    public SequenceBuilder Target(string channel, params string[] atomIds)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(atomIds);
        _operations.Add(new TargetOperation(channel, atomIds));
        return this;
    }

    /// <summary>Shifts the phase reference of <paramref name="atomIds"/> in <paramref name="basis"/> by <paramref name="phi"/> rad.</summary>
    public SequenceBuilder PhaseShift(Expr phi, Basis basis, params string[] atomIds)
    {
        ArgumentNullException.ThrowIfNull(phi);
        ArgumentNullException.ThrowIfNull(atomIds);
        _operations.Add(new PhaseShiftOperation(phi, atomIds, basis));
        return this;
    }

    /// <summary>Measures in <paramref name="basis"/> (once, last).</summary>
    public SequenceBuilder Measure(Basis basis)
    {
        _measurements.Add(basis);
        return this;
    }

    /// <summary>The sequence.</summary>
    /// <exception cref="ExperimentValidationException">Every structural error: unknown device or channel, channel not
    /// on the device, unsupported basis, register too big / too close / too far / wrong dimensions, undeclared
    /// variables, operations on undeclared channels, targets, layout.</exception>
    public AnalogSequence Build()
    {
        var violations = new List<Violation>();
        if (!_catalog.TryGet(DeviceName, out var device))
        {
            violations.Add(Violation.Rule("device", DeviceName, $"is not a known device; known devices: {string.Join(", ", _catalog.Names)}"));
            throw new ExperimentValidationException(violations);
        }

        if (_registers.Count == 0)
        {
            violations.Add(Violation.Rule("register", "none", "is missing: call Register(...) before Build()"));
        }
        else if (_registers.Count > 1)
        {
            violations.Add(Violation.Rule("register", _registers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), "registers were set; a sequence has exactly one"));
        }

        var register = _registers.Count > 0 ? _registers[0] : null;
        var channels = new List<DeclaredChannel>();
        foreach (var (name, id) in _channels)
        {
            var path = $"channels.{name}";
            var channel = device.FindChannel(id);
            if (channels.Any(c => c.Name == name))
            {
                violations.Add(Violation.Rule(path, id, "is declared twice: channel names are unique"));
            }
            else if (channel is null)
            {
                violations.Add(Violation.Rule(path, id, $"is not a channel of {device.Name}; its channels: {string.Join(", ", device.Channels.Select(c => c.Id))}"));
            }
            else if (channels.Any(c => c.Channel.Id == id))
            {
                violations.Add(Violation.Rule(path, id, $"is already declared as '{channels.First(c => c.Channel.Id == id).Name}': {device.Name} does not reuse channels"));
            }
            else
            {
                channels.Add(new DeclaredChannel(name, channel));
            }
        }

        var measurement = _measurements.Count > 0 ? _measurements[^1] : (Basis?)null;
        var operations = _operations.ToList();
        violations.AddRange(SequenceChecks.Structure(device, register, _variables, channels, _channels.Select(c => c.Name).ToList(), operations, measurement, checkRegister: _mappable is null));
        if (_measurements.Count > 1)
        {
            violations.Add(Violation.Rule("measurement", string.Join(", ", _measurements.Select(m => m.ToWire())), "is set more than once: a sequence is measured once"));
        }

        if (register is null)
        {
            throw new ExperimentValidationException(violations);
        }

        RegisterLayout? layout = _mappable?.Layout ?? register.Layout;
        if (layout is not null)
        {
            violations.AddRange(LayoutRules.Check(device, layout, register.Count));
        }
        else if (device.RequiresLayout && violations.Count == 0)
        {
            if (!device.AcceptsNewLayouts)
            {
                violations.Add(Violation.Rule("layout", "none", $"is required by {device.Name}, which accepts only its pre-calibrated layouts (not modelled)"));
            }
            else if (register.Dimensions != 2)
            {
                violations.Add(Violation.Rule("layout", "3D", $"cannot be derived: {device.Name} layouts are 2D"));
            }
            else
            {
                layout = LayoutGenerator.Derive(register, device, out var error);
                if (layout is null)
                {
                    violations.Add(Violation.Rule("layout", "derived", error!));
                }
            }
        }

        ExperimentValidationException.ThrowIfAny(violations);
        return new AnalogSequence(Name, device, register, _variables.ToList(), channels, operations, measurement, layout)
        {
            MappableDefaultTraps = _mappable is null ? null : _mappable.QubitIds.Select((_, i) => _mappable.DefaultTraps is { } d ? d[i] : (int?)null).ToList(),
        };
    }
}
