namespace QuantumDsl.Analog;

/// <summary>
/// Qubits on a <see cref="RegisterLayout"/> whose traps each job chooses (Pulser's <c>MappableRegister</c>): the
/// sequence is written once, each job's <c>variables</c> carries <c>qubits</c> {qubit id: trap id}, so a sweep over trap
/// assignments is a sweep over those maps. A job maps the first k qubit ids (the others are left out, as in Pulser).
/// Made by <see cref="RegisterLayout.MakeMappable(int, string)"/>; given to <see cref="SequenceBuilder.Register(MappableRegister)"/>.
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

    /// <summary>The register a job with the map <paramref name="qubits"/> runs on (Pulser's <c>build_register</c>).</summary>
    /// <exception cref="ExperimentValidationException">The map names unknown qubits or traps, skips a leading qubit id, or maps two qubits to one trap.</exception>
    public Register BuildRegister(IReadOnlyDictionary<string, int> qubits)
    {
        ArgumentNullException.ThrowIfNull(qubits);
        var ids = QubitIds.Where(qubits.ContainsKey).ToList();
        var v = new List<Violation>();
        foreach (var id in qubits.Keys.Where(k => !QubitIds.Contains(k, StringComparer.Ordinal)))
        {
            v.Add(Violation.Rule($"qubits.{id}", id, $"is not a qubit id of the mappable register ({string.Join(", ", QubitIds)})"));
        }

        if (ids.Count == 0)
        {
            v.Add(Violation.Rule("qubits", "{}", "maps no qubit: give at least one"));
        }
        else if (!ids.SequenceEqual(QubitIds.Take(ids.Count)))
        {
            v.Add(Violation.Rule("qubits", string.Join(", ", ids), $"must map the first {ids.Count} qubit ids of the register ({string.Join(", ", QubitIds.Take(ids.Count))}), as Pulser requires"));
        }

        ExperimentValidationException.ThrowIfAny(v);
        return Layout.DefineRegister(ids.Select(id => qubits[id]).ToList(), ids);
    }

    /// <summary>The placeholder register of the sequence model: the qubit ids, positions unknown until a job maps them.</summary>
    internal Register Placeholder => Register.FromAtoms(QubitIds.Select(id => new Atom(id, 0, 0)).ToList(), 2);
}
