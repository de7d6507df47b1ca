namespace QuantumDsl.Analog;

/// <summary>
/// One channel of a <see cref="Device"/> (from a <see cref="ChannelSpecAttribute"/>). Amplitudes and detunings in
/// rad/µs, times in ns; for maxima 0 means "no limit".
/// </summary>
/// <param name="Id">Channel id, for example <c>rydberg_global</c>.</param>
/// <param name="Basis">The basis it addresses.</param>
/// <param name="IsLocal">Whether it targets chosen atoms (<c>Local</c>) rather than all (<c>Global</c>).</param>
/// <param name="MaxAmplitude">Maximum Ω (<c>max_amp</c>).</param>
/// <param name="MaxAbsDetuning">Maximum |δ| (<c>max_abs_detuning</c>).</param>
/// <param name="MinAverageAmplitude">Minimum average Ω of a non-zero pulse (<c>min_avg_amp</c>).</param>
/// <param name="ClockPeriodNs">Durations are multiples of it (<c>clock_period</c>).</param>
/// <param name="MinDurationNs">Shortest instruction (<c>min_duration</c>).</param>
/// <param name="MaxDurationNs">Longest instruction (<c>max_duration</c>).</param>
/// <param name="ModBandwidthMHz">Modulation bandwidth (<c>mod_bandwidth</c>), 0 when none.</param>
/// <param name="MinRetargetIntervalNs">Local channels: <c>min_retarget_interval</c>.</param>
/// <param name="FixedRetargetNs">Local channels: <c>fixed_retarget_t</c>.</param>
/// <param name="MaxTargets">Local channels: <c>max_targets</c> (0: no limit).</param>
public sealed record DeviceChannel(
    string Id,
    Basis Basis,
    bool IsLocal,
    double MaxAmplitude,
    double MaxAbsDetuning,
    double MinAverageAmplitude,
    int ClockPeriodNs,
    int MinDurationNs,
    int MaxDurationNs,
    double ModBandwidthMHz,
    int MinRetargetIntervalNs,
    int FixedRetargetNs,
    int MaxTargets)
{
    /// <summary>Pulser's <c>custom_phase_jump_time</c> (ns) when the device sets one; null: twice the rise time.</summary>
    public int? CustomPhaseJumpTimeNs { get; init; }

    /// <summary>The channel's EOM (<c>eom_config</c>), or null when it has none.</summary>
    public EomConfig? Eom { get; init; }

    /// <summary>Propagation direction of the channel's beam (<c>propagation_dir</c>), or null when not given.</summary>
    public (double X, double Y, double Z)? PropagationDirection { get; init; }

    /// <summary><c>Local</c> or <c>Global</c>.</summary>
    public string Addressing => IsLocal ? "Local" : "Global";
}
