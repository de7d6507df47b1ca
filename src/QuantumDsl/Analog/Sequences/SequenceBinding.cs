using System.Globalization;

namespace QuantumDsl.Analog;

/// <summary>
/// Binds a job's values to a sequence as Pulser's <c>build(qubits=..., **variables)</c>: every declared variable needs
/// a value of its size (int variables truncated), and a mappable register is placed on the layout traps the
/// <c>qubits</c> map names (the first k qubit ids; the others are left out).
/// </summary>
internal static class SequenceBinding
{
    public static (Bindings Values, Register Register) Bind(AnalogSequence seq, IReadOnlyDictionary<string, double[]> variables, IReadOnlyDictionary<string, int>? qubits)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var v = new List<Violation>();
        var declared = seq.Variables.ToDictionary(x => x.Name, StringComparer.Ordinal);
        foreach (var variable in seq.Variables)
        {
            var path = $"variables.{variable.Name}";
            if (!variables.TryGetValue(variable.Name, out var value) || value is null)
            {
                v.Add(Violation.Rule(path, "missing", $"has no value: every declared variable needs one ({(variable.Type == VariableType.Int ? "int" : "float")}, size {variable.Size})"));
            }
            else if (value.Length != variable.Size)
            {
                v.Add(Violation.Rule(path, $"{value.Length} values", $"were given for a variable of size {variable.Size}"));
            }
            else if (value.FirstOrDefault(x => !double.IsFinite(x)) is var bad && value.Any(x => !double.IsFinite(x)))
            {
                v.Add(Violation.Rule(path, Violation.Format(bad), "is not a finite number"));
            }
        }

        foreach (var name in variables.Keys.Where(k => !declared.ContainsKey(k)).Order(StringComparer.Ordinal))
        {
            v.Add(Violation.Rule($"variables.{name}", "given", $"is not a variable of this sequence; declared: {(declared.Count == 0 ? "none" : string.Join(", ", declared.Keys))}"));
        }

        ExperimentValidationException.ThrowIfAny(v);
        return (Bindings.FromArrays(variables, seq.Variables), PlaceRegister(seq, qubits));
    }

    public static Register PlaceRegister(AnalogSequence seq, IReadOnlyDictionary<string, int>? qubits)
    {
        if (!seq.IsRegisterMappable)
        {
            return qubits is null
                ? seq.Register
                : throw new ExperimentValidationException([Violation.Rule("qubits", "given", "must not be given: the sequence's register is not mappable")]);
        }

        var ids = seq.Register.Atoms.Select(a => a.Id).ToList();
        var defaults = seq.MappableDefaultTraps!;
        var map = qubits?.ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        if (map is null)
        {
            if (defaults.Any(d => d is null))
            {
                throw new ExperimentValidationException([Violation.Rule("qubits", "missing", "must map qubit ids to layout traps: the register is mappable")]);
            }

            map = ids.Select((id, i) => (id, defaults[i]!.Value)).ToDictionary(x => x.id, x => x.Item2, StringComparer.Ordinal);
        }

        var v = new List<Violation>();
        foreach (var id in map.Keys.Where(k => !ids.Contains(k, StringComparer.Ordinal)))
        {
            v.Add(Violation.Rule($"qubits.{id}", id, $"is not a qubit id of the mappable register ({string.Join(", ", ids)})"));
        }

        var chosen = ids.Where(map.ContainsKey).ToList();
        if (v.Count == 0 && !chosen.SequenceEqual(ids.Take(chosen.Count)))
        {
            v.Add(Violation.Rule("qubits", string.Join(", ", chosen), $"must map the first {chosen.Count} qubit ids of the register ({string.Join(", ", ids.Take(chosen.Count))}), as Pulser requires"));
        }

        var traps = seq.Layout?.Traps ?? [];
        foreach (var (id, trap) in map)
        {
            if (trap < 0 || trap >= traps.Count)
            {
                v.Add(Violation.Rule($"qubits.{id}", trap.ToString(CultureInfo.InvariantCulture), $"is not a trap id of the layout (0..{traps.Count - 1})"));
            }
        }

        foreach (var clash in map.GroupBy(kv => kv.Value).Where(g => g.Count() > 1))
        {
            v.Add(Violation.Rule("qubits", string.Join(", ", clash.Select(kv => kv.Key)), $"are mapped to the same trap {clash.Key}"));
        }

        if (chosen.Count == 0)
        {
            v.Add(Violation.Rule("qubits", "{}", "maps no qubit: give at least one"));
        }

        ExperimentValidationException.ThrowIfAny(v);
        var register = seq.Layout!.OnTraps(chosen.Select(id => map[id]).ToList(), chosen);
        var deviceViolations = new List<Violation>();
        SequenceChecks.CheckRegister(seq.Device, register, deviceViolations);
        ExperimentValidationException.ThrowIfAny(deviceViolations);
        return register;
    }
}
