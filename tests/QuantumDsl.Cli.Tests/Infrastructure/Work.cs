using System.Text.Json.Nodes;
using QuantumDsl.Client;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Emulator;
using QuantumDsl.Matter;
using QuantumDsl.Testing;

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
                ["values"] = Values(run, inTrapHoldsMs),
                ["output"] = null,
                ["notes"] = notes,
            })]),
        });
        return (await client.SubmitJobAsync(job)).JobId;
    }

    /// <summary>The shared BEC values of run <paramref name="run"/>; in trap and held <paramref name="inTrapHoldsMs"/>[run - 1] ms when given.</summary>
    private static JsonObject Values(int run, double[]? inTrapHoldsMs)
    {
        var values = MatterJobs.Values(tof: 6 + run);
        if (inTrapHoldsMs is not null)
        {
            values["image_type"] = "IN_TRAP";
            values["end_time_ms"] = inTrapHoldsMs[run - 1];
        }

        return values;
    }

    /// <summary>A closed batch of <paramref name="jobs"/> jobs (omega = 1, 2, …); with <paramref name="plusJobWithoutOmega"/>, one more job that gives no omega, so it cannot be built.</summary>
    public static async Task<string> CreateBatchAsync(EmulatorServer server, int jobs = 2, string? tag = null, bool plusJobWithoutOmega = false,
        int atoms = 2, string deviceType = PasqalDeviceTypes.EmuFree)
    {
        using var client = PasqalClient.Create(new PasqalClientOptions { Endpoint = server.PasqalCoreUrl, Token = server.DevToken });
        var requests = Enumerable.Range(1, jobs).Select(i => PasqalJobRequest.Create(10, new Dictionary<string, double> { ["omega"] = i }));
        var batch = await client.CreateBatchAsync(WaitUntil.Started, Sequences.Rabi(atoms),
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
}
