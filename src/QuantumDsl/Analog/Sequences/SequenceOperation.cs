namespace QuantumDsl.Analog;

/// <summary>One instruction of an <see cref="AnalogSequence"/>, in order (Pulser's <c>operations</c>).</summary>
public abstract record SequenceOperation
{
    private protected SequenceOperation()
    {
    }
}

/// <summary>A pulse on a declared channel (<c>op: "pulse"</c>).</summary>
/// <param name="Channel">Declared channel name.</param>
/// <param name="Pulse">The pulse.</param>
/// <param name="Protocol">How it is scheduled against the other channels.</param>
public sealed record PulseOperation(string Channel, Pulse Pulse, Protocol Protocol) : SequenceOperation;

/// <summary>Idle time on a channel (<c>op: "delay"</c>).</summary>
/// <param name="Channel">Declared channel name.</param>
/// <param name="DurationNs">Duration in ns.</param>
public sealed record DelayOperation(string Channel, Expr DurationNs) : SequenceOperation;

/// <summary>Waits until the listed channels are all free (<c>op: "align"</c>).</summary>
/// <param name="Channels">Declared channel names (at least two).</param>
public sealed record AlignOperation(IReadOnlyList<string> Channels) : SequenceOperation;

/// <summary>Points a local channel at atoms (<c>op: "target"</c>; written as atom indices).</summary>
/// <param name="Channel">Declared local channel name.</param>
/// <param name="AtomIds">Qubit ids of the targeted atoms.</param>
public sealed record TargetOperation(string Channel, IReadOnlyList<string> AtomIds) : SequenceOperation;

/// <summary>A virtual-Z phase shift on atoms in a basis (<c>op: "phase_shift"</c>).</summary>
/// <param name="Phi">Phase in rad.</param>
/// <param name="AtomIds">Qubit ids of the shifted atoms.</param>
/// <param name="Basis">The basis whose phase reference shifts.</param>
public sealed record PhaseShiftOperation(Expr Phi, IReadOnlyList<string> AtomIds, Basis Basis) : SequenceOperation;
