using System.Globalization;

namespace QuantumDsl.Analog;

/// <summary>
/// Builds a sequence with its variables bound the way Pulser's <c>Sequence.build(**values)</c> does: channel timelines
/// of target, delay and pulse slots; protocols (<c>min-delay</c>, <c>wait-for-all</c>, <c>no-delay</c>); phase
/// references and phase-jump buffers; output-modulation fall times before <c>align</c>, <c>target</c> and
/// <c>delay(at_rest)</c>; durations validated and rounded up to the clock period; the device's maximum sequence
/// duration. Throws <see cref="ScheduleException"/> at the first rule Pulser would refuse, naming the operation.
/// </summary>
internal sealed partial class Scheduler
{
    private readonly AnalogSequence _seq;
    private readonly IReadOnlyDictionary<string, double> _values;
    private readonly IReadOnlyList<string> _qubits;
    private readonly HashSet<string> _qubitSet;
    private readonly Dictionary<string, ChannelSchedule> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<Basis, Dictionary<string, QubitRef>> _refs = [];
    private readonly int _maxDuration;
    private readonly List<(string Path, Violation Violation)> _collected = [];
    private readonly List<Violation> _violations = [];

    private Scheduler(AnalogSequence seq, IReadOnlyDictionary<string, double> values, IReadOnlyList<string> qubits)
    {
        _seq = seq;
        _values = values;
        _qubits = qubits;
        _qubitSet = qubits.ToHashSet(StringComparer.Ordinal);
        _maxDuration = seq.Device.MaxSequenceDurationNs;
        foreach (var declared in seq.Channels)
        {
            var schedule = new ChannelSchedule(declared.Name, declared.Channel, seq.Device.Name);
            _channels[declared.Name] = schedule;
            if (!_refs.ContainsKey(declared.Channel.Basis))
            {
                _refs[declared.Channel.Basis] = qubits.ToDictionary(q => q, _ => new QubitRef(), StringComparer.Ordinal);
            }

            if (!declared.Channel.IsLocal)
            {
                schedule.Slots.Add(new TimeSlot(SlotKind.Target, -1, 0, _qubitSet));
            }
        }
    }

    public IReadOnlyList<ChannelSchedule> Channels => _seq.Channels.Select(c => _channels[c.Name]).Concat(_dmmOrder.Select(n => _channels[n])).ToList();

    public IReadOnlyDictionary<Basis, Dictionary<string, QubitRef>> PhaseReferences => _refs;

    /// <summary>Pulser's <c>get_duration()</c>: the longest channel, fall times excluded.</summary>
    public int DurationNs => _channels.Count == 0 ? 0 : _channels.Values.Max(c => c.Duration());

    /// <summary>
    /// Schedules every operation of <paramref name="seq"/> for the register <paramref name="qubits"/> (ids in order).
    /// Stops at the first rule that stops Pulser's build (<see cref="Fatal"/>); broken value limits of pulses are all
    /// collected (<see cref="Violations"/>) since they do not change the timing.
    /// </summary>
    public static Scheduler Run(AnalogSequence seq, IReadOnlyDictionary<string, double> values, IReadOnlyList<string> qubits, CancellationToken cancellationToken = default, IReadOnlyList<Atom>? atoms = null)
    {
        var scheduler = new Scheduler(seq, values, qubits) { _atoms = atoms ?? seq.Register.Atoms };
        if (seq.SlmMaskTargets is { } targets)
        {
            // Pulser's deserializer configures the top-level mask right after declaring the channels.
            try
            {
                scheduler.ConfigSlmMask(targets, "dmm_0", "");
            }
            catch (ScheduleException e)
            {
                scheduler.Fatal = e.Under("slm_mask_targets").Violation;
                return scheduler;
            }
        }

        for (var i = 0; i < seq.Operations.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = $"operations[{i}]";
            try
            {
                scheduler.Apply(seq.Operations[i]);
            }
            catch (ScheduleException e)
            {
                scheduler.Fatal = e.Under(path).Violation;
            }
            catch (Exception e) when (e is ArgumentException or KeyNotFoundException or OverflowException)
            {
                scheduler.Fatal = Violation.Rule(path, "error", "cannot be built: " + e.Message);
            }

            scheduler._violations.AddRange(scheduler._collected.Select(c => new ScheduleException(c.Violation).Under(path).Violation));
            scheduler._collected.Clear();
            if (scheduler.Fatal is not null)
            {
                break;
            }
        }

        return scheduler;
    }

    /// <summary>The rule that stopped the build (as Pulser raises), or null.</summary>
    public Violation? Fatal { get; private set; }

    /// <summary>Every violation: the collected value limits, then the fatal one.</summary>
    public IReadOnlyList<Violation> AllViolations => Fatal is null ? _violations : [.. _violations, Fatal];

    private void Apply(SequenceOperation op)
    {
        switch (op)
        {
            case PulseOperation p:
                AddPulse(p);
                break;
            case DelayOperation d:
                Delay(d);
                break;
            case AlignOperation a:
                Align(a);
                break;
            case TargetOperation t:
                Target(t);
                break;
            case PhaseShiftOperation s:
                PhaseShift(s);
                break;
            case EnableEomOperation e:
                EnableEom(e);
                break;
            case EomPulseOperation p:
                AddEomPulse(p);
                break;
            case ModifyEomSetpointOperation m:
                ModifyEomSetpoint(m);
                break;
            case DisableEomOperation d:
                DisableEom(d);
                break;
            case ConfigDetuningMapOperation map:
                ConfigDetuningMap(map);
                break;
            case DmmDetuningOperation dmm:
                AddDmmDetuning(dmm);
                break;
            case SlmMaskOperation slm:
                ConfigSlmMask(slm.AtomIds, slm.DmmId, "qubits");
                break;
            case UnscheduledOperation u:
                throw ScheduleException.Rule("op", u.Op, "is not supported by QuantumDsl's scheduler (read and written back, not scheduled)");
            default:
                throw new InvalidOperationException($"Unknown operation {op.GetType().Name}.");
        }
    }

    private ChannelSchedule Channel(string name) => _channels.TryGetValue(name, out var c)
        ? c
        : throw ScheduleException.Rule("channel", name, $"is not a declared channel; declared: {string.Join(", ", _channels.Keys)}");

    private void AddPulse(PulseOperation op) =>
        AddBuilt(Channel(op.Channel), op.Channel, op.Pulse.Build(_values), op.Protocol, PulseDurationPath(op.Pulse), drift: null);

    /// <summary>Pulser's <c>Sequence._add</c>: checks, phase reference, scheduling, then the post-phase shift (minus any drift correction).</summary>
    private void AddBuilt(ChannelSchedule ch, string name, BuiltPulse built, Protocol protocol, string durationPath, PhaseDrift? drift)
    {
        var last = ch.Last;
        var refs = _refs[ch.Channel.Basis];
        // A DMM has no phase reference (Pulser's phase_ref None): its pulses keep phase 0.
        var phases = ch.Weights is not null ? [0.0] : last.Targets.Select(q => refs[q].Phase).Distinct().ToList();
        if (phases.Count != 1)
        {
            throw ScheduleException.Rule("channel", name, "cannot do a multiple-target pulse on qubits with different phase references for the same basis (a phase_shift on some of its targets)");
        }

        Validate(ch, built, _seq.Device.Name, _collected);
        var duration = ch.ValidateDuration(built.Duration, durationPath);
        BuiltWaveform amp = built.Amplitude, det = built.Detuning;
        if (duration != built.Duration)
        {
            if (amp.Resize is null || det.Resize is null)
            {
                throw ScheduleException.Rule(durationPath, $"{built.Duration} ns",
                    $"is not a multiple of the clock period {ch.ClockPeriod} ns of {ch.Channel.Id} and a waveform of this pulse cannot change its duration: choose a multiple of {ch.ClockPeriod} ns");
            }

            amp = amp.Resize(duration);
            det = det.Resize(duration);
        }

        var pulse = new BuiltPulse(amp, det, Pulse.Mod2Pi(built.Phase + phases[0]), built.PostPhaseShift) { IsDetunedDelay = built.IsDetunedDelay };
        var barrier = last.Targets.Select(q => refs[q].LastTime).DefaultIfEmpty(0).Max();
        var slot = SchedulePulse(ch, pulse, barrier, protocol, drift);
        foreach (var q in last.Targets)
        {
            refs[q].LastUsed = Math.Max(refs[q].LastUsed, slot.Tf);
        }

        var shift = pulse.PostPhaseShift - (drift?.At(slot.Ti) ?? 0);
        if (shift != 0)
        {
            foreach (var q in last.Targets)
            {
                refs[q].Increment(shift);
            }
        }

        ModulateSlmMask(ch, slot);
    }

    /// <summary>
    /// Pulser's <c>_Schedule.add_pulse</c>: the delay the protocol, the phase barrier and the phase-jump buffer need
    /// (at least twice the rise time in EOM mode), then the pulse (its phase corrected for <paramref name="drift"/>).
    /// </summary>
    private TimeSlot SchedulePulse(ChannelSchedule ch, BuiltPulse pulse, int barrier, Protocol protocol, PhaseDrift? drift)
    {
        var last = ch.Last;
        var t0 = last.Tf;
        var currentMax = Math.Max(t0, barrier);
        var phaseJumpBuffer = 0;
        if (protocol != Protocol.NoDelay)
        {
            currentMax = FindAddDelay(currentMax, ch, protocol);
            if (ch.LastPulseSlot(ignoreDetunedDelay: true) is { } lastPulse && lastPulse.Pulse!.Phase != pulse.Phase - (drift?.At(currentMax) ?? 0))
            {
                var inEom = ch.InEomMode;
                phaseJumpBuffer = Math.Max(ch.PhaseJumpTime, inEom ? 2 * ch.RiseTime : 0) + ch.FallTime(lastPulse.Pulse, inEom) - (t0 - lastPulse.Tf);
            }
        }

        var delay = Math.Max(currentMax - t0, phaseJumpBuffer);
        if (delay > 0)
        {
            delay = ch.AdjustDuration(delay, "delay");
        }

        var ti = t0 + delay;
        var tf = ti + pulse.Duration;
        CheckDuration(tf);
        if (drift is not null)
        {
            pulse = pulse with { Phase = Pulse.Mod2Pi(pulse.Phase - drift.At(ti)) };
        }

        if (delay > 0)
        {
            AddDelay(ch, delay, "delay");
        }

        var slot = new TimeSlot(SlotKind.Pulse, ti, tf, last.Targets, pulse);
        ch.Slots.Add(slot);
        return slot;
    }

    private static string PulseDurationPath(Pulse pulse) =>
        pulse.Amplitude is ConstantWaveform { FollowsPulse: true } ? "detuning.duration" : "amplitude.duration";

    /// <summary>
    /// Pulser's checks of a pulse's values (amplitude not negative, <c>Channel.validate_pulse</c>) on the pulse as given,
    /// before any resizing. They do not change the timing, so scheduling goes on and every broken limit is reported.
    /// </summary>
    private static void Validate(ChannelSchedule ch, BuiltPulse pulse, string device, List<(string Path, Violation Violation)> found)
    {
        var c = ch.Channel;
        var source = $"{device} {c.Id}";
        var amp = pulse.Amplitude.Samples;
        foreach (var (name, samples) in new[] { ("amplitude", amp), ("detuning", pulse.Detuning.Samples) })
        {
            var bad = Array.FindIndex(samples, x => !double.IsFinite(x));
            if (bad >= 0)
            {
                // Pulser lets NaN through its comparisons; QuantumDsl refuses it (a deliberate difference).
                found.Add((name, Violation.Rule(name, Violation.Format(samples[bad]), $"(sample {bad}) is not a finite number")));
                return;
            }
        }

        var min = amp.Min();
        if (min < 0)
        {
            found.Add(("amplitude", Violation.BelowMinimum("amplitude", min, 0, "amplitudes are non-negative")));
        }

        if (c.MaxAmplitude > 0 && amp.Max() > c.MaxAmplitude)
        {
            found.Add(("amplitude", Violation.AboveMaximum("amplitude", amp.Max(), c.MaxAmplitude, $"{source} max_amp")));
        }

        if (c.MaxAbsDetuning > 0)
        {
            var det = pulse.Detuning.Samples;
            double hi = det.Max(), lo = det.Min();
            if (Math.Round(Math.Abs(hi), 6, MidpointRounding.ToEven) > c.MaxAbsDetuning && hi > 0)
            {
                found.Add(("detuning", Violation.AboveMaximum("detuning", hi, c.MaxAbsDetuning, $"{source} max_abs_detuning")));
            }

            if (Math.Round(Math.Abs(lo), 6, MidpointRounding.ToEven) > c.MaxAbsDetuning && lo < 0)
            {
                found.Add(("detuning", Violation.BelowMinimum("detuning", lo, -c.MaxAbsDetuning, $"{source} max_abs_detuning")));
            }
        }

        var average = Window.Sum(amp) / amp.Length;
        if (average > 0 && average < c.MinAverageAmplitude)
        {
            found.Add(("amplitude", Violation.BelowMinimum("amplitude", average, c.MinAverageAmplitude, $"{source} min_avg_amp: average amplitude")));
        }
    }

    /// <summary>Violations of pulse values found while scheduling (paths relative to the operation, then prefixed).</summary>
    public IReadOnlyList<Violation> Violations => _violations;

    /// <summary>Pulser's <c>_find_add_delay</c>: wait for the fall of pulses on other channels sharing a target (any, for wait-for-all).</summary>
    private int FindAddDelay(int t0, ChannelSchedule channel, Protocol protocol)
    {
        var current = t0;
        var mine = channel.Last.Targets;
        foreach (var other in Channels.Where(c => !ReferenceEquals(c, channel)))
        {
            for (var i = other.Slots.Count - 1; i >= 0; i--)
            {
                var op = other.Slots[i];
                if (op.Kind != SlotKind.Pulse)
                {
                    if (op.Tf + (2 * other.RiseTime) <= current)
                    {
                        break;
                    }

                    continue;
                }

                var end = op.Tf + other.FallTime(op.Pulse!, other.InEomMode);
                if (end <= current)
                {
                    break;
                }

                if (op.Targets.Overlaps(mine) || protocol == Protocol.WaitForAll)
                {
                    current = end;
                    break;
                }
            }
        }

        return current;
    }

    private void Delay(DelayOperation op)
    {
        var ch = Channel(op.Channel);
        _ = ch.Last;
        if (op.AtRest == true)
        {
            WaitForFall(ch);
        }

        var duration = op.DurationNs.Evaluate(_values);
        if (duration == 0)
        {
            return;
        }

        AddDelay(ch, ch.ValidateDuration(duration, "time"), "time");
    }

    private void AddDelay(ChannelSchedule ch, int duration, string path)
    {
        var last = ch.Last;
        var tf = last.Tf + ch.ValidateDuration(duration, path);
        CheckDuration(tf);
        if (ch.InEomMode && ch.EomBlocks[^1].DetuningOff != 0)
        {
            // In EOM mode a delay holds the detuning off: a detuned delay at the last pulse's phase.
            var hold = DetunedDelay(tf - last.Tf, ch.EomBlocks[^1].DetuningOff, LastPulsePhase(ch));
            ch.Slots.Add(new TimeSlot(SlotKind.Pulse, last.Tf, tf, last.Targets, hold));
            return;
        }

        ch.Slots.Add(new TimeSlot(SlotKind.Delay, last.Tf, tf, last.Targets));
    }

    private void WaitForFall(ChannelSchedule ch)
    {
        var fall = ch.Duration(includeFallTime: true) - ch.Duration();
        if (fall > 0)
        {
            AddDelay(ch, ch.AdjustDuration(fall, "fall"), "fall");
        }
    }

    private void Align(AlignOperation op)
    {
        var names = op.Channels;
        foreach (var name in names)
        {
            Channel(name);
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw ScheduleException.Rule("channels", string.Join(", ", names), "names a channel more than once");
        }

        if (names.Count < 2)
        {
            throw ScheduleException.Rule("channels", string.Join(", ", names), "aligns fewer than 2 channels");
        }

        var atRest = op.AtRest ?? true;
        var tf = names.Max(n => _channels[n].Duration(atRest));
        foreach (var name in names)
        {
            var ch = _channels[name];
            var delta = tf - ch.Duration();
            if (delta > 0)
            {
                AddDelay(ch, ch.AdjustDuration(delta, "channels"), "channels");
            }
        }
    }

    private void Target(TargetOperation op)
    {
        var ch = Channel(op.Channel);
        var ids = (op.Indices is { } indices ? Resolve(indices.Evaluate(_values), "target") : op.AtomIds).ToHashSet(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            throw ScheduleException.Rule("target", "[]", "is empty: target at least one qubit");
        }

        if (!ch.Channel.IsLocal)
        {
            throw ScheduleException.Rule("channel", op.Channel, $"is a global channel ({ch.Channel.Id}): only local channels take targets");
        }

        if (ch.Channel.MaxTargets > 0 && ids.Count > ch.Channel.MaxTargets)
        {
            throw new ScheduleException(Violation.AboveMaximum("target", ids.Count, ch.Channel.MaxTargets, $"{ch.Channel.Id} max_targets"));
        }

        CheckQubits("target", ids);
        var refs = _refs[ch.Channel.Basis];
        if (ids.Select(q => refs[q].Phase).Distinct().Count() != 1)
        {
            throw ScheduleException.Rule("target", string.Join(", ", ids), "cannot target multiple qubits with different phase references for the same basis");
        }

        if (ch.Slots.Count == 0)
        {
            CheckDuration(0);
            ch.Slots.Add(new TimeSlot(SlotKind.Target, -1, 0, ids));
            return;
        }

        WaitForFall(ch);
        var last = ch.Last;
        if (last.Targets.SetEquals(ids))
        {
            return;
        }

        var retarget = ch.Channel.MinRetargetIntervalNs;
        var elapsed = last.Tf - ch.LastTargetEnd();
        var delta = Math.Clamp(retarget - elapsed, 0, Math.Max(0, retarget));
        if (ch.Channel.FixedRetargetNs > 0)
        {
            delta = Math.Max(delta, ch.Channel.FixedRetargetNs);
        }

        if (delta != 0)
        {
            delta = ch.AdjustDuration(delta, "target");
        }

        CheckDuration(last.Tf + delta);
        ch.Slots.Add(new TimeSlot(SlotKind.Target, last.Tf, last.Tf + delta, ids));
    }

    private void PhaseShift(PhaseShiftOperation op)
    {
        if (!_refs.TryGetValue(op.Basis, out var refs))
        {
            throw ScheduleException.Rule("basis", op.Basis.ToWire(), "is not addressed by any declared channel");
        }

        var given = op.Indices is { } indices ? Resolve(indices.Select(i => i.Evaluate(_values)).ToArray(), "targets") : op.AtomIds;
        var ids = given.Count == 0 ? _qubits.ToList() : given.ToList();
        CheckQubits("targets", ids);
        var phi = op.Phi.Evaluate(_values);
        foreach (var q in ids.Distinct(StringComparer.Ordinal))
        {
            refs[q].Increment(phi);
        }
    }

    /// <summary>Pulser's <c>qubit_ids[int(index)]</c> on the built register.</summary>
    private List<string> Resolve(double[] indices, string path) => indices.Select(x =>
    {
        var i = Math.Truncate(x);
        return i >= 0 && i < _qubits.Count
            ? _qubits[(int)i]
            : throw ScheduleException.Rule(path, Violation.Format(x), $"is not a qubit index of the register (0..{_qubits.Count - 1})");
    }).ToList();

    private void CheckQubits(string path, IEnumerable<string> ids)
    {
        foreach (var id in ids.Where(id => !_qubitSet.Contains(id)))
        {
            throw ScheduleException.Rule(path, id, $"is not a qubit of the register ({string.Join(", ", _qubits)})");
        }
    }

    private void CheckDuration(int t)
    {
        if (_maxDuration > 0 && t > _maxDuration)
        {
            throw new ScheduleException(Violation.AboveMaximum("duration", t, _maxDuration, $"{_seq.Device.Name} max_sequence_duration"));
        }
    }

    /// <summary>A qubit's phase reference in one basis (Pulser's <c>_QubitRef</c>).</summary>
    internal sealed class QubitRef
    {
        public double Phase { get; private set; }

        public int LastTime { get; private set; }

        public int LastUsed { get; set; }

        public void Increment(double phi)
        {
            Phase = Pulse.Mod2Pi(Phase + phi);
            LastTime = Math.Max(LastTime, LastUsed);
        }
    }

    internal static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
