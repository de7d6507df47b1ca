namespace QuantumDsl.Analog;

/// <summary>
/// The SLM mask of an Ising sequence as Pulser implements it: the DMM configured on a detuning map of weight 1 on the
/// masked qubits (0 on the others), then, when the first pulse (not a detuned delay) of a global channel is added, a
/// constant detuning of −10 × that pulse's maximum amplitude (raised to <c>bottom_detuning</c>, and to
/// <c>total_bottom_detuning</c> / number of masked qubits) on the DMM from 0 to the end of that pulse.
/// </summary>
internal sealed partial class Scheduler
{
    private string? _slmDmm;
    private int _slmTargets;
    private bool _slmWaiting;

    private void ConfigSlmMask(SlmMaskOperation op)
    {
        if (_slmDmm is not null)
        {
            throw ScheduleException.Rule("qubits", string.Join(", ", op.AtomIds), "configures a second SLM mask: an SLM mask can be configured only once");
        }

        if (_channels.Values.Any(c => c.Channel.Basis == Basis.XY))
        {
            throw ScheduleException.Rule("op", "config_slm_mask", "in an XY sequence is not supported by QuantumDsl's scheduler (only the Ising SLM mask, implemented with a DMM, is)");
        }

        var masked = op.AtomIds.ToHashSet(StringComparer.Ordinal);
        CheckQubits("qubits", masked);
        if (_channels.Values.Any(c => c.Weights is null && !c.Channel.IsLocal && c.Slots.Any(s => s.Kind == SlotKind.Pulse)))
        {
            throw ScheduleException.Rule("op", "config_slm_mask", "after pulses on a global channel is not supported by QuantumDsl's scheduler: configure the SLM mask before the first pulse");
        }

        var traps = _qubits.Select(q => _atoms.First(a => a.Id == q)).Select(a => new WeightedTrap(a.X, a.Y, masked.Contains(a.Id) ? 1.0 : 0)).ToList();
        ConfigDetuningMap(new ConfigDetuningMapOperation(op.DmmId, traps));
        _slmDmm = _dmmOrder[^1];
        _slmTargets = masked.Count;
        _slmWaiting = true;
    }

    /// <summary>Pulser's <c>_modulate_slm_mask_dmm</c>, after the first pulse of a global (non-DMM) channel.</summary>
    private void ModulateSlmMask(ChannelSchedule ch, TimeSlot slot)
    {
        if (!_slmWaiting || ch.Weights is not null || ch.Channel.IsLocal || slot.Pulse!.IsDetunedDelay)
        {
            return;
        }

        _slmWaiting = false;
        var dmmSchedule = _channels[_slmDmm!];
        var dmm = _seq.Device.FindDmm(dmmSchedule.Channel.Id)!;
        var minDet = -10 * slot.Pulse.Amplitude.Samples.Max();
        if (dmm.BottomDetuning is { } bottom && bottom != 0 && minDet < bottom)
        {
            minDet = bottom;
        }

        if (dmm.TotalBottomDetuning is { } total && total != 0 && minDet * _slmTargets < total)
        {
            minDet = total / _slmTargets;
        }

        var duration = ch.Duration();
        var mask = new BuiltPulse(Constant(duration, 0), Constant(duration, minDet), 0, 0) { IsDetunedDelay = true };
        AddBuilt(dmmSchedule, _slmDmm!, mask, Protocol.NoDelay, "duration", drift: null);
    }
}
