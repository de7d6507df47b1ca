using System.Text.Json.Nodes;

namespace QuantumDsl.Testing;

/// <summary>Pulser abstract-representation sequences and Pasqal batch bodies the tests send (linked into every test project).</summary>
internal static class Sequences
{
    /// <summary><paramref name="atoms"/> atoms <paramref name="spacing"/> µm apart in a line on MockDevice, one constant global pulse of variable amplitude <c>omega</c> for <c>duration</c> ns.</summary>
    public static string Rabi(int atoms = 2, double spacing = 20) => new JsonObject
    {
        ["version"] = "1",
        ["name"] = "rabi",
        ["device"] = "MockDevice",
        ["register"] = new JsonArray([.. Enumerable.Range(0, atoms).Select(i => (JsonNode)new JsonObject { ["name"] = $"q{i}", ["x"] = i * spacing, ["y"] = 0.0 })]),
        ["channels"] = new JsonObject { ["ryd"] = "rydberg_global" },
        ["variables"] = new JsonObject
        {
            ["omega"] = new JsonObject { ["type"] = "float", ["value"] = new JsonArray(0.0) },
        },
        ["operations"] = new JsonArray(new JsonObject
        {
            ["op"] = "pulse",
            ["channel"] = "ryd",
            ["protocol"] = "min-delay",
            ["amplitude"] = new JsonObject
            {
                ["kind"] = "constant",
                ["duration"] = 500,
                ["value"] = new JsonObject { ["expression"] = "index", ["lhs"] = new JsonObject { ["variable"] = "omega" }, ["rhs"] = 0 },
            },
            ["detuning"] = new JsonObject { ["kind"] = "constant", ["duration"] = 500, ["value"] = 0.0 },
            ["phase"] = 0.0,
            ["post_phase_shift"] = 0.0,
        }),
        ["measurement"] = "ground-rydberg",
    }.ToJsonString();

    public static JsonObject Job(int runs, double omega) => new() { ["runs"] = runs, ["variables"] = new JsonObject { ["omega"] = omega } };

    public static JsonObject Batch(bool open = false, int jobs = 2, string device = "EMU_FREE") => new()
    {
        ["sequence_builder"] = Rabi(),
        ["jobs"] = new JsonArray([.. Enumerable.Range(0, jobs).Select(i => (JsonNode)Job(50, Math.PI * (i + 1)))]),
        ["open"] = open,
        ["device_type"] = device,
        ["webhook"] = null,
    };
}
