namespace QuantumDsl.Analog;

/// <summary>
/// A <c>[TrapMap]</c> parameter (element i = the trap of the register's i-th qubit) turned into the job's
/// <c>qubits</c> map {qubit id: trap id}, and checked against the sequence it is sent with.
/// </summary>
public static class TrapMaps
{
    /// <summary>
    /// The job's <c>qubits</c> map: the i-th qubit id of <paramref name="sequence"/>'s mappable register → trap
    /// <paramref name="traps"/>[i]. Null when the register is not mappable or there is no map (see <see cref="Check"/>).
    /// </summary>
    public static IReadOnlyDictionary<string, int>? ToQubits(AnalogSequence sequence, IReadOnlyList<int>? traps)
    {
        ArgumentNullException.ThrowIfNull(sequence);
        if (traps is null || !sequence.IsRegisterMappable)
        {
            return null;
        }

        var ids = sequence.Register.Atoms;
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < traps.Count && i < ids.Count; i++)
        {
            map[ids[i].Id] = traps[i];
        }

        return map;
    }

    /// <summary>
    /// What stops <paramref name="traps"/> from being this sequence's map: a register that is not mappable, or more traps
    /// than qubits. Trap ids outside the layout and shared traps are reported by <see cref="AnalogSequence.ValidateJob"/>
    /// under <c>qubits</c>, as for any job.
    /// </summary>
    public static IReadOnlyList<Violation> Check(string path, IReadOnlyList<int>? traps, AnalogSequence sequence, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(sequence);
        var suffix = source is null ? "" : $" ({source})";
        if (traps is null)
        {
            return [];
        }

        if (!sequence.IsRegisterMappable)
        {
            return [Violation.Rule(path, "given", $"is a trap map, but the sequence's register is not mappable: give Register(layout.MakeMappable(…)) in Define{suffix}")];
        }

        var qubits = sequence.Register.Atoms.Count;
        return traps.Count > qubits
            ? [Violation.Rule(path, $"{traps.Count} traps", $"were given for a mappable register of {qubits} qubits{suffix}")]
            : [];
    }
}
