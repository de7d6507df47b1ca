namespace QuantumDsl.Simulation.Pulser;

/// <summary>A variable declared by a Pulser sequence: its name, whether it is an <c>int</c>, and its size.</summary>
/// <param name="Name">Variable name as declared in <c>variables</c>.</param>
/// <param name="IsInteger">True for <c>"type": "int"</c> (bound values are truncated to integers like NumPy's cast).</param>
/// <param name="Size">Array size (the length of the declared <c>value</c>; 1 for a scalar).</param>
public sealed record PulserVariable(string Name, bool IsInteger, int Size);
