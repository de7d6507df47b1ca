namespace QuantumDsl.Analog;

/// <summary>One trap of a detuning map: its position (µm) and the weight of the DMM's detuning there.</summary>
/// <param name="X">x (µm).</param>
/// <param name="Y">y (µm).</param>
/// <param name="Weight">Weight in [0, 1].</param>
public sealed record WeightedTrap(double X, double Y, double Weight);

/// <summary>
/// A detuning map: weighted traps and an optional name (Pulser's <c>DetuningMap</c>), made with
/// <see cref="RegisterLayout.DefineDetuningMap"/> from a layout's trap ids; configure a DMM on it with
/// <see cref="SequenceBuilder.ConfigDetuningMap(string, DetuningMap)"/>.
/// </summary>
/// <param name="Traps">The weighted traps.</param>
/// <param name="Slug">The map's optional name, written as <c>detuning_map.slug</c>.</param>
public sealed record DetuningMap(IReadOnlyList<WeightedTrap> Traps, string? Slug = null);

/// <summary>
/// Declares the DMM <paramref name="DmmId"/> of the device on a detuning map (<c>op: "config_detuning_map"</c>): a global
/// ground-rydberg channel, named after the id (suffixed <c>_1</c>, <c>_2</c>… when configured again), whose detuning
/// reaches each atom multiplied by the weight of the traps at its position.
/// </summary>
/// <param name="DmmId">The device's DMM id, for example <c>dmm_0</c>.</param>
/// <param name="Traps">The weighted traps.</param>
/// <param name="Slug">The map's optional name (<c>slug</c>), written back as read.</param>
public sealed record ConfigDetuningMapOperation(string DmmId, IReadOnlyList<WeightedTrap> Traps, string? Slug = null) : SequenceOperation;

/// <summary>A detuning waveform on a configured DMM (<c>op: "add_dmm_detuning"</c>): amplitude 0, phase 0.</summary>
/// <param name="DmmName">The DMM channel's name (its id, or id_N).</param>
/// <param name="Detuning">The detuning waveform (rad/µs, never positive).</param>
/// <param name="Protocol">How it is scheduled against the other channels.</param>
public sealed record DmmDetuningOperation(string DmmName, Waveform Detuning, Protocol Protocol) : SequenceOperation;

/// <summary>
/// An SLM mask on <paramref name="AtomIds"/> (<c>op: "config_slm_mask"</c>). In an Ising sequence Pulser implements it
/// with the DMM <paramref name="DmmId"/>: a detuning map of weight 1 on the masked atoms (0 elsewhere) playing a large
/// negative detuning (−10 × the pulse's maximum amplitude, bounded by the DMM's bottom detunings) for the duration of the
/// first pulse of a global channel.
/// </summary>
/// <param name="AtomIds">The masked qubit ids.</param>
/// <param name="DmmId">The device's DMM used for the mask (<c>dmm_0</c>).</param>
public sealed record SlmMaskOperation(IReadOnlyList<string> AtomIds, string DmmId = "dmm_0") : SequenceOperation;
