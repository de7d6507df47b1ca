namespace QuantumDsl.Analog;

/// <summary>EOM mode on a Rydberg channel with an EOM (Pulser's <c>enable_eom_mode</c> … <c>disable_eom_mode</c>).</summary>
public sealed partial class SequenceBuilder
{
    /// <summary>
    /// Puts <paramref name="channel"/> in EOM mode: square pulses of <paramref name="ampOn"/> and
    /// <paramref name="detuningOn"/>, and between them the detuning off of the device's EOM closest to
    /// <paramref name="optimalDetuningOff"/>. A non-empty channel first waits for its last pulse to fall, then for the
    /// EOM's buffer time (at the detuning off). In EOM mode only <see cref="AddEomPulse"/>, <see cref="Delay"/>,
    /// <see cref="ModifyEomSetpoint"/> and <see cref="DisableEomMode"/> are allowed on the channel.
    /// </summary>
    /// <param name="channel">A declared channel whose device channel has an EOM (AnalogDevice's, Fresnel's <c>rydberg_global</c>).</param>
    /// <param name="ampOn">Amplitude of the EOM pulses (rad/µs), within the channel's <c>max_amp</c>.</param>
    /// <param name="detuningOn">Detuning of the EOM pulses (rad/µs), within the channel's <c>max_abs_detuning</c>.</param>
    /// <param name="optimalDetuningOff">Wanted detuning between pulses (rad/µs).</param>
    /// <param name="correctPhaseDrift">Shift the phase reference to undo the drift during the buffer.</param>
    public SequenceBuilder EnableEomMode(
        string channel,
        [DeviceLimit(DeviceQuantity.Amplitude)] Expr ampOn,
        [DeviceLimit(DeviceQuantity.Detuning)] Expr detuningOn,
        Expr? optimalDetuningOff = null,
        bool correctPhaseDrift = false)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(ampOn);
        ArgumentNullException.ThrowIfNull(detuningOn);
        _operations.Add(new EnableEomOperation(channel, ampOn, detuningOn, optimalDetuningOff ?? 0, correctPhaseDrift ? true : null));
        return this;
    }

    /// <summary>Adds a square pulse of the EOM setpoint on <paramref name="channel"/> (in EOM mode).</summary>
    /// <param name="channel">A declared channel in EOM mode.</param>
    /// <param name="durationNs">Duration in ns (rounded up to the clock period, as any pulse).</param>
    /// <param name="phase">Phase (rad).</param>
    /// <param name="postPhaseShift">Phase shift after the pulse (rad).</param>
    /// <param name="protocol">How it is scheduled against the other channels.</param>
    /// <param name="correctPhaseDrift">Correct the phase for the drift at the detuning off since the last pulse.</param>
    public SequenceBuilder AddEomPulse(
        string channel,
        [DeviceLimit(DeviceQuantity.DurationNs)] Expr durationNs,
        Expr? phase = null,
        Expr? postPhaseShift = null,
        Protocol protocol = Protocol.MinDelay,
        bool correctPhaseDrift = false)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(durationNs);
        _operations.Add(new EomPulseOperation(channel, durationNs, phase ?? 0, postPhaseShift ?? 0, protocol, correctPhaseDrift ? true : null));
        return this;
    }

    /// <summary>Changes the EOM setpoint of <paramref name="channel"/> (in EOM mode), with a buffer at the new detuning off.</summary>
    /// <param name="channel">A declared channel in EOM mode.</param>
    /// <param name="ampOn">New amplitude of the EOM pulses (rad/µs).</param>
    /// <param name="detuningOn">New detuning of the EOM pulses (rad/µs).</param>
    /// <param name="optimalDetuningOff">Wanted detuning between pulses (rad/µs).</param>
    /// <param name="correctPhaseDrift">Shift the phase reference to undo the drift during the change.</param>
    public SequenceBuilder ModifyEomSetpoint(
        string channel,
        [DeviceLimit(DeviceQuantity.Amplitude)] Expr ampOn,
        [DeviceLimit(DeviceQuantity.Detuning)] Expr detuningOn,
        Expr? optimalDetuningOff = null,
        bool correctPhaseDrift = false)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(ampOn);
        ArgumentNullException.ThrowIfNull(detuningOn);
        _operations.Add(new ModifyEomSetpointOperation(channel, ampOn, detuningOn, optimalDetuningOff ?? 0, correctPhaseDrift));
        return this;
    }

    /// <summary>Takes <paramref name="channel"/> out of EOM mode, followed by the EOM's buffer.</summary>
    /// <param name="channel">A declared channel in EOM mode.</param>
    /// <param name="correctPhaseDrift">Shift the phase reference to undo the drift since the last pulse.</param>
    public SequenceBuilder DisableEomMode(string channel, bool correctPhaseDrift = false)
    {
        ArgumentNullException.ThrowIfNull(channel);
        _operations.Add(new DisableEomOperation(channel, correctPhaseDrift ? true : null));
        return this;
    }
}
