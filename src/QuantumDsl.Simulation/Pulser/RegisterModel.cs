using System.Globalization;
using System.Text.Json;

namespace QuantumDsl.Simulation.Pulser;

/// <summary>
/// The register: fixed atom positions (2D or 3D), or a mappable register (qubit ids placed on a layout's traps
/// when the job gives <c>qubits</c> {qid: trap}, else each qubit's <c>default_trap</c>).
/// </summary>
internal sealed class RegisterModel
{
    private readonly double[][]? _positions;
    private readonly double[][]? _traps;
    private readonly int?[]? _defaultTraps;

    private RegisterModel(IReadOnlyList<string> ids, double[][]? positions, double[][]? traps, int?[]? defaultTraps)
    {
        QubitIds = ids;
        _positions = positions;
        _traps = traps;
        _defaultTraps = defaultTraps;
    }

    public IReadOnlyList<string> QubitIds { get; }

    public bool IsMappable => _traps is not null;

    public static RegisterModel Read(JsonElement root)
    {
        var reg = PulserSequence.Required(root, "register");
        if (reg.ValueKind != JsonValueKind.Array || reg.GetArrayLength() == 0)
            throw new PulserSequenceException("register", "expected a non-empty array of atoms");
        var ids = new List<string>();
        var first = reg[0];
        if (first.ValueKind == JsonValueKind.Object && first.TryGetProperty("qid", out _))
        {
            var layout = PulserSequence.Required(root, "layout");
            var coords = PulserSequence.Required(layout, "coordinates", "layout");
            var traps = coords.EnumerateArray().Select(c => c.EnumerateArray().Select(x => x.GetDouble()).ToArray()).ToArray();
            var defaults = new List<int?>();
            var i = 0;
            foreach (var q in reg.EnumerateArray())
            {
                ids.Add(Id(PulserSequence.Required(q, "qid", $"register[{i}]")));
                defaults.Add(q.TryGetProperty("default_trap", out var d) && d.ValueKind == JsonValueKind.Number ? d.GetInt32() : null);
                i++;
            }
            return new RegisterModel(ids, null, traps, [.. defaults]);
        }
        var positions = new List<double[]>();
        var k = 0;
        foreach (var atom in reg.EnumerateArray())
        {
            var path = $"register[{k++}]";
            ids.Add(Id(PulserSequence.Required(atom, "name", path)));
            positions.Add(
            [
                Number(atom, "x", path), Number(atom, "y", path),
                atom.TryGetProperty("z", out _) ? Number(atom, "z", path) : 0,
            ]);
        }
        return new RegisterModel(ids, [.. positions], null, null);
    }

    /// <summary>Atom positions (µm, [x, y, z]) in register order, placing a mappable register with the job's <c>qubits</c>.</summary>
    public double[][] Positions(JsonElement? qubits)
    {
        if (_positions is not null)
            return _positions;
        var mapping = new Dictionary<string, int>();
        if (qubits is { ValueKind: JsonValueKind.Object } q)
        {
            foreach (var p in q.EnumerateObject())
            {
                if (!QubitIds.Contains(p.Name))
                    throw new PulserSequenceException($"qubits.{p.Name}", "not a qubit id of the mappable register");
                mapping[p.Name] = p.Value.ValueKind == JsonValueKind.Number
                    ? p.Value.GetInt32()
                    : throw new PulserSequenceException($"qubits.{p.Name}", "expected a trap index");
            }
        }
        var result = new double[QubitIds.Count][];
        for (var i = 0; i < QubitIds.Count; i++)
        {
            var trap = mapping.TryGetValue(QubitIds[i], out var t) ? t
                : _defaultTraps![i] ?? throw new PulserSequenceException("qubits",
                    $"the mappable register needs a trap for qubit '{QubitIds[i]}' (give 'qubits' {{qid: trap}} in the job's variables)");
            if (trap < 0 || trap >= _traps!.Length)
                throw new PulserSequenceException($"qubits.{QubitIds[i]}", $"trap {trap} is outside the layout's {_traps!.Length} traps");
            var c = _traps[trap];
            result[i] = [c[0], c.Length > 1 ? c[1] : 0, c.Length > 2 ? c[2] : 0];
        }
        if (mapping.Values.Distinct().Count() != mapping.Count)
            throw new PulserSequenceException("qubits", "two qubits are mapped to the same trap");
        return result;
    }

    private static string Id(JsonElement e) => e.ValueKind == JsonValueKind.String
        ? e.GetString()!
        : e.GetRawText();

    private static double Number(JsonElement atom, string key, string path)
    {
        var v = PulserSequence.Required(atom, key, path);
        return v.ValueKind == JsonValueKind.Number
            ? v.GetDouble()
            : throw new PulserSequenceException($"{path}.{key}", $"expected a coordinate in µm, got {v.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture)}");
    }
}
