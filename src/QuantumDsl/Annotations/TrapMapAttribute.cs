namespace QuantumDsl;

/// <summary>
/// Marks an <c>int[]</c> <see cref="ParamAttribute"/> of an analog experiment as the trap map of its
/// <c>MappableRegister</c>: element i is the layout trap of the register's i-th qubit. It is not a Pulser variable: each
/// job sends it as <c>variables.qubits</c> {qubit id: trap id}, as Pulser's <c>build(qubits=…)</c> and pasqal-cloud do,
/// so a sweep of it (<see cref="VectorAttribute"/> points) moves the atoms between jobs of one batch. A trap outside
/// the layout, or two qubits on one trap, is QDSL210 when the layout is a compile-time constant, and a violation under
/// <c>qubits</c> at run time otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class TrapMapAttribute : Attribute
{
}
