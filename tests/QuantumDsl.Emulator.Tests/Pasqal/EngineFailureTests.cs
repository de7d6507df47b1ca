using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;

using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Pasqal;

/// <summary>
/// A job the service accepts but the emulator's engine cannot run (25 atoms on EMU_MPS: the service takes it, the
/// state-vector engine holds at most 24) ends ERROR, with the engine's reason where the service puts a job's
/// failure: the job's <c>errors</c> (pasqal-cloud.md §1.6), in every answer that shows the job.
/// </summary>
public sealed class EngineFailureTests
{
    private const string Api = "pasqal/core-fast/api";
    private const string Reason = "register: 25 exceeds the maximum 24";

    [Fact]
    public async Task A_job_beyond_the_engines_atom_cap_ends_in_error_with_the_reason_in_its_errors_everywhere()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var batch = new JsonObject
        {
            ["sequence_builder"] = Sequences.Rabi(atoms: 25, spacing: 10),
            ["jobs"] = new JsonArray(Sequences.Job(20, 1.0)),
            ["device_type"] = "EMU_MPS",
        };
        var (status, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", batch);
        Assert.True(status == 200, created.ToJsonString()); // valid for the service: the engine refuses it later
        var batchId = (string)created["data"]!["id"]!;
        var jobId = (string)created["data"]!["jobs"]![0]!["id"]!;

        var done = await client.PollAsync($"{Api}/v2/batches/{batchId}", b => (string)b["data"]!["status"]! is not ("PENDING" or "RUNNING"));

        Assert.Equal("ERROR", (string)done["data"]!["status"]!);
        var (_, job) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs/{jobId}");
        Assert.Equal("ERROR", (string)job["data"]!["status"]!);
        var errors = job["data"]!["errors"]!.AsArray().Select(e => (string)e!).ToList();
        Assert.Contains(Reason, Assert.Single(errors), StringComparison.Ordinal);

        var (_, v1) = await client.SendAsync(HttpMethod.Get, $"{Api}/v1/batches/{batchId}");
        Assert.Equal(errors, v1["data"]!["jobs"]![0]!["errors"]!.AsArray().Select(e => (string)e!));
        var (_, list) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?batch_id={batchId}");
        Assert.Equal(errors, list["data"]![0]!["errors"]!.AsArray().Select(e => (string)e!));
        var (_, withErrors) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?errors=True");
        Assert.Contains(jobId, withErrors["data"]!.AsArray().Select(j => (string)j!["id"]!));
        var (_, link) = await client.SendAsync(HttpMethod.Get, $"{Api}/v1/jobs/{jobId}/results_link");
        Assert.Null(link["data"]!["results_link"]);
    }
}
