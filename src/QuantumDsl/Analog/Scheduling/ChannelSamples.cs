namespace QuantumDsl.Analog;

/// <summary>
/// One declared channel's samples, one per ns over the channel's duration, as Pulser's
/// <c>sample(seq).channel_samples[name]</c> (no modulation): amplitude and detuning in rad/µs, phase in rad (held
/// from the phase-jump point before each pulse onwards), and the pulse slots with their fall-extended ends.
/// </summary>
/// <param name="Name">The declared channel name.</param>
/// <param name="ChannelId">The device channel id.</param>
/// <param name="Basis">The channel's basis.</param>
/// <param name="Amplitude">Ω per ns.</param>
/// <param name="Detuning">δ per ns.</param>
/// <param name="Phase">φ per ns.</param>
/// <param name="Slots">Pulse slots: start, end including the fall time (cut at the next pulse), targeted qubit ids.</param>
public sealed record ChannelSamples(
    string Name,
    string ChannelId,
    Basis Basis,
    IReadOnlyList<double> Amplitude,
    IReadOnlyList<double> Detuning,
    IReadOnlyList<double> Phase,
    IReadOnlyList<PulseSlot> Slots)
{
    /// <summary>Number of samples (the channel's duration in ns, fall times excluded).</summary>
    public int DurationNs => Amplitude.Count;

    /// <summary>The channel's EOM blocks, in order (Pulser's <c>ChannelSamples.eom_blocks</c>); empty when EOM mode was never enabled.</summary>
    public IReadOnlyList<ChannelEomBlock> EomBlocks { get; init; } = [];
}

/// <summary>
/// One EOM block of a channel (Pulser's <c>_EOMSettings</c>): the setpoint in force from <paramref name="Ti"/> (after the
/// enabling buffer) until <paramref name="Tf"/> (null when EOM mode is still on at the end of the sequence).
/// </summary>
/// <param name="Ti">Start (ns).</param>
/// <param name="Tf">End (ns), or null.</param>
/// <param name="RabiFrequency">Ω of the EOM pulses (rad/µs).</param>
/// <param name="DetuningOn">δ during the EOM pulses (rad/µs).</param>
/// <param name="DetuningOff">δ held between them (rad/µs).</param>
/// <param name="SwitchingBeams">The beams switched off between pulses.</param>
public sealed record ChannelEomBlock(int Ti, int? Tf, double RabiFrequency, double DetuningOn, double DetuningOff, IReadOnlyList<RydbergBeam> SwitchingBeams);

/// <summary>Where a pulse acts in a channel's samples: [<paramref name="Ti"/>, <paramref name="Tf"/>) ns on <paramref name="Targets"/>.</summary>
/// <param name="Ti">Start (ns).</param>
/// <param name="Tf">End (ns) including the fall time of the output modulation, cut at the next pulse's start.</param>
/// <param name="Targets">Qubit ids.</param>
public sealed record PulseSlot(int Ti, int Tf, IReadOnlyList<string> Targets);

/// <summary>The drive one qubit sees in one basis, one sample per ns (Pulser's <c>to_nested_dict(all_local=True)</c>).</summary>
/// <param name="Amplitude">Ω per ns (rad/µs).</param>
/// <param name="Detuning">δ per ns (rad/µs).</param>
/// <param name="Phase">φ per ns (rad).</param>
public sealed record QubitDrive(double[] Amplitude, double[] Detuning, double[] Phase);

/// <summary>
/// A built sequence's samples, equal to Pulser's <c>sample(seq.build(**values))</c>: <see cref="Channels"/> per declared
/// channel, and <see cref="Qubits"/> per basis and qubit (Pulser's <c>to_nested_dict(all_local=True)["Local"]</c>),
/// over <see cref="DurationNs"/> (the sequence duration, buffers included, fall times of the last pulses excluded).
/// </summary>
/// <param name="DurationNs">The sequence duration (Pulser's <c>get_duration()</c>).</param>
/// <param name="QubitIds">The qubits of the built register, in order (the bitstring order of results).</param>
/// <param name="Channels">Per declared channel, in declaration order.</param>
/// <param name="Qubits">Per basis, per qubit id (only qubits some pulse slot addresses).</param>
public sealed record AnalogSamples(
    int DurationNs,
    IReadOnlyList<string> QubitIds,
    IReadOnlyList<ChannelSamples> Channels,
    IReadOnlyDictionary<Basis, IReadOnlyDictionary<string, QubitDrive>> Qubits);
