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
/// <param name="AtRest">Pulser's <c>at_rest</c>: first wait for the last pulse to fall (output modulation); null when
/// not written (Pulser's default: false).</param>
public sealed record DelayOperation(string Channel, Expr DurationNs, bool? AtRest = null) : SequenceOperation;

/// <summary>Waits until the listed channels are all free (<c>op: "align"</c>).</summary>
/// <param name="Channels">Declared channel names (at least two).</param>
/// <param name="AtRest">Pulser's <c>at_rest</c>: count the channels' fall times; null when not written (Pulser's
/// default: true).</param>
public sealed record AlignOperation(IReadOnlyList<string> Channels, bool? AtRest = null) : SequenceOperation;

/// <summary>Points a local channel at atoms (<c>op: "target"</c>; written as atom indices).</summary>
/// <param name="Channel">Declared local channel name.</param>
/// <param name="AtomIds">Qubit ids of the targeted atoms.</param>
public sealed record TargetOperation(string Channel, IReadOnlyList<string> AtomIds) : SequenceOperation
{
    /// <summary>Parametrized qubit indices (read from Pulser's JSON; <see cref="AtomIds"/> is then empty), resolved when variables are bound.</summary>
    internal ArrayExpr? Indices { get; init; }
}

/// <summary>A virtual-Z phase shift on atoms in a basis (<c>op: "phase_shift"</c>).</summary>
/// <param name="Phi">Phase in rad.</param>
/// <param name="AtomIds">Qubit ids of the shifted atoms.</param>
/// <param name="Basis">The basis whose phase reference shifts.</param>
public sealed record PhaseShiftOperation(Expr Phi, IReadOnlyList<string> AtomIds, Basis Basis) : SequenceOperation
{
    /// <summary>Parametrized qubit indices (read from Pulser's JSON; <see cref="AtomIds"/> is then empty), resolved when variables are bound.</summary>
    internal IReadOnlyList<Expr>? Indices { get; init; }
}

/// <summary>
/// An operation of Pulser's schema that QuantumDsl reads and writes back unchanged but does not schedule
/// (<c>truncate</c>): <see cref="AnalogSequence.Validate"/> and sampling refuse it by name.
/// </summary>
/// <param name="Op">The operation's <c>op</c>.</param>
/// <param name="Json">The operation object as read (compact JSON).</param>
public sealed record UnscheduledOperation(string Op, string Json) : SequenceOperation;
