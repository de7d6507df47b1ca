namespace QuantumDsl.Analog;

/// <summary>
/// Puts a Rydberg channel with an EOM in EOM mode (<c>op: "enable_eom_mode"</c>): from then on it plays square pulses of
/// amplitude <paramref name="AmpOn"/> and detuning <paramref name="DetuningOn"/>, and between them holds the detuning
/// off the device's EOM allows that is closest to <paramref name="OptimalDetuningOff"/>. A non-empty channel first
/// waits for its last pulse to fall, then a buffer of the EOM's buffer time at that detuning off.
/// </summary>
/// <param name="Channel">Declared channel name (its device channel must have an <c>eom_config</c>).</param>
/// <param name="AmpOn">Amplitude of the EOM pulses (rad/µs).</param>
/// <param name="DetuningOn">Detuning of the EOM pulses (rad/µs).</param>
/// <param name="OptimalDetuningOff">Wanted detuning between pulses (rad/µs); the closest option is used.</param>
/// <param name="CorrectPhaseDrift">Shift the phase reference to undo the drift of the buffer; null when not written (false).</param>
public sealed record EnableEomOperation(string Channel, Expr AmpOn, Expr DetuningOn, Expr OptimalDetuningOff, bool? CorrectPhaseDrift = null) : SequenceOperation;

/// <summary>A square pulse on a channel in EOM mode (<c>op: "add_eom_pulse"</c>) with the mode's amplitude and detuning.</summary>
/// <param name="Channel">Declared channel name, in EOM mode.</param>
/// <param name="DurationNs">Duration (ns).</param>
/// <param name="Phase">Phase (rad).</param>
/// <param name="PostPhaseShift">Phase shift after the pulse (rad).</param>
/// <param name="Protocol">How it is scheduled against the other channels.</param>
/// <param name="CorrectPhaseDrift">Correct the phase for the drift at the detuning off since the last pulse; null when not written (false).</param>
public sealed record EomPulseOperation(string Channel, Expr DurationNs, Expr Phase, Expr PostPhaseShift, Protocol Protocol, bool? CorrectPhaseDrift = null) : SequenceOperation;

/// <summary>Changes the amplitude and detuning of an ongoing EOM mode (<c>op: "modify_eom_setpoint"</c>), with a buffer.</summary>
/// <param name="Channel">Declared channel name, in EOM mode.</param>
/// <param name="AmpOn">New amplitude of the EOM pulses (rad/µs).</param>
/// <param name="DetuningOn">New detuning of the EOM pulses (rad/µs).</param>
/// <param name="OptimalDetuningOff">Wanted detuning between pulses (rad/µs).</param>
/// <param name="CorrectPhaseDrift">Shift the phase reference to undo the drift of the buffer.</param>
public sealed record ModifyEomSetpointOperation(string Channel, Expr AmpOn, Expr DetuningOn, Expr OptimalDetuningOff, bool CorrectPhaseDrift) : SequenceOperation;

/// <summary>Takes a channel out of EOM mode (<c>op: "disable_eom_mode"</c>), followed by the EOM's buffer.</summary>
/// <param name="Channel">Declared channel name, in EOM mode.</param>
/// <param name="CorrectPhaseDrift">Shift the phase reference to undo the drift since the last pulse; null when not written (false).</param>
public sealed record DisableEomOperation(string Channel, bool? CorrectPhaseDrift = null) : SequenceOperation;
