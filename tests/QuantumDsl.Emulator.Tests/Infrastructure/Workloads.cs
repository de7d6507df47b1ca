using System.Text.Json.Nodes;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Infrastructure;

/// <summary>Create-workload bodies: the type the emulator runs (<c>pulser_sequence</c>) and others.</summary>
public static class Workloads
{
    public const string Api = "pasqal/core-fast/api";

    /// <summary>A <c>pulser_sequence</c> workload: <see cref="Sequences.Rabi"/> with <c>omega</c>, sampled <paramref name="runs"/> times.</summary>
    public static JsonObject Rabi(int runs = 50, double omega = Math.PI, int atoms = 2, string backend = "EMU_FREE") => new()
    {
        ["workload_type"] = "pulser_sequence",
        ["backend"] = backend,
        ["config"] = new JsonObject
        {
            ["sequence"] = Sequences.Rabi(atoms),
            ["runs"] = runs,
            ["variables"] = new JsonObject { ["omega"] = omega },
        },
    };

    /// <summary>A workload of a type the emulator cannot run.</summary>
    public static JsonObject Unsupported(string type = "qubo_solver") => new()
    {
        ["workload_type"] = type,
        ["backend"] = "backend_test",
        ["config"] = new JsonObject { ["test1"] = "test1", ["test2"] = 2 },
    };

    public static bool Terminal(JsonNode workload) => (string)workload["data"]!["status"]! is "DONE" or "ERROR" or "CANCELED";
}
