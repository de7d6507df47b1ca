namespace QuantumDsl.Analog;

/// <summary>
/// The EOM of a Rydberg channel (Pulser's <c>RydbergEOM</c>, the channel's <c>eom_config</c>): in EOM mode the channel
/// plays square pulses with a faster rise time. Amplitudes and detunings in rad/µs, times in ns.
/// </summary>
/// <param name="LimitingBeam">The beam whose amplitude limits the Rabi frequency (<c>limiting_beam</c>).</param>
/// <param name="MaxLimitingAmp">Maximum amplitude of the limiting beam (<c>max_limiting_amp</c>).</param>
/// <param name="IntermediateDetuning">Detuning of the intermediate state (<c>intermediate_detuning</c>).</param>
/// <param name="ControlledBeams">Beams the EOM switches (<c>controlled_beams</c>).</param>
/// <param name="ModBandwidthMHz">The EOM's modulation bandwidth (<c>mod_bandwidth</c>).</param>
/// <param name="CustomBufferTimeNs">Buffer enforced around EOM mode (<c>custom_buffer_time</c>), or null for Pulser's default.</param>
public sealed record EomConfig(
    RydbergBeam LimitingBeam,
    double MaxLimitingAmp,
    double IntermediateDetuning,
    IReadOnlyList<RydbergBeam> ControlledBeams,
    double ModBandwidthMHz,
    int? CustomBufferTimeNs)
{
    /// <summary>Whether both controlled beams can be switched at once (<c>multiple_beam_control</c>).</summary>
    public bool MultipleBeamControl { get; init; } = true;

    /// <summary>Light shift coefficient of the blue beam (<c>blue_shift_coeff</c>).</summary>
    public double BlueShiftCoeff { get; init; } = 1.0;

    /// <summary>Light shift coefficient of the red beam (<c>red_shift_coeff</c>).</summary>
    public double RedShiftCoeff { get; init; } = 1.0;

    /// <summary>Value equality, including the controlled beams' contents.</summary>
    public bool Equals(EomConfig? other) =>
        other is not null
        && LimitingBeam == other.LimitingBeam
        && MaxLimitingAmp.Equals(other.MaxLimitingAmp)
        && IntermediateDetuning.Equals(other.IntermediateDetuning)
        && ControlledBeams.SequenceEqual(other.ControlledBeams)
        && ModBandwidthMHz.Equals(other.ModBandwidthMHz)
        && CustomBufferTimeNs == other.CustomBufferTimeNs
        && MultipleBeamControl == other.MultipleBeamControl
        && BlueShiftCoeff.Equals(other.BlueShiftCoeff)
        && RedShiftCoeff.Equals(other.RedShiftCoeff);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(LimitingBeam, MaxLimitingAmp, IntermediateDetuning, ControlledBeams.Count, ModBandwidthMHz, CustomBufferTimeNs);
}
