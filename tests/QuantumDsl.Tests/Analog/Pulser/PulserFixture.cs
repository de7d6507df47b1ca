using System.Text.Json;

namespace QuantumDsl.Tests.Analog.Pulser;

/// <summary>One golden case of tests/Fixtures/pulser/sequences (produced by real Pulser; see its README).</summary>
public sealed class PulserFixture
{
    private PulserFixture(string name, JsonElement root)
    {
        Name = name;
        Root = root;
    }

    public string Name { get; }

    public JsonElement Root { get; }

    public bool Valid => Root.GetProperty("valid").GetBoolean();

    public string AbstractRepr => Root.GetProperty("abstract_repr").GetRawText();

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "pulser", "sequences");

    public static IEnumerable<string> Names(Func<PulserFixture, bool> filter) =>
        System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)
            .Where(n => filter(Load(n)));

    public static PulserFixture Load(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".json")));
        return new PulserFixture(name, doc.RootElement.Clone());
    }

    /// <summary>The build values: arrays for every variable (scalars as size 1) and the mappable register's map.</summary>
    public (Dictionary<string, double[]> Variables, Dictionary<string, int>? Qubits) Values()
    {
        var variables = new Dictionary<string, double[]>(StringComparer.Ordinal);
        Dictionary<string, int>? qubits = null;
        foreach (var p in Root.GetProperty("variables").EnumerateObject())
        {
            if (p.Name == "qubits")
            {
                qubits = p.Value.EnumerateObject().ToDictionary(q => q.Name, q => q.Value.GetInt32(), StringComparer.Ordinal);
            }
            else
            {
                variables[p.Name] = p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().Select(x => x.GetDouble()).ToArray() : [p.Value.GetDouble()];
            }
        }

        return (variables, qubits);
    }

    public static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(x => x.GetDouble()).ToArray();
}
