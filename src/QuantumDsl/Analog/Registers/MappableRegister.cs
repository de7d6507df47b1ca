namespace QuantumDsl.Analog;

/// <summary>
/// Qubits on a <see cref="RegisterLayout"/> whose traps each job chooses (Pulser's <c>MappableRegister</c>): the
/// sequence is written once, each job's <c>variables</c> carries <c>qubits</c> {qubit id: trap id}, so a sweep over trap
/// assignments is a sweep over those maps. A job maps the first k qubit ids (the others are left out, as in Pulser).
/// Made by <see cref="RegisterLayout.MakeMappable(int, string)"/>; given to <see cref="SequenceBuilder.Register(MappableRegister)"/>;
/// a job's register is <see cref="AnalogSequence.BuildRegister"/> of its map.
/// </summary>
public sealed class MappableRegister
{
    internal MappableRegister(RegisterLayout layout, IReadOnlyList<string> qubitIds, IReadOnlyList<int>? defaultTraps)
    {
        Layout = layout;
        QubitIds = qubitIds;
        DefaultTraps = defaultTraps;
    }

    /// <summary>The layout the qubits are placed on.</summary>
    public RegisterLayout Layout { get; }

    /// <summary>The qubit ids, in register order.</summary>
    public IReadOnlyList<string> QubitIds { get; }

    /// <summary>Each qubit's default trap (written as <c>default_trap</c>), or null when none was given.</summary>
    public IReadOnlyList<int>? DefaultTraps { get; }

    /// <summary>The placeholder register of the sequence model: the qubit ids, positions unknown until a job maps them.</summary>
    internal Register Placeholder => Register.FromAtoms(QubitIds.Select(id => new Atom(id, 0, 0)).ToList(), Layout.Dimensions);
}
