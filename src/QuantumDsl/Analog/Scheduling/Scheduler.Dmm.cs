namespace QuantumDsl.Analog;

/// <summary>
/// DMM channels as Pulser's <c>Sequence</c> schedules them: <c>config_detuning_map</c> declares a global ground-rydberg
/// channel on the device's DMM (its clock period, durations and bandwidth) whose detuning reaches each qubit weighted by
/// the traps at the qubit's position; <c>add_dmm_detuning</c> is a pulse of amplitude 0 and phase 0 on it, checked by
/// the DMM's rules (never positive, <c>bottom_detuning</c> at the largest weight, <c>total_bottom_detuning</c> over the
/// summed weights, <c>min_avg_abs_detuning</c> at the smallest non-zero weight).
/// </summary>
internal sealed partial class Scheduler
{
    /// <summary>Pulser's <c>COORD_PRECISION</c>: a trap within √2·10⁻⁶ µm of a qubit is on it.</summary>
    private static readonly double OnSite = Math.Sqrt(2) * 1e-6;

    private readonly List<string> _dmmOrder = [];
    private readonly Dictionary<string, ConfigDetuningMapOperation> _maps = new(StringComparer.Ordinal);
    private IReadOnlyList<Atom> _atoms = [];

    private void ConfigDetuningMap(ConfigDetuningMapOperation op)
    {
        var dmm = _seq.Device.FindDmm(op.DmmId) ?? throw ScheduleException.Rule("dmm_id", op.DmmId,
            $"is not a DMM of {_seq.Device.Name} (its DMMs: {(_seq.Device.DmmChannels.Count == 0 ? "none" : string.Join(", ", _seq.Device.DmmChannels.Select(d => d.Id)))})");
        if (_channels.Values.Any(c => c.Channel.Basis == Basis.XY))
        {
            throw ScheduleException.Rule("dmm_id", op.DmmId, "cannot work with a declared XY (microwave) channel");
        }

        var repeats = _dmmOrder.Count(n => n == op.DmmId || n.StartsWith(op.DmmId + "_", StringComparison.Ordinal));
        var name = repeats == 0 ? op.DmmId : $"{op.DmmId}_{repeats}";
        var channel = new DeviceChannel(dmm.Id, Basis.GroundRydberg, false, 0, 0, 0, dmm.ClockPeriodNs, dmm.MinDurationNs, dmm.MaxDurationNs, dmm.ModBandwidthMHz, 0, 0, 0);
        var weights = _qubits.ToDictionary(
            q => q,
            q => _atoms.FirstOrDefault(a => a.Id == q) is { } atom
                ? op.Traps.Where(t => Math.Sqrt(((t.X - atom.X) * (t.X - atom.X)) + ((t.Y - atom.Y) * (t.Y - atom.Y))) < OnSite).Sum(t => t.Weight)
                : 0,
            StringComparer.Ordinal);
        var schedule = new ChannelSchedule(name, channel, _seq.Device.Name) { Weights = weights };
        schedule.Slots.Add(new TimeSlot(SlotKind.Target, -1, 0, _qubitSet));
        _channels[name] = schedule;
        _dmmOrder.Add(name);
        _maps[name] = op;
        if (!_refs.ContainsKey(Basis.GroundRydberg))
        {
            _refs[Basis.GroundRydberg] = _qubits.ToDictionary(q => q, _ => new QubitRef(), StringComparer.Ordinal);
        }
    }

    private void AddDmmDetuning(DmmDetuningOperation op)
    {
        if (!_maps.TryGetValue(op.DmmName, out var map))
        {
            throw ScheduleException.Rule("dmm_name", op.DmmName, "is not a configured DMM: call config_detuning_map first");
        }

        var ch = _channels[op.DmmName];
        var built = Pulse.ConstantAmplitude(0, op.Detuning, 0).Build(_values);
        CheckDmm(ch, built, map);
        AddBuilt(ch, op.DmmName, built, op.Protocol, "waveform.duration", drift: null);
    }

    /// <summary>Pulser's <c>DMM.validate_pulse</c> on the map's weights.</summary>
    private void CheckDmm(ChannelSchedule ch, BuiltPulse pulse, ConfigDetuningMapOperation map)
    {
        var dmm = _seq.Device.FindDmm(ch.Channel.Id)!;
        var source = $"{_seq.Device.Name} {dmm.Id}";
        var rounded = pulse.Detuning.Samples.Select(x => Math.Round(x, 6, MidpointRounding.ToEven)).ToArray();
        if (rounded.Any(x => x > 0))
        {
            throw new ScheduleException(Violation.AboveMaximum("waveform", rounded.Max(), 0, "the detuning of a DMM is never positive"));
        }

        var min = rounded.Min();
        var weights = map.Traps.Select(t => t.Weight).ToArray();
        var maxWeight = weights.DefaultIfEmpty(0).Max();
        if (dmm.BottomDetuning is { } bottom && maxWeight * min < bottom)
        {
            throw new ScheduleException(Violation.BelowMinimum("waveform", min, bottom / maxWeight, $"{source} bottom_detuning {Violation.Format(bottom)} at the largest weight {Violation.Format(maxWeight)}"));
        }

        var sum = weights.Sum();
        if (dmm.TotalBottomDetuning is { } total && sum * min < total)
        {
            throw new ScheduleException(Violation.BelowMinimum("waveform", min, total / sum, $"{source} total_bottom_detuning {Violation.Format(total)} over the summed weights {Violation.Format(sum)}"));
        }

        var nonZero = weights.Where(w => w != 0).ToArray();
        if (nonZero.Length == 0)
        {
            return;
        }

        var average = rounded.Average(Math.Abs);
        var product = nonZero.Min() * average;
        if (product > 0 && product < dmm.MinAverageAbsDetuning)
        {
            throw new ScheduleException(Violation.BelowMinimum("waveform", product, dmm.MinAverageAbsDetuning, $"{source} min_avg_abs_detuning: average |detuning| at the smallest non-zero weight"));
        }
    }
}
