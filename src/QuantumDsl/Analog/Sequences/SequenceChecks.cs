namespace QuantumDsl.Analog;

/// <summary>The rules of a sequence: structural (checked by <see cref="SequenceBuilder.Build"/>) and bound values
/// (checked by <see cref="AnalogSequence.Validate"/>).</summary>
internal static class SequenceChecks
{
    private const double DistanceToleranceUm = 1e-6;

    public static List<Violation> Structure(
        Device device,
        Register? register,
        IReadOnlyList<Variable> variables,
        IReadOnlyList<DeclaredChannel> channels,
        IReadOnlyList<string> declaredNames,
        IReadOnlyList<SequenceOperation> operations,
        Basis? measurement,
        bool checkRegister = true)
    {
        var v = new List<Violation>();
        if (register is not null && checkRegister)
        {
            CheckRegister(device, register, v);
        }

        foreach (var clash in variables.GroupBy(x => x.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            v.Add(Violation.Rule($"variables.{clash.Key}", "int and float", "is declared with two types"));
        }

        var declaredVariables = variables.Select(x => x.Name).ToHashSet(StringComparer.Ordinal);
        var local = channels.Where(c => c.Channel.IsLocal).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var targeted = new HashSet<string>(StringComparer.Ordinal);
        var dmmIds = new List<string>();
        for (var i = 0; i < operations.Count; i++)
        {
            var path = $"operations[{i}]";
            var op = operations[i];
            foreach (var name in ReadVariables(op).Where(n => !declaredVariables.Contains(n)))
            {
                v.Add(Violation.Rule(path, name, "reads a variable that is not declared: call DeclareVariable first"));
            }

            if (op is ConfigDetuningMapOperation map)
            {
                dmmIds.Add(map.DmmId);
                if (device.FindDmm(map.DmmId) is null)
                {
                    v.Add(Violation.Rule(path + ".dmm_id", map.DmmId, $"is not a DMM of {device.Name} (its DMMs: {List(device.DmmChannels.Select(d => d.Id))})"));
                }
            }

            if (op is SlmMaskOperation slm)
            {
                dmmIds.Add(slm.DmmId);
                CheckTargets(path + ".qubits", slm.AtomIds, register, v);
            }

            foreach (var name in ChannelsOf(op).Where(n => !declaredNames.Contains(n) && !dmmIds.Any(d => n == d || n.StartsWith(d + "_", StringComparison.Ordinal))))
            {
                v.Add(Violation.Rule(path + ".channel", name, $"is not a declared channel; declared: {List(declaredNames)}"));
            }

            switch (op)
            {
                case PulseOperation p when local.Contains(p.Channel) && !targeted.Contains(p.Channel):
                    v.Add(Violation.Rule(path + ".channel", p.Channel, "is a local channel with no target yet: call Target (or give initial targets) first"));
                    break;
                case AlignOperation a when a.Channels.Count < 2:
                    v.Add(Violation.Rule(path + ".channels", List(a.Channels), "aligns fewer than 2 channels"));
                    break;
                case TargetOperation t:
                    var channel = channels.FirstOrDefault(c => c.Name == t.Channel)?.Channel;
                    if (channel is { IsLocal: false })
                    {
                        v.Add(Violation.Rule(path + ".channel", t.Channel, $"is a global channel ({channel.Id}): only local channels take targets"));
                    }
                    else if (channel is not null)
                    {
                        targeted.Add(t.Channel);
                        if (t.Indices is null)
                        {
                            CheckTargets(path + ".target", t.AtomIds, register, v);
                        }

                        if (channel.MaxTargets > 0 && t.AtomIds.Distinct().Count() > channel.MaxTargets)
                        {
                            v.Add(Violation.AboveMaximum(path + ".target", t.AtomIds.Distinct().Count(), channel.MaxTargets, $"{device.Name} {channel.Id} max_targets"));
                        }
                    }

                    break;
                case PhaseShiftOperation s:
                    if (s.Indices is null)
                    {
                        CheckTargets(path + ".targets", s.AtomIds, register, v);
                    }

                    if (!device.SupportedBases.Contains(s.Basis))
                    {
                        v.Add(Violation.Rule(path + ".basis", s.Basis.ToWire(), $"is not supported by {device.Name}; supported: {Bases(device)}"));
                    }

                    break;
            }
        }

        EomChecks.Check(channels, operations, v);
        var xy = channels.Where(c => c.Channel.Basis == Basis.XY).ToList();
        if (xy.Count > 0 && xy.Count < channels.Count)
        {
            v.Add(Violation.Rule("channels", List(channels.Select(c => c.Name)), "mixes the XY (microwave) channel with other channels; an XY sequence uses only XY channels"));
        }

        if (measurement is { } basis)
        {
            if (!device.SupportedBases.Contains(basis))
            {
                v.Add(Violation.Rule("measurement", basis.ToWire(), $"is not supported by {device.Name}; supported: {Bases(device)}"));
            }
            else if (xy.Count > 0 != (basis == Basis.XY))
            {
                v.Add(Violation.Rule("measurement", basis.ToWire(), xy.Count > 0 ? "is not XY: a sequence with the microwave channel measures in XY" : "needs the microwave channel, which is not declared"));
            }
        }

        return v;
    }

    public static List<Violation> Values(AnalogSequence seq, IReadOnlyDictionary<string, double> given, int runs)
    {
        var v = new List<Violation>(seq.StructuralViolations);
        var device = seq.Device;
        var bound = new Dictionary<string, double>(StringComparer.Ordinal);
        var incomplete = false;
        foreach (var variable in seq.Variables)
        {
            var path = $"variables.{variable.Name}";
            if (!given.TryGetValue(variable.Name, out var value))
            {
                v.Add(Violation.Rule(path, "missing", "has no value: every declared variable needs one"));
                incomplete = true;
                bound[variable.Name] = double.NaN;
                continue;
            }

            if (variable.Size != 1)
            {
                v.Add(Violation.Rule(path, "1 value", $"was given for an array variable of size {variable.Size}: validate with arrays (ValidateJob(arrays, qubits, runs))"));
                incomplete = true;
            }
            else if (!double.IsFinite(value))
            {
                v.Add(Violation.Rule(path, Violation.Format(value), "is not a finite number"));
                incomplete = true;
            }
            else if (variable.Type == VariableType.Int && value != Math.Truncate(value))
            {
                v.Add(Violation.Rule(path, Violation.Format(value), "is not an integer (int variable)"));
            }

            bound[variable.Name] = value;
        }

        foreach (var name in given.Keys.Where(k => !bound.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            v.Add(Violation.Rule($"variables.{name}", Violation.Format(given[name]), $"is not a variable of this sequence; declared: {List(seq.Variables.Select(x => x.Name))}"));
        }

        var range = Violation.CheckRange("runs", runs, 1, device.MaxRuns > 0 ? device.MaxRuns : int.MaxValue, device.MaxRuns > 0 ? $"{device.Name} max_runs" : "runs");
        if (range is not null)
        {
            v.Add(range);
        }

        if (!incomplete)
        {
            v.AddRange(Scheduler.Run(seq, Bindings.FromScalars(bound, seq.Variables), seq.Register.Atoms.Select(a => a.Id).ToList()).AllViolations);
        }

        return v;
    }

    /// <summary>The checks of <see cref="Values"/> for array values and a mappable register's <c>qubits</c> map.</summary>
    public static List<Violation> JobValues(AnalogSequence seq, IReadOnlyDictionary<string, double[]> given, IReadOnlyDictionary<string, int>? qubits, int runs)
    {
        var v = new List<Violation>(seq.StructuralViolations);
        var range = Violation.CheckRange("runs", runs, 1, seq.Device.MaxRuns > 0 ? seq.Device.MaxRuns : int.MaxValue, seq.Device.MaxRuns > 0 ? $"{seq.Device.Name} max_runs" : "runs");
        if (range is not null)
        {
            v.Add(range);
        }

        var intViolations = seq.Variables
            .Where(x => x.Type == VariableType.Int && given.TryGetValue(x.Name, out var a) && a is not null && a.Any(e => double.IsFinite(e) && e != Math.Truncate(e)))
            .Select(x => Violation.Rule($"variables.{x.Name}", string.Join(", ", given[x.Name].Select(Violation.Format)), "is not all integers (int variable)"));
        v.AddRange(intViolations);
        try
        {
            var (bindings, register) = SequenceBinding.Bind(seq, given, qubits);
            if (v.Count == 0 || v.All(x => !x.Path.StartsWith("variables.", StringComparison.Ordinal)))
            {
                v.AddRange(Scheduler.Run(seq, bindings, register.Atoms.Select(a => a.Id).ToList()).AllViolations);
            }
        }
        catch (ExperimentValidationException e)
        {
            v.AddRange(e.Violations);
        }

        return v;
    }

    internal static void CheckRegister(Device device, Register register, List<Violation> v)
    {
        if (register.Dimensions > device.Dimensions)
        {
            v.Add(Violation.Rule("register", $"{register.Dimensions}D", $"has more dimensions than {device.Name} supports ({device.Dimensions}D)"));
        }

        if (device.MaxAtomNum > 0 && register.Count > device.MaxAtomNum)
        {
            v.Add(Violation.AboveMaximum("register", register.Count, device.MaxAtomNum, $"{device.Name} max_atom_num: atoms"));
        }

        var atoms = register.Atoms;
        for (var i = 0; i < atoms.Count; i++)
        {
            if (device.MaxRadialDistanceUm > 0 && atoms[i].RadialDistance > device.MaxRadialDistanceUm + DistanceToleranceUm)
            {
                v.Add(Violation.AboveMaximum($"register[{i}]", atoms[i].RadialDistance, device.MaxRadialDistanceUm, $"{device.Name} max_radial_distance: µm of {atoms[i].Id} from the centre"));
            }

            for (var j = 0; j < i; j++)
            {
                var distance = atoms[i].DistanceTo(atoms[j]);
                if (distance < DistanceToleranceUm && device.MinAtomDistanceUm <= DistanceToleranceUm)
                {
                    v.Add(Violation.Rule($"register[{i}]", atoms[i].Id, $"sits on {atoms[j].Id}: two atoms cannot share a position"));
                }
                else if (distance < device.MinAtomDistanceUm - DistanceToleranceUm)
                {
                    v.Add(Violation.BelowMinimum($"register[{i}]", distance, device.MinAtomDistanceUm, $"{device.Name} min_atom_distance: µm between {atoms[j].Id} and {atoms[i].Id}"));
                }
            }
        }
    }

    private static void CheckTargets(string path, IReadOnlyList<string> ids, Register? register, List<Violation> v)
    {
        if (ids.Count == 0)
        {
            v.Add(Violation.Rule(path, "[]", "is empty: give at least one qubit id"));
        }

        foreach (var id in ids.Where(id => register is not null && register.IndexOf(id) < 0))
        {
            v.Add(Violation.Rule(path, id, $"is not a qubit id of the register ({List(register!.Atoms.Select(a => a.Id))})"));
        }
    }

    private static IEnumerable<string> ReadVariables(SequenceOperation op) => op switch
    {
        PulseOperation p => p.Pulse.VariableNames,
        DelayOperation d => d.DurationNs.VariableNames,
        PhaseShiftOperation s => s.Phi.VariableNames,
        DmmDetuningOperation d => d.Detuning.VariableNames,
        EnableEomOperation e => [.. e.AmpOn.VariableNames, .. e.DetuningOn.VariableNames, .. e.OptimalDetuningOff.VariableNames],
        ModifyEomSetpointOperation m => [.. m.AmpOn.VariableNames, .. m.DetuningOn.VariableNames, .. m.OptimalDetuningOff.VariableNames],
        EomPulseOperation p => [.. p.DurationNs.VariableNames, .. p.Phase.VariableNames, .. p.PostPhaseShift.VariableNames],
        _ => [],
    };

    private static IEnumerable<string> ChannelsOf(SequenceOperation op) => op switch
    {
        PulseOperation p => [p.Channel],
        DelayOperation d => [d.Channel],
        TargetOperation t => [t.Channel],
        AlignOperation a => a.Channels,
        EnableEomOperation e => [e.Channel],
        ModifyEomSetpointOperation m => [m.Channel],
        EomPulseOperation p => [p.Channel],
        DisableEomOperation d => [d.Channel],
        DmmDetuningOperation d => [d.DmmName],
        _ => [],
    };

    private static string Bases(Device device) => List(device.SupportedBases.Order().Select(b => b.ToWire()));

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
