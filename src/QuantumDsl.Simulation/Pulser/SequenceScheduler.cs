using System.Globalization;
using System.Text.Json;

namespace QuantumDsl.Simulation.Pulser;

/// <summary>
/// Builds a bound sequence like Pulser's <c>Sequence</c>: channel timelines of target/delay/pulse slots,
/// the pulse protocols (<c>min-delay</c>, <c>no-delay</c>, <c>wait-for-all</c>), <c>delay</c>, <c>align</c>,
/// phase references (<c>phase_shift</c>, <c>post_phase_shift</c>), channel duration limits rounded up to the clock,
/// and device amplitude/detuning limits. Output modulation is not modelled (no fall time, no phase-jump buffer).
/// </summary>
internal sealed class SequenceScheduler
{
    /// <summary>Longest sequence the emulator samples (memory bound of the per-ns samples).</summary>
    public const int MaxDurationNs = 200_000;

    private const double TwoPi = 2 * Math.PI;

    private readonly PulserSequence _seq;
    private readonly ExpressionEvaluator _eval;
    private readonly WaveformSampler _waveforms;
    private readonly int _atoms;
    private readonly Dictionary<string, List<Slot>> _timelines = [];
    private readonly double[] _phaseRef;
    private readonly int[] _phaseTime;
    private readonly int[] _lastUsed;

    private SequenceScheduler(PulserSequence seq, ExpressionEvaluator eval, int atoms)
    {
        _seq = seq;
        _eval = eval;
        _waveforms = new WaveformSampler(eval);
        _atoms = atoms;
        _phaseRef = new double[atoms];
        _phaseTime = new int[atoms];
        _lastUsed = new int[atoms];
        foreach (var (name, ch) in seq.Channels)
        {
            var slots = new List<Slot>();
            if (!ch.IsLocal)
                slots.Add(new Slot(SlotKind.Target, -1, 0, Enumerable.Range(0, atoms).ToHashSet()));
            _timelines[name] = slots;
        }
    }

    private enum SlotKind
    {
        Target,
        Delay,
        Pulse,
    }

    public static DriveSamples Build(PulserSequence seq, ExpressionEvaluator eval, int atoms, CancellationToken cancellationToken)
    {
        var scheduler = new SequenceScheduler(seq, eval, atoms);
        var i = 0;
        foreach (var op in seq.Root.GetProperty("operations").EnumerateArray())
        {
            cancellationToken.ThrowIfCancellationRequested();
            scheduler.Apply(op, $"operations[{i++}]");
        }
        return scheduler.Sample();
    }

    private void Apply(JsonElement op, string path)
    {
        var name = op.TryGetProperty("op", out var o) && o.ValueKind == JsonValueKind.String
            ? o.GetString()!
            : throw new PulserSequenceException(path + ".op", "missing operation name");
        switch (name)
        {
            case "pulse":
                AddPulse(op, path, arbitraryPhase: false);
                break;
            case "pulse_arbitrary_phase":
                AddPulse(op, path, arbitraryPhase: true);
                break;
            case "target":
                Target(op, path);
                break;
            case "delay":
                Delay(op, path);
                break;
            case "align":
                Align(op, path);
                break;
            case "phase_shift":
                PhaseShift(op, path);
                break;
            default:
                throw new PulserSequenceException(path, $"op '{name}' is not supported by the emulator");
        }
    }

    private (string Name, ChannelModel Spec, List<Slot> Slots) Channel(JsonElement op, string path)
    {
        var name = PulserSequence.Required(op, "channel", path).GetString() ?? "";
        return _seq.Channels.TryGetValue(name, out var spec)
            ? (name, spec, _timelines[name])
            : throw new PulserSequenceException(path + ".channel", $"channel '{name}' is not declared in 'channels'");
    }

    private void Target(JsonElement op, string path)
    {
        var (name, spec, slots) = Channel(op, path);
        if (!spec.IsLocal)
            throw new PulserSequenceException(path + ".channel", $"can only choose the target of 'Local' channels; '{name}' is '{spec.Id}'");
        var values = _eval.Array(PulserSequence.Required(op, "target", path), path + ".target");
        var targets = new HashSet<int>();
        foreach (var v in values)
        {
            if (v != Math.Floor(v) || v < 0 || v >= _atoms)
                throw new PulserSequenceException(path + ".target",
                    $"atom index {v.ToString(CultureInfo.InvariantCulture)} is not in the register (0..{_atoms - 1})");
            targets.Add((int)v);
        }
        if (targets.Count == 0)
            throw new PulserSequenceException(path + ".target", "need at least one atom to target");
        if (spec.MaxTargets > 0 && targets.Count > spec.MaxTargets)
            throw new PulserSequenceException(path + ".target", $"{targets.Count} targets; channel '{spec.Id}' can target at most {spec.MaxTargets}");
        if (targets.Select(q => _phaseRef[q]).Distinct().Count() != 1)
            throw new PulserSequenceException(path + ".target", "cannot target atoms with different phase references at once");
        if (slots.Count == 0)
        {
            slots.Add(new Slot(SlotKind.Target, -1, 0, targets));
            return;
        }
        var last = slots[^1];
        if (last.Targets.SetEquals(targets))
            return;
        var lastTarget = slots.LastOrDefault(s => s.Kind == SlotKind.Target)?.Tf ?? 0;
        var delta = Math.Clamp(spec.MinRetargetIntervalNs - (last.Tf - lastTarget), 0, spec.MinRetargetIntervalNs);
        if (spec.FixedRetargetNs > 0)
            delta = Math.Max(delta, spec.FixedRetargetNs);
        if (delta != 0)
            delta = AdjustDuration(spec, delta, path);
        slots.Add(new Slot(SlotKind.Target, last.Tf, last.Tf + delta, targets));
    }

    private void Delay(JsonElement op, string path)
    {
        var (_, spec, slots) = Channel(op, path);
        var duration = _eval.Integer(PulserSequence.Required(op, "time", path), path + ".time");
        if (duration == 0)
            return;
        AddDelay(spec, slots, ValidateDuration(spec, duration, path + ".time"), path);
    }

    private static void AddDelay(ChannelModel spec, List<Slot> slots, int duration, string path)
    {
        if (slots.Count == 0)
            throw new PulserSequenceException(path, $"local channel '{spec.Id}' has no target yet (add a 'target' op first)");
        var last = slots[^1];
        slots.Add(new Slot(SlotKind.Delay, last.Tf, last.Tf + duration, last.Targets));
    }

    private void Align(JsonElement op, string path)
    {
        var list = PulserSequence.Required(op, "channels", path);
        var names = list.EnumerateArray().Select(c => c.GetString() ?? "").ToList();
        if (names.Count < 2 || names.Distinct().Count() != names.Count)
            throw new PulserSequenceException(path + ".channels", "needs at least two distinct channels to align");
        foreach (var n in names)
        {
            if (!_seq.Channels.ContainsKey(n))
                throw new PulserSequenceException(path + ".channels", $"channel '{n}' is not declared in 'channels'");
        }
        var tf = names.Max(n => Duration(_timelines[n]));
        foreach (var n in names)
        {
            var delta = tf - Duration(_timelines[n]);
            if (delta > 0)
                AddDelay(_seq.Channels[n], _timelines[n], AdjustDuration(_seq.Channels[n], delta, path), path);
        }
    }

    private void PhaseShift(JsonElement op, string path)
    {
        var basis = PulserSequence.Required(op, "basis", path).GetString();
        if (basis != "ground-rydberg" || !_seq.Channels.Values.Any(c => c.Basis == basis))
            throw new PulserSequenceException(path + ".basis", $"no declared channel addresses the basis '{basis}'");
        var phi = _eval.Scalar(PulserSequence.Required(op, "phi", path), path + ".phi");
        var targets = new List<int>();
        var k = 0;
        foreach (var t in PulserSequence.Required(op, "targets", path).EnumerateArray())
        {
            var q = _eval.Integer(t, $"{path}.targets[{k++}]");
            if (q < 0 || q >= _atoms)
                throw new PulserSequenceException($"{path}.targets[{k - 1}]", $"atom index {q} is not in the register (0..{_atoms - 1})");
            targets.Add(q);
        }
        IncrementPhase(targets.Count == 0 ? Enumerable.Range(0, _atoms) : targets, phi);
    }

    private void IncrementPhase(IEnumerable<int> targets, double phi)
    {
        foreach (var q in targets.Distinct())
        {
            _phaseRef[q] = Mod2Pi(_phaseRef[q] + phi);
            _phaseTime[q] = _lastUsed[q];
        }
    }

    private void AddPulse(JsonElement op, string path, bool arbitraryPhase)
    {
        var (_, spec, slots) = Channel(op, path);
        if (slots.Count == 0)
            throw new PulserSequenceException(path + ".channel", $"local channel '{spec.Id}' has no target yet (add a 'target' op first)");
        var protocol = PulserSequence.Required(op, "protocol", path).GetString();
        if (protocol is not ("min-delay" or "no-delay" or "wait-for-all"))
            throw new PulserSequenceException(path + ".protocol", $"unknown protocol '{protocol}' (expected min-delay, no-delay or wait-for-all)");
        double[] amp, det;
        double phase;
        if (arbitraryPhase)
        {
            (amp, det, phase) = ArbitraryPhaseSamples(op, spec, path);
        }
        else
        {
            (amp, det) = PulseSamples(op, spec, path);
            phase = _eval.Scalar(PulserSequence.Required(op, "phase", path), path + ".phase");
        }
        var postPhaseShift = _eval.Scalar(PulserSequence.Required(op, "post_phase_shift", path), path + ".post_phase_shift");

        var last = slots[^1];
        var targets = last.Targets;
        if (targets.Select(q => _phaseRef[q]).Distinct().Count() != 1)
            throw new PulserSequenceException(path, "cannot pulse atoms with different phase references with one channel");
        var totalPhase = Mod2Pi(phase + _phaseRef[targets.First()]);

        var t0 = last.Tf;
        var start = Math.Max(t0, targets.Max(q => _phaseTime[q]));
        if (protocol != "no-delay")
            start = FindStart(start, slots, targets, protocol == "wait-for-all");
        var delay = start - t0;
        if (delay > 0)
        {
            delay = AdjustDuration(spec, delay, path);
            AddDelay(spec, slots, delay, path);
        }
        var ti = t0 + delay;
        slots.Add(new Slot(SlotKind.Pulse, ti, ti + amp.Length, targets) { Amplitude = amp, Detuning = det, Phase = totalPhase });
        foreach (var q in targets)
            _lastUsed[q] = Math.Max(_lastUsed[q], ti + amp.Length);
        if (postPhaseShift != 0)
            IncrementPhase(targets, postPhaseShift);
    }

    /// <summary>Pulser's <c>_find_add_delay</c> without modulation: wait for the last pulse on other channels sharing a target (or any, for wait-for-all).</summary>
    private int FindStart(int start, List<Slot> own, HashSet<int> targets, bool waitForAll)
    {
        foreach (var slots in _timelines.Values)
        {
            if (ReferenceEquals(slots, own))
                continue;
            for (var k = slots.Count - 1; k >= 0; k--)
            {
                var s = slots[k];
                if (s.Tf <= start)
                    break;
                if (s.Kind != SlotKind.Pulse)
                    continue;
                if (waitForAll || s.Targets.Overlaps(targets))
                {
                    start = s.Tf;
                    break;
                }
            }
        }
        return start;
    }

    private (double[] Amp, double[] Det) PulseSamples(JsonElement op, ChannelModel spec, string path)
    {
        var ampJson = PulserSequence.Required(op, "amplitude", path);
        var detJson = PulserSequence.Required(op, "detuning", path);
        var ampFlexible = IsZeroDurationConstant(ampJson, path + ".amplitude");
        var detFlexible = IsZeroDurationConstant(detJson, path + ".detuning");
        if (ampFlexible && detFlexible)
            throw new PulserSequenceException(path, "amplitude and detuning cannot both be constants of duration 0");
        double[] amp, det;
        if (ampFlexible)
        {
            det = _waveforms.Sample(detJson, path + ".detuning");
            amp = _waveforms.Sample(ampJson, path + ".amplitude", det.Length);
        }
        else
        {
            amp = _waveforms.Sample(ampJson, path + ".amplitude");
            det = _waveforms.Sample(detJson, path + ".detuning", detFlexible ? amp.Length : null);
        }
        if (amp.Length != det.Length)
            throw new PulserSequenceException(path + ".detuning", $"duration {det.Length} ns differs from the amplitude's {amp.Length} ns");

        var duration = ValidateDuration(spec, amp.Length, path + ".amplitude.duration");
        if (duration != amp.Length)
        {
            if (!WaveformSampler.CanChangeDuration(ampJson) || !WaveformSampler.CanChangeDuration(detJson))
                throw new PulserSequenceException(path + ".amplitude.duration",
                    $"duration {amp.Length} ns is not a multiple of the clock period ({spec.ClockPeriodNs} ns) of channel '{spec.Id}' and the waveform cannot be stretched; choose a multiple");
            amp = _waveforms.Sample(ampJson, path + ".amplitude", duration);
            det = _waveforms.Sample(detJson, path + ".detuning", duration);
        }
        CheckLimits(amp, det, spec, path);
        return (amp, det);
    }

    /// <summary>
    /// Pulser's <c>Pulse.ArbitraryPhase</c>: detuning = −dφ/dt (per-ns differences, first sample repeated), constant
    /// phase φ[0] + δ[0]·1e-3.
    /// </summary>
    private (double[] Amp, double[] Det, double Phase) ArbitraryPhaseSamples(JsonElement op, ChannelModel spec, string path)
    {
        var ampJson = PulserSequence.Required(op, "amplitude", path);
        var phaseJson = PulserSequence.Required(op, "phase", path);
        var amp = _waveforms.Sample(ampJson, path + ".amplitude");
        var phi = _waveforms.Sample(phaseJson, path + ".phase");
        if (phi.Length != amp.Length)
            throw new PulserSequenceException(path + ".phase", $"duration {phi.Length} ns differs from the amplitude's {amp.Length} ns");
        var det = new double[phi.Length];
        for (var k = 1; k < phi.Length; k++)
            det[k] = -(phi[k] - phi[k - 1]) * 1e3;
        det[0] = phi.Length > 1 ? det[1] : 0;
        var phase = phi[0] + det[0] * 1e-3;

        var duration = ValidateDuration(spec, amp.Length, path + ".amplitude.duration");
        if (duration != amp.Length)
        {
            var kind = phaseJson.TryGetProperty("kind", out var k) ? k.GetString() : null;
            if (!WaveformSampler.CanChangeDuration(ampJson) || kind is not ("constant" or "ramp"))
                throw new PulserSequenceException(path + ".amplitude.duration",
                    $"duration {amp.Length} ns is not a multiple of the clock period ({spec.ClockPeriodNs} ns) of channel '{spec.Id}' and the waveforms cannot be stretched; choose a multiple");
            amp = _waveforms.Sample(ampJson, path + ".amplitude", duration);
            det = Enumerable.Repeat(det[0], duration).ToArray();
        }
        CheckLimits(amp, det, spec, path);
        return (amp, det, phase);
    }

    private bool IsZeroDurationConstant(JsonElement wf, string path) =>
        wf.ValueKind == JsonValueKind.Object && wf.TryGetProperty("kind", out var k) && k.GetString() == "constant"
        && wf.TryGetProperty("duration", out var d) && _eval.Scalar(d, path + ".duration") == 0;

    private static void CheckLimits(double[] amp, double[] det, ChannelModel spec, string path)
    {
        var minAmp = amp.Min();
        if (minAmp < 0)
            throw new PulserSequenceException(path + ".amplitude", $"amplitude {DeviceResolver.Format(minAmp)} rad/µs is negative; amplitudes must be >= 0");
        var maxAmp = amp.Max();
        if (spec.MaxAmplitude > 0 && maxAmp > spec.MaxAmplitude)
            throw new PulserSequenceException(path + ".amplitude",
                $"amplitude {DeviceResolver.Format(maxAmp)} rad/µs exceeds the maximum {DeviceResolver.Format(spec.MaxAmplitude)} rad/µs of channel '{spec.Id}'");
        var maxDet = det.Max(Math.Abs);
        if (spec.MaxAbsDetuning > 0 && Math.Round(maxDet, 6) > spec.MaxAbsDetuning)
            throw new PulserSequenceException(path + ".detuning",
                $"|detuning| {DeviceResolver.Format(maxDet)} rad/µs exceeds the maximum {DeviceResolver.Format(spec.MaxAbsDetuning)} rad/µs of channel '{spec.Id}'");
        var average = amp.Average();
        if (average > 0 && average < spec.MinAverageAmplitude)
            throw new PulserSequenceException(path + ".amplitude",
                $"average amplitude {DeviceResolver.Format(average)} rad/µs is below the minimum {DeviceResolver.Format(spec.MinAverageAmplitude)} rad/µs of channel '{spec.Id}'");
    }

    /// <summary>Pulser's <c>Channel.validate_duration</c>: within [min, max], rounded up to the clock period.</summary>
    private static int ValidateDuration(ChannelModel spec, int duration, string path)
    {
        if (duration < spec.MinDurationNs)
            throw new PulserSequenceException(path, $"duration {duration} ns is below the minimum {spec.MinDurationNs} ns of channel '{spec.Id}'");
        if (spec.MaxDurationNs > 0 && duration > spec.MaxDurationNs)
            throw new PulserSequenceException(path, $"duration {duration} ns exceeds the maximum {spec.MaxDurationNs} ns of channel '{spec.Id}'");
        var rest = duration % spec.ClockPeriodNs;
        return rest == 0 ? duration : duration + spec.ClockPeriodNs - rest;
    }

    private static int AdjustDuration(ChannelModel spec, int duration, string path) =>
        ValidateDuration(spec, Math.Max(duration, spec.MinDurationNs), path);

    private static int Duration(List<Slot> slots) => slots.Count == 0 ? 0 : Math.Max(0, slots[^1].Tf);

    private static double Mod2Pi(double x) => x - TwoPi * Math.Floor(x / TwoPi);

    private DriveSamples Sample()
    {
        var total = _timelines.Values.Select(Duration).DefaultIfEmpty(0).Max();
        if (_seq.Device.MaxSequenceDurationNs > 0 && total > _seq.Device.MaxSequenceDurationNs)
            throw new PulserSequenceException("operations",
                $"sequence duration {total} ns exceeds the maximum {_seq.Device.MaxSequenceDurationNs} ns of device '{_seq.Device.Name}'");
        if (total > MaxDurationNs)
            throw new PulserSequenceException("operations", $"sequence duration {total} ns exceeds the emulator limit of {MaxDurationNs} ns");
        var clock = _seq.Channels.Count == 0 ? 1 : _seq.Channels.Values.Max(c => c.ClockPeriodNs);
        var samples = new DriveSamples(_atoms, total, clock);
        foreach (var slot in _timelines.Values.SelectMany(s => s).Where(s => s.Kind == SlotKind.Pulse))
        {
            var (sin, cos) = Math.SinCos(slot.Phase);
            foreach (var q in slot.Targets)
            {
                for (var t = 0; t < slot.Amplitude.Length; t++)
                {
                    samples.DriveRe[q][slot.Ti + t] += slot.Amplitude[t] * cos;
                    samples.DriveIm[q][slot.Ti + t] += slot.Amplitude[t] * sin;
                    samples.Detuning[q][slot.Ti + t] += slot.Detuning[t];
                }
            }
        }
        return samples;
    }

    private sealed record Slot(SlotKind Kind, int Ti, int Tf, HashSet<int> Targets)
    {
        public double[] Amplitude { get; init; } = [];

        public double[] Detuning { get; init; } = [];

        public double Phase { get; init; }
    }
}
