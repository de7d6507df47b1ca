namespace QuantumDsl.Analog;

/// <summary>
/// The SLM mask as Pulser's <c>Sequence.config_slm_mask</c> implements it. In an Ising sequence: the DMM configured on a
/// detuning map of weight 1 on the masked qubits (0 on the others), playing a constant detuning of −10 × a maximum
/// amplitude (raised to <c>bottom_detuning</c>, and to <c>total_bottom_detuning</c> / number of masked qubits) from 0
/// to the end of the first pulse of the global channels — the next one added when none has been yet, else the one
/// already there that starts first, with the largest amplitude of the global channels until its end. In an XY
/// sequence: no DMM; the sampler keeps the masked qubits out of the global pulses until the first one ends.
/// </summary>
internal sealed partial class Scheduler
{
    private string? _slmDmm;
    private IReadOnlySet<string>? _slmTargets;
    private bool _slmWaiting;

    /// <summary>The qubits an XY sequence's SLM mask hides until the first global pulse ends; null when there is no XY mask.</summary>
    public IReadOnlySet<string>? XyMaskTargets => _slmDmm is null && _channels.Values.Any(c => c.Channel.Basis == Basis.XY) ? _slmTargets : null;

    /// <param name="atomIds">The masked qubits.</param>
    /// <param name="dmmId">The DMM implementing the mask.</param>
    /// <param name="path">The path of the masked qubits (<c>qubits</c> in an operation, empty for the top-level <c>slm_mask_targets</c>).</param>
    private void ConfigSlmMask(IReadOnlyList<string> atomIds, string dmmId, string path)
    {
        var value = "[" + string.Join(", ", atomIds) + "]";
        if (!_seq.Device.SupportsSlmMask)
        {
            throw ScheduleException.Rule(path, value, $"masks qubits but {_seq.Device.Name} does not have an SLM mask");
        }

        if (_seq.IsRegisterMappable)
        {
            throw ScheduleException.Rule(path, value, "masks qubits of a mappable register: the SLM mask cannot be combined with a mappable register");
        }

        var masked = atomIds.ToHashSet(StringComparer.Ordinal);
        CheckQubits(path, masked);
        if (_slmTargets is not null)
        {
            throw ScheduleException.Rule(path, value, "configures a second SLM mask: an SLM mask can be configured only once");
        }

        var xy = _channels.Values.Any(c => c.Channel.Basis == Basis.XY);
        if (xy || _channels.Count == 0)
        {
            // Pulser checks the DMM exists, then keeps only the targets: the XY mask acts in the sampler.
            _ = _seq.Device.FindDmm(dmmId) ?? throw ScheduleException.Rule("dmm_id", dmmId, $"is not a DMM of {_seq.Device.Name} (its DMMs: {(_seq.Device.DmmChannels.Count == 0 ? "none" : string.Join(", ", _seq.Device.DmmChannels.Select(d => d.Id)))})");
            _slmTargets = masked;
            return;
        }

        var traps = _qubits.Select(q => _atoms.First(a => a.Id == q)).Select(a => new WeightedTrap(a.X, a.Y, masked.Contains(a.Id) ? 1.0 : 0)).ToList();
        ConfigDetuningMap(new ConfigDetuningMapOperation(dmmId, traps));
        _slmDmm = _dmmOrder[^1];
        _slmTargets = masked;
        if (FirstGlobalPulse() is { } first)
        {
            ModulateSlmMask(first.Tf, MaxGlobalAmplitudeUntil(first.Tf));
        }
        else
        {
            _slmWaiting = true;
        }
    }

    /// <summary>Pulser's <c>_add</c> hook: the mask waits for the first pulse (not a detuned delay) of a global, non-DMM channel.</summary>
    private void ModulateSlmMask(ChannelSchedule ch, TimeSlot slot)
    {
        if (!_slmWaiting || ch.Weights is not null || ch.Channel.IsLocal || slot.Pulse!.IsDetunedDelay)
        {
            return;
        }

        _slmWaiting = false;
        ModulateSlmMask(ch.Duration(), slot.Pulse.Amplitude.Samples.Max());
    }

    /// <summary>Pulser's <c>_modulate_slm_mask_dmm</c>: the mask's detuning on its DMM from 0 for <paramref name="duration"/> ns.</summary>
    private void ModulateSlmMask(int duration, double maxAmplitude)
    {
        var dmmSchedule = _channels[_slmDmm!];
        var dmm = _seq.Device.FindDmm(dmmSchedule.Channel.Id)!;
        var minDet = -10 * maxAmplitude;
        if (dmm.BottomDetuning is { } bottom && bottom != 0 && minDet < bottom)
        {
            minDet = bottom;
        }

        var count = _slmTargets!.Count;
        if (dmm.TotalBottomDetuning is { } total && total != 0 && minDet * count < total)
        {
            minDet = total / count;
        }

        var mask = new BuiltPulse(Constant(duration, 0), Constant(duration, minDet), 0, 0) { IsDetunedDelay = true };
        AddBuilt(dmmSchedule, _slmDmm!, mask, Protocol.NoDelay, "duration", drift: null);
    }

    /// <summary>
    /// Pulser's <c>find_slm_mask_times</c>: over the global, non-DMM channels, the first pulse (not a detuned delay) of
    /// each; the one starting first (the earlier-declared channel on a tie). Null when no global channel has a pulse.
    /// </summary>
    internal TimeSlot? FirstGlobalPulse()
    {
        TimeSlot? first = null;
        foreach (var ch in Channels.Where(c => c.Weights is null && !c.Channel.IsLocal))
        {
            var pulse = ch.Slots.FirstOrDefault(s => s.Kind == SlotKind.Pulse && !s.Pulse!.IsDetunedDelay);
            if (pulse is not null && (first is null || pulse.Ti < first.Ti))
            {
                first = pulse;
            }
        }

        return first;
    }

    /// <summary>The largest amplitude sample of the global, non-DMM channels before <paramref name="end"/> ns (Pulser's <c>amp[:end]</c>).</summary>
    private double MaxGlobalAmplitudeUntil(int end)
    {
        var max = double.NegativeInfinity;
        foreach (var ch in Channels.Where(c => c.Weights is null && !c.Channel.IsLocal))
        {
            if (ch.Duration() == 0)
            {
                // Pulser takes the maximum of the channel's empty samples and fails.
                throw ScheduleException.Rule("op", "config_slm_mask",
                    $"after pulses cannot be built while the global channel '{ch.Name}' is empty (Pulser fails to take the maximum amplitude of an empty channel): configure the mask before the first pulse or add to '{ch.Name}' first");
            }

            // Delays hold 0; only pulses overlapping [0, end) count.
            var channelMax = 0.0;
            foreach (var slot in ch.Slots.Where(s => s.Kind == SlotKind.Pulse && s.Ti < end))
            {
                var samples = slot.Pulse!.Amplitude.Samples;
                for (var t = 0; t < samples.Length && slot.Ti + t < end; t++)
                {
                    channelMax = Math.Max(channelMax, samples[t]);
                }
            }

            max = Math.Max(max, channelMax);
        }

        return max;
    }
}
