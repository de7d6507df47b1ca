namespace QuantumDsl.Analog;

/// <summary>Turns a <see cref="Scheduler"/>'s timelines into per-ns samples exactly as Pulser's sampler does (no modulation).</summary>
internal static class Sampler
{
    public static AnalogSamples Sample(Scheduler schedule, IReadOnlyList<string> qubits)
    {
        var schedules = schedule.Channels;
        var channels = schedules.Select(Channel).ToList();
        var duration = channels.Count == 0 ? 0 : channels.Max(c => c.DurationNs);
        var perBasis = new Dictionary<Basis, Dictionary<string, QubitDrive>>();

        // An XY sequence's SLM mask: the masked qubits see the global pulses only from the end of the first one on.
        var masked = schedule.XyMaskTargets;
        var maskEnd = masked is null ? 0 : schedule.FirstGlobalPulse()?.Tf ?? 0;
        for (var c = 0; c < channels.Count; c++)
        {
            var cs = channels[c];
            var weights = schedules[c].Weights;
            if (!perBasis.TryGetValue(cs.Basis, out var drives))
            {
                drives = new Dictionary<string, QubitDrive>(StringComparer.Ordinal);
                perBasis[cs.Basis] = drives;
            }

            var lastPhase = cs.Phase.Count > 0 ? cs.Phase[^1] : 0;
            foreach (var slot in cs.Slots)
            {
                foreach (var q in slot.Targets)
                {
                    if (!drives.TryGetValue(q, out var drive))
                    {
                        drive = new QubitDrive(new double[duration], new double[duration], new double[duration]);
                        drives[q] = drive;
                    }

                    // A DMM's detuning reaches each qubit multiplied by its weight in the detuning map.
                    var weight = weights is null ? 1 : weights[q];
                    var ti = cs.Basis == Basis.XY && masked is not null && masked.Contains(q) ? Math.Max(slot.Ti, maskEnd) : slot.Ti;
                    for (var t = ti; t < Math.Min(slot.Tf, duration); t++)
                    {
                        var inside = t < cs.DurationNs;
                        drive.Amplitude[t] += inside ? cs.Amplitude[t] : 0;
                        drive.Detuning[t] += inside ? cs.Detuning[t] * weight : 0;
                        drive.Phase[t] += inside ? cs.Phase[t] : lastPhase;
                    }
                }
            }
        }

        var ordered = perBasis.ToDictionary(
            kv => kv.Key,
            kv => (IReadOnlyDictionary<string, QubitDrive>)qubits.Where(kv.Value.ContainsKey).ToDictionary(q => q, q => kv.Value[q], StringComparer.Ordinal));
        return new AnalogSamples(schedule.DurationNs, qubits, channels, ordered);
    }

    private static ChannelSamples Channel(ChannelSchedule ch)
    {
        var dt = ch.Duration();
        double[] amp = new double[dt], det = new double[dt], phase = new double[dt];
        var pulses = ch.Slots.Where(s => s.Kind == SlotKind.Pulse).ToList();
        var slots = new List<PulseSlot>();
        for (var ind = 0; ind < pulses.Count; ind++)
        {
            var s = pulses[ind];
            var pulse = s.Pulse!;
            for (var t = 0; t < pulse.Duration; t++)
            {
                amp[s.Ti + t] += pulse.Amplitude.Samples[t];
                det[s.Ti + t] += pulse.Detuning.Samples[t];
            }

            var fall = ch.FallTime(pulse, ch.InEomModeAt(s));
            var tf = s.Tf + (ind < pulses.Count - 1 ? Math.Min(fall, pulses[ind + 1].Ti - s.Tf) : fall);
            slots.Add(new PulseSlot(s.Ti, tf, s.Targets.ToList()));
            if (pulse.IsDetunedDelay)
            {
                continue;
            }

            var tStart = 0;
            for (var k = ind - 1; k >= 0; k--)
            {
                if (!pulses[k].Pulse!.IsDetunedDelay)
                {
                    tStart = Math.Max(s.Ti - ch.PhaseJumpTime, pulses[k].Tf);
                    break;
                }
            }

            for (var t = Math.Max(0, tStart); t < dt; t++)
            {
                phase[t] = pulse.Phase;
            }
        }

        return new ChannelSamples(ch.Name, ch.Channel.Id, ch.Channel.Basis, amp, det, phase, slots)
        {
            EomBlocks = ch.EomBlocks.Select(b => new ChannelEomBlock(b.Ti, b.Tf, b.RabiFreq, b.DetuningOn, b.DetuningOff, b.SwitchingBeams)).ToList(),
        };
    }
}
