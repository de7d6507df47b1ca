using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Pasqal;

/// <summary>Workloads end to end: the supported type on the Rydberg engine, the others in ERROR, cancel, FIFO, results.</summary>
public sealed class WorkloadTests
{
    private const string Api = Workloads.Api;

    private static async Task<string> CreateAsync(HttpClient client, JsonObject body)
    {
        var (status, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/workloads", body);
        Assert.True(status == 200, created.ToJsonString());
        return (string)created["data"]!["id"]!;
    }

    [Fact]
    public async Task A_pulser_sequence_workload_runs_on_the_rydberg_engine_and_returns_a_counter()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();

        // One atom, Ω = 2π rad/µs for 500 ns: a π pulse, so every shot reads 1.
        var body = Workloads.Rabi(runs: 40, omega: 2 * Math.PI, atoms: 1, backend: "emu_free");
        var (status, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/workloads", body);
        Assert.Equal(200, status);
        Assert.Equal(200, (int)created["code"]!);
        var data = created["data"]!;
        Assert.Equal("PENDING", (string)data["status"]!);
        Assert.Equal("pulser_sequence", (string)data["workload_type"]!);
        Assert.Equal("EMU_FREE", (string)data["backend"]!);
        Assert.Equal(40, (int)data["config"]!["runs"]!);
        Assert.Empty(data["errors"]!.AsArray());
        Assert.Null(data["result"]);
        Assert.Null(data["result_link"]);
        var id = (string)data["id"]!;

        var done = (await client.PollAsync($"{Api}/v2/workloads/{id}", Workloads.Terminal))["data"]!;
        Assert.Equal("DONE", (string)done["status"]!);
        Assert.Equal(new JsonObject { ["1"] = 40 }.ToJsonString(), done["result"]!.ToJsonString());
        Assert.Empty(done["errors"]!.AsArray());
        Assert.NotNull(done["start_timestamp"]);
        Assert.NotNull(done["end_timestamp"]);

        using var anonymous = new HttpClient();
        var downloaded = JsonNode.Parse(await anonymous.GetStringAsync((string)done["result_link"]!))!;
        Assert.Equal(done["result"]!.ToJsonString(), downloaded.ToJsonString());

        var (v1Status, v1) = await client.SendAsync(HttpMethod.Get, $"{Api}/v1/workloads/{id}");
        Assert.Equal(200, v1Status);
        Assert.Equal("DONE", (string)v1["data"]!["status"]!);
    }

    [Fact]
    public async Task Blockade_shows_in_a_workload_result_as_in_a_batch_job()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var body = Workloads.Rabi(runs: 200, omega: 2 * Math.PI / Math.Sqrt(2));
        body["config"]!["sequence"] = Sequences.Rabi(atoms: 2, spacing: 5);
        var id = await CreateAsync(client, body);
        var done = (await client.PollAsync($"{Api}/v2/workloads/{id}", Workloads.Terminal))["data"]!;
        var counts = done["result"]!.AsObject();
        // Blockade leaves P(11) ~ (Ω/U)² ~ 1e-4 (a shot of 200 shows |11⟩ about 3 % of the time); without it P(11) ≈ 0.62.
        Assert.True((int?)counts["11"] is null or <= 3, done.ToJsonString());
        Assert.Equal(200, counts.Sum(kv => (int)kv.Value!));
    }

    [Fact]
    public async Task An_unsupported_workload_type_ends_in_error_naming_the_supported_ones()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var id = await CreateAsync(client, Workloads.Unsupported("qubo_solver"));
        var ended = (await client.PollAsync($"{Api}/v2/workloads/{id}", Workloads.Terminal))["data"]!;
        Assert.Equal("ERROR", (string)ended["status"]!);
        var message = (string)Assert.Single(ended["errors"]!.AsArray())!;
        Assert.Contains("workload_type 'qubo_solver' is not supported by the emulator", message);
        Assert.Contains("supported workload types: pulser_sequence", message);
        Assert.Null(ended["result"]);
        Assert.Null(ended["result_link"]);
        Assert.Equal("backend_test", (string)ended["backend"]!);
        Assert.Equal(2, (int)ended["config"]!["test2"]!);
    }

    [Fact]
    public async Task A_sequence_that_cannot_be_built_ends_in_error_with_the_engine_message()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var body = Workloads.Rabi();
        body["config"]!["variables"] = new JsonObject();
        var id = await CreateAsync(client, body);
        var ended = (await client.PollAsync($"{Api}/v2/workloads/{id}", Workloads.Terminal))["data"]!;
        Assert.Equal("ERROR", (string)ended["status"]!);
        Assert.Contains("omega", (string)ended["errors"]![0]!);
    }

    [Fact]
    public async Task Workloads_run_one_at_a_time_in_submission_order()
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromMilliseconds(50) });
        using var client = server.Client();
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await CreateAsync(client, i == 2 ? Workloads.Unsupported() : Workloads.Rabi(runs: 10)));
        }

        var ended = new List<JsonNode>();
        foreach (var id in ids)
        {
            ended.Add((await client.PollAsync($"{Api}/v2/workloads/{id}", Workloads.Terminal))["data"]!);
        }

        Assert.Equal(["DONE", "DONE", "ERROR", "DONE"], ended.Select(w => (string)w["status"]!));
        for (var i = 1; i < ended.Count; i++)
        {
            var previousEnd = DateTimeOffset.Parse((string)ended[i - 1]["end_timestamp"]!, System.Globalization.CultureInfo.InvariantCulture);
            var start = DateTimeOffset.Parse((string)ended[i]["start_timestamp"]!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(previousEnd <= start, $"workload {i} started at {start:O}, before workload {i - 1} ended at {previousEnd:O}");
        }
    }

    [Fact]
    public async Task Cancel_works_on_running_and_pending_workloads()
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromSeconds(30) });
        using var client = server.Client();
        var running = await CreateAsync(client, Workloads.Rabi());
        var pending = await CreateAsync(client, Workloads.Rabi());
        await client.PollAsync($"{Api}/v2/workloads/{running}", w => (string)w["data"]!["status"]! == "RUNNING");
        var (_, queued) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/workloads/{pending}");
        Assert.Equal("PENDING", (string)queued["data"]!["status"]!);

        foreach (var id in new[] { running, pending })
        {
            var (status, canceled) = await client.SendAsync(HttpMethod.Put, $"{Api}/v1/workloads/{id}/cancel");
            Assert.Equal(200, status);
            Assert.Equal("200", (string)canceled["code"]!);
            Assert.Equal("CANCELED", (string)canceled["data"]!["status"]!);
            Assert.NotNull(canceled["data"]!["end_timestamp"]);
        }

        // The interrupted run does not overwrite the cancellation, and the next workload gets the queue.
        var next = await CreateAsync(client, Workloads.Rabi());
        await client.PollAsync($"{Api}/v2/workloads/{next}", w => (string)w["data"]!["status"]! == "RUNNING");
        var (_, after) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/workloads/{running}");
        Assert.Equal("CANCELED", (string)after["data"]!["status"]!);
        Assert.Null(after["data"]!["result"]);
    }

    [Theory]
    [InlineData("DONE")]
    [InlineData("ERROR")]
    [InlineData("CANCELED")]
    public async Task Cancelling_a_terminal_workload_is_a_400_naming_its_status(string terminal)
    {
        // A workload to cancel must still be queued: give it a long run.
        await using var server = await TestServer.StartAsync(o => terminal == "CANCELED" ? o with { SimulatedLatency = TimeSpan.FromSeconds(30) } : o);
        using var client = server.Client();
        var id = await CreateAsync(client, terminal == "ERROR" ? Workloads.Unsupported() : Workloads.Rabi());
        if (terminal == "CANCELED")
        {
            Assert.Equal(200, (await client.SendAsync(HttpMethod.Patch, $"{Api}/v2/workloads/{id}/cancel")).Status);
        }

        await client.PollAsync($"{Api}/v2/workloads/{id}", w => (string)w["data"]!["status"]! == terminal);
        var (status, body) = await client.SendAsync(HttpMethod.Put, $"{Api}/v1/workloads/{id}/cancel");
        Assert.Equal(400, status);
        Assert.Equal("fail", (string)body["status"]!);
        Assert.Contains($"workload '{id}' is already {terminal} and cannot be cancelled", (string)body["data"]!["description"]![0]!["msg"]!);
    }

    [Fact]
    public async Task Result_links_need_their_signature()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var id = await CreateAsync(client, Workloads.Rabi(runs: 5));
        var done = (await client.PollAsync($"{Api}/v2/workloads/{id}", Workloads.Terminal))["data"]!;
        var url = (string)done["result_link"]!;
        using var anonymous = new HttpClient();
        using var forged = await anonymous.GetAsync(url[..url.IndexOf("signature=", StringComparison.Ordinal)] + "signature=forged");
        Assert.Equal(403, (int)forged.StatusCode);
        using var unsigned = await anonymous.GetAsync(url[..url.IndexOf('?', StringComparison.Ordinal)]);
        Assert.Equal(403, (int)unsigned.StatusCode);

        // A job result's signature does not open the workload download of the same id, nor the other way round.
        var (_, batch) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 1));
        var jobId = (string)batch["data"]!["jobs"]![0]!["id"]!;
        await client.PollAsync($"{Api}/v2/jobs/{jobId}", j => (string)j["data"]!["status"]! == "DONE");
        var (_, jobLink) = await client.SendAsync(HttpMethod.Get, $"{Api}/v1/jobs/{jobId}/results_link");
        var jobUrl = (string)jobLink["data"]!["results_link"]!;
        using var crossed = await anonymous.GetAsync(jobUrl.Replace("/results/", "/workload-results/", StringComparison.Ordinal));
        Assert.Equal(403, (int)crossed.StatusCode);
        using var crossedBack = await anonymous.GetAsync(url.Replace("/workload-results/", "/results/", StringComparison.Ordinal));
        Assert.Equal(403, (int)crossedBack.StatusCode);
    }
}
