namespace QuantumDsl.Analog;

/// <summary>
/// A detuning map modulator of a <see cref="Device"/> (Pulser's <c>DMM</c>, from a <see cref="DmmSpecAttribute"/> or the
/// device's <c>dmm_objects</c>): a global <c>ground-rydberg</c> channel with no amplitude whose detuning is weighted per
/// atom. Detunings in rad/µs, times in ns; for limits, null means "none".
/// </summary>
/// <param name="Id">DMM id, for example <c>dmm_0</c>.</param>
/// <param name="BottomDetuning">Lowest detuning one atom can get (<c>bottom_detuning</c>).</param>
/// <param name="TotalBottomDetuning">Lowest sum of the atoms' detunings (<c>total_bottom_detuning</c>).</param>
/// <param name="MinAverageAbsDetuning">Minimum average |δ| of a non-zero pulse (<c>min_avg_abs_detuning</c>).</param>
/// <param name="ClockPeriodNs">Durations are multiples of it (<c>clock_period</c>).</param>
/// <param name="MinDurationNs">Shortest pulse (<c>min_duration</c>).</param>
/// <param name="MaxDurationNs">Longest pulse (<c>max_duration</c>), 0 when none.</param>
/// <param name="ModBandwidthMHz">Modulation bandwidth (<c>mod_bandwidth</c>), 0 when none.</param>
public sealed record DmmChannel(
    string Id,
    double? BottomDetuning,
    double? TotalBottomDetuning,
    double MinAverageAbsDetuning,
    int ClockPeriodNs,
    int MinDurationNs,
    int MaxDurationNs,
    double ModBandwidthMHz)
{
    /// <summary>Always <see cref="Basis.GroundRydberg"/>.</summary>
    public Basis Basis => Basis.GroundRydberg;
}
