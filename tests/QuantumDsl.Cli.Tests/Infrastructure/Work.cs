using System.Text.Json.Nodes;
using QuantumDsl.Client;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Emulator;
using QuantumDsl.Matter;

namespace QuantumDsl.Cli.Tests.Infrastructure;

/// <summary>Submits Oqtant jobs and creates Pasqal batches through the real clients.</summary>
public static class Work
{
    /// <summary>A BEC job of <paramref name="inputs"/> runs; with <paramref name="inTrapHoldsMs"/>, an in-trap BARRIER job holding each run that long.</summary>
    public static async Task<string> SubmitJobAsync(EmulatorServer server, string name, int inputs = 1, string? notes = null, double[]? inTrapHoldsMs = null)
    {
        inputs = inTrapHoldsMs?.Length ?? inputs;
        using var client = OqtantClient.Create(server.DevToken, new OqtantClientOptions { Endpoint = server.OqtantBaseUrl });
        var job = MatterJob.FromJson(new JsonObject
        {
            ["name"] = name,
            ["job_type"] = inTrapHoldsMs is null ? "BEC" : "BARRIER",
            ["input_count"] = inputs,
            ["inputs"] = new JsonArray([.. Enumerable.Range(1, inputs).Select(run => (JsonNode)new JsonObject
            {
                ["job_id"] = null,
                ["run"] = run,
                ["values"] = new JsonObject
                {
                    ["time_of_flight_ms"] = 6 + run,
                    ["image_type"] = inTrapHoldsMs is null ? "TIME_OF_FLIGHT" : "IN_TRAP",
                    ["end_time_ms"] = inTrapHoldsMs?[run - 1] ?? 0.0,
                    ["rf_evaporation"] = new JsonObject
                    {
                        ["frequencies_mhz"] = new JsonArray(17.0, 8.0, 4.0, 1.2, 0.045),
                        ["powers_mw"] = new JsonArray(500.0, 500.0, 475.0, 360.0, 220.0),
                        ["interpolation"] = "LINEAR",
                        ["times_ms"] = new JsonArray(-1600, -1200, -800, -400, 0),
                    },
                    ["optical_barriers"] = null,
                    ["optical_landscape"] = null,
                    ["lasers"] = null,
                },
                ["output"] = null,
                ["notes"] = notes,
            })]),
        });
        return (await client.SubmitJobAsync(job)).JobId;
    }

    /// <summary>A closed batch of <paramref name="jobs"/> jobs (omega = 1, 2, …); with <paramref name="plusJobWithoutOmega"/>, one more job that gives no omega, so it cannot be built.</summary>
    public static async Task<string> CreateBatchAsync(EmulatorServer server, int jobs = 2, string? tag = null, bool plusJobWithoutOmega = false,
        int atoms = 2, string deviceType = PasqalDeviceTypes.EmuFree)
    {
        using var client = PasqalClient.Create(new PasqalClientOptions { Endpoint = server.PasqalCoreUrl, Token = server.DevToken });
        var requests = Enumerable.Range(1, jobs).Select(i => PasqalJobRequest.Create(10, new Dictionary<string, double> { ["omega"] = i }));
        var batch = await client.CreateBatchAsync(WaitUntil.Started, Rabi(atoms),
            [.. requests, .. plusJobWithoutOmega ? [PasqalJobRequest.Create(10)] : Array.Empty<PasqalJobRequest>()],
            new CreateBatchOptions { DeviceType = deviceType, Tags = tag is null ? null : [tag] });
        return batch.Id;
    }

    /// <summary>Waits until the batch has ended.</summary>
    public static async Task WaitForBatchAsync(EmulatorServer server, string id)
    {
        using var client = PasqalClient.Create(new PasqalClientOptions { Endpoint = server.PasqalCoreUrl, Token = server.DevToken, PollInterval = TimeSpan.FromMilliseconds(20), MaxPollInterval = TimeSpan.FromMilliseconds(200) });
        var batch = await client.GetBatchAsync(id);
        await batch.WaitForCompletionAsync();
    }

    /// <summary><paramref name="atoms"/> atoms 20 µm apart on MockDevice, one constant global pulse of variable amplitude <c>omega</c> (Pulser abstract repr).</summary>
    private static string Rabi(int atoms) => new JsonObject
    {
        ["version"] = "1",
        ["name"] = "rabi",
        ["device"] = "MockDevice",
        ["register"] = new JsonArray([.. Enumerable.Range(0, atoms).Select(i => (JsonNode)new JsonObject { ["name"] = $"q{i}", ["x"] = 20.0 * i, ["y"] = 0.0 })]),
        ["channels"] = new JsonObject { ["ryd"] = "rydberg_global" },
        ["variables"] = new JsonObject { ["omega"] = new JsonObject { ["type"] = "float", ["value"] = new JsonArray(0.0) } },
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
}
