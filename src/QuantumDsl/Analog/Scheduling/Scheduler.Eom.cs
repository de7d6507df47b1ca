namespace QuantumDsl.Analog;

/// <summary>
/// EOM mode as Pulser's <c>Sequence</c> schedules it: <c>enable_eom_mode</c> waits for the last pulse to fall, then a
/// buffer (the EOM's buffer time) at the detuning off; EOM pulses are square pulses of the block's amplitude and
/// detuning; delays in EOM mode hold the detuning off; <c>modify_eom_setpoint</c> closes the block and opens a new one
/// after a buffer; <c>disable_eom_mode</c> closes it and adds the buffer. <c>correct_phase_drift</c> undoes the phase
/// −detuning_off·t accumulated between pulses.
/// </summary>
internal sealed partial class Scheduler
{
    private void EnableEom(EnableEomOperation op)
    {
        var ch = Channel(op.Channel);
        var eom = ch.Channel.Eom ?? throw ScheduleException.Rule("channel", op.Channel, $"does not have an EOM ({ch.Channel.Id} has no eom_config)");
        if (ch.InEomMode)
        {
            throw ScheduleException.Rule("channel", op.Channel, "is already in EOM mode");
        }

        var (amp, detOn, detOff, beams) = Setpoint(ch, eom, op.AmpOn, op.DetuningOn, op.OptimalDetuningOff);
        var drift = new PhaseDrift(-detOff, ch.Duration(includeFallTime: true));
        OpenEomBlock(ch, amp, detOn, detOff, beams, waitForFall: true);
        if (op.CorrectPhaseDrift == true)
        {
            var buffer = ch.Last;
            ShiftPhase(ch, buffer.Targets, -drift.At(buffer.Tf));
        }
    }

    private void ModifyEomSetpoint(ModifyEomSetpointOperation op)
    {
        var ch = Channel(op.Channel);
        if (!ch.InEomMode)
        {
            throw ScheduleException.Rule("channel", op.Channel, "is not in EOM mode: modify_eom_setpoint needs enable_eom_mode first");
        }

        var (amp, detOn, detOff, beams) = Setpoint(ch, ch.Channel.Eom!, op.AmpOn, op.DetuningOn, op.OptimalDetuningOff);
        ch.EomBlocks[^1].Tf = ch.Last.Tf;
        var oldDrift = LastEomPulseDrift(ch);
        var newDrift = new PhaseDrift(-detOff, ch.Duration());
        OpenEomBlock(ch, amp, detOn, detOff, beams, waitForFall: false);
        if (op.CorrectPhaseDrift)
        {
            var buffer = ch.Last;
            ShiftPhase(ch, buffer.Targets, -(oldDrift.At(buffer.Ti) + newDrift.At(buffer.Tf)));
        }
    }

    private void DisableEom(DisableEomOperation op)
    {
        var ch = Channel(op.Channel);
        if (!ch.InEomMode)
        {
            throw ScheduleException.Rule("channel", op.Channel, "is not in EOM mode: disable_eom_mode needs enable_eom_mode first");
        }

        var block = ch.EomBlocks[^1];
        block.Tf = ch.Last.Tf;
        if (ch.Channel.Eom!.CustomBufferTimeNs is > 0)
        {
            AddDelay(ch, ch.AdjustDuration(ch.EomBufferTime, "buffer"), "buffer");
        }
        else
        {
            WaitForFall(ch);
        }

        if (op.CorrectPhaseDrift == true)
        {
            var drift = LastEomPulseDrift(ch);
            ShiftPhase(ch, ch.Last.Targets, -drift.At(block.Tf!.Value));
        }
    }

    private void AddEomPulse(EomPulseOperation op)
    {
        var ch = Channel(op.Channel);
        if (!ch.InEomMode)
        {
            throw ScheduleException.Rule("channel", op.Channel, "must be in EOM mode for add_eom_pulse: call enable_eom_mode first");
        }

        var block = ch.EomBlocks[^1];
        var duration = BuiltWaveform.WholeNs(op.DurationNs.Evaluate(_values));
        var pulse = new BuiltPulse(Constant(duration, block.RabiFreq), Constant(duration, block.DetuningOn), Pulse.Mod2Pi(op.Phase.Evaluate(_values)), Pulse.Mod2Pi(op.PostPhaseShift.Evaluate(_values)))
        {
            IsDetunedDelay = block.RabiFreq == 0,
        };
        var drift = op.CorrectPhaseDrift == true ? LastEomPulseDrift(ch) : null;
        AddBuilt(ch, op.Channel, pulse, op.Protocol, "duration", drift);
    }

    /// <summary>Pulser's <c>_process_eom_parameters</c>: the on-pulse checked against the channel, and the detuning off chosen.</summary>
    private (double Amp, double DetuningOn, double DetuningOff, IReadOnlyList<RydbergBeam> SwitchingBeams) Setpoint(ChannelSchedule ch, EomConfig eom, Expr ampOn, Expr detuningOn, Expr optimalOff)
    {
        var amp = ampOn.Evaluate(_values);
        var detOn = detuningOn.Evaluate(_values);
        var optimal = optimalOff.Evaluate(_values);
        var onPulse = new BuiltPulse(Constant(ch.MinDuration, amp), Constant(ch.MinDuration, detOn), 0, 0);
        var found = new List<(string Path, Violation Violation)>();
        Validate(ch, onPulse, _seq.Device.Name, found);
        if (found.Count > 0)
        {
            // Pulser's build stops at the first broken limit of the EOM setpoint.
            throw new ScheduleException(found[0].Violation);
        }

        var (off, beams) = EomDetuning.Choose(eom, amp, detOn, optimal);
        return (amp, detOn, off, beams);
    }

    private void OpenEomBlock(ChannelSchedule ch, double amp, double detOn, double detOff, IReadOnlyList<RydbergBeam> beams, bool waitForFall)
    {
        if (ch.Duration() != 0)
        {
            if (waitForFall)
            {
                WaitForFall(ch);
            }

            var buffer = ch.AdjustDuration(ch.EomBufferTime, "buffer");
            if (detOff != 0)
            {
                SchedulePulse(ch, DetunedDelay(buffer, detOff, LastPulsePhase(ch)), 0, Protocol.NoDelay, drift: null);
            }
            else
            {
                AddDelay(ch, buffer, "buffer");
            }
        }

        ch.EomBlocks.Add(new EomBlock(amp, detOn, detOff, ch.Last.Tf) { SwitchingBeams = beams });
    }

    /// <summary>Pulser's <c>_get_last_eom_pulse_phase_drift</c>: drift at −detuning_off since the last pulse or the block's start.</summary>
    private static PhaseDrift LastEomPulseDrift(ChannelSchedule ch)
    {
        var block = ch.EomBlocks[^1];
        var lastPulseTf = ch.LastPulseSlot(ignoreDetunedDelay: true)?.Tf ?? 0;
        return new PhaseDrift(-block.DetuningOff, Math.Max(block.Ti, lastPulseTf));
    }

    private void ShiftPhase(ChannelSchedule ch, IEnumerable<string> targets, double phi)
    {
        var refs = _refs[ch.Channel.Basis];
        foreach (var q in targets)
        {
            refs[q].Increment(phi);
        }
    }

    /// <summary>Pulser's <c>_get_last_pulse_phase</c>: the phase of the channel's last pulse (detuned delays included), else 0.</summary>
    private static double LastPulsePhase(ChannelSchedule ch) => ch.LastPulseSlot(ignoreDetunedDelay: false)?.Pulse!.Phase ?? 0;

    private static BuiltPulse DetunedDelay(int duration, double detuning, double phase) =>
        new(Constant(duration, 0), Constant(duration, detuning), phase, 0) { IsDetunedDelay = true };

    private static BuiltWaveform Constant(int duration, double value) =>
        new(Enumerable.Repeat(value, duration).ToArray(), n => Constant(n, value));

    /// <summary>Pulser's <c>_PhaseDriftParams</c>: phase drift at <see cref="RateRadPerUs"/> since <see cref="Ti"/>.</summary>
    private sealed record PhaseDrift(double RateRadPerUs, int Ti)
    {
        public double At(int tf) => RateRadPerUs * (tf - Ti) * 1e-3;
    }
}
