namespace QuantumDsl;

/// <summary>A physical quantity whose valid range depends on the experiment's device.</summary>
public enum DeviceQuantity
{
    /// <summary>Rabi frequency Ω in rad/µs: 0 to the channel's <c>max_amp</c>.</summary>
    [Unit("rad/µs")]
    Amplitude,

    /// <summary>Detuning δ in rad/µs: ±<c>max_abs_detuning</c>.</summary>
    [Unit("rad/µs")]
    Detuning,

    /// <summary>Pulse or waveform duration in ns: <c>min_duration</c> to <c>max_duration</c> (and the sequence limit).</summary>
    [Unit("ns")]
    DurationNs,

    /// <summary>Distance between atoms in µm: at least <c>min_atom_distance</c>.</summary>
    [Unit("µm")]
    AtomDistanceUm,

    /// <summary>Number of atoms: 1 to <c>max_atom_num</c>.</summary>
    AtomCount,

    /// <summary>Shots per job: 1 to <c>max_runs</c>.</summary>
    Runs,

    /// <summary>
    /// A DMM's detuning in rad/µs: the DMM's <c>bottom_detuning</c> (the lowest of the device's DMMs) to 0 — the range at
    /// weight 1; a map's smaller weights allow lower values, checked by <c>Validate</c>.
    /// </summary>
    [Unit("rad/µs")]
    DmmDetuning,
}
