using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Pasqal;

public sealed class PasqalLifecycleTests
{
    private const string Api = "pasqal/core-fast/api";

    private static bool Terminal(JsonNode batch) => (string)batch["data"]!["status"]! is "DONE" or "ERROR" or "CANCELED" or "TIMED_OUT";

    [Fact]
    public async Task A_closed_batch_runs_every_job_and_settles()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();

        var (status, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 3));
        Assert.Equal(200, status);
        var data = created["data"]!;
        var id = (string)data["id"]!;
        Assert.Equal("success", (string)created["status"]!);
        Assert.False((bool)data["open"]!);
        Assert.True((bool)data["complete"]!);
        Assert.Equal("alice", (string)data["user_id"]!);
        Assert.Equal(3, data["jobs"]!.AsArray().Count);

        var done = await client.PollAsync($"{Api}/v2/batches/{id}", Terminal);
        Assert.Equal(3, done["data"]!["job_ids"]!.AsArray().Count);
        Assert.NotNull(done["data"]!["end_datetime"]);
        Assert.Equal(3, (int)done["data"]!["jobs_count"]!);

        var (_, jobs) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?batch_id={id}&order_by=creation_order&order_by_direction=ASC&limit=2");
        Assert.Equal(3, (int)jobs["pagination"]!["total"]!);
        Assert.Equal(2, (int)jobs["pagination"]!["end"]!);
        var ids = jobs["data"]!.AsArray().Select(j => (string)j!["id"]!).ToList();
        Assert.Equal(ids, done["data"]!["job_ids"]!.AsArray().Select(j => (string)j!).Take(2).ToList());
        Assert.All(jobs["data"]!.AsArray(), j => Assert.Equal("DONE", (string)j!["status"]!));

        var (_, page2) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?batch_id={id}&order_by=creation_order&order_by_direction=ASC&offset=2");
        Assert.Single(page2["data"]!.AsArray());
        Assert.Equal(3, (int)page2["pagination"]!["end"]!);

        var (jobStatus, job) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs/{ids[0]}");
        Assert.Equal(200, jobStatus);
        Assert.Equal(Sequences.Rabi(), (string)job["data"]!["sequence"]!);
    }

    [Fact]
    public async Task An_open_batch_keeps_the_device_until_it_is_closed()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();

        var (_, open) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(open: true, jobs: 0));
        var openId = (string)open["data"]!["id"]!;
        await client.PollAsync($"{Api}/v2/batches/{openId}", b => (string)b["data"]!["status"]! == "RUNNING");

        var (_, closed) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 1));
        var closedId = (string)closed["data"]!["id"]!;

        var (addStatus, added) = await client.SendAsync(HttpMethod.Post, $"{Api}/v2/batches/{openId}/jobs", new JsonArray(Sequences.Job(10, 1.0)));
        Assert.Equal(200, addStatus);
        Assert.Single(added["data"]!["jobs"]!.AsArray());
        await client.PollAsync($"{Api}/v2/jobs?batch_id={openId}", j => j["data"]!.AsArray().All(x => (string)x!["status"]! is "DONE" or "ERROR"));

        // The open batch still holds the device: the later closed batch has not started.
        var (_, waiting) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/batches/{closedId}");
        Assert.Equal("PENDING", (string)waiting["data"]!["status"]!);
        var (_, stillOpen) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/batches/{openId}");
        Assert.Equal("RUNNING", (string)stillOpen["data"]!["status"]!);

        var (closeStatus, closing) = await client.SendAsync(HttpMethod.Patch, $"{Api}/v2/batches/{openId}/complete");
        Assert.Equal(200, closeStatus);
        Assert.False((bool)closing["data"]!["open"]!);
        await client.PollAsync($"{Api}/v2/batches/{openId}", Terminal);
        await client.PollAsync($"{Api}/v2/batches/{closedId}", Terminal);

        var (lateStatus, late) = await client.SendAsync(HttpMethod.Post, $"{Api}/v2/batches/{openId}/jobs", new JsonArray(Sequences.Job(10, 1.0)));
        Assert.Equal(400, lateStatus);
        Assert.Contains("open batch", (string)late["data"]!["description"]![0]!["msg"]!);
    }

    [Fact]
    public async Task An_idle_open_batch_times_out()
    {
        await using var server = await TestServer.StartAsync(o => o with { OpenBatchTimeout = TimeSpan.FromMilliseconds(300) });
        using var client = server.Client();
        var (_, open) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(open: true, jobs: 1));
        var id = (string)open["data"]!["id"]!;

        var timedOut = await client.PollAsync($"{Api}/v2/batches/{id}", b => (string)b["data"]!["status"]! == "TIMED_OUT");
        Assert.False((bool)timedOut["data"]!["open"]!);
        var (_, jobs) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?batch_id={id}");
        Assert.NotEqual("PENDING", (string)jobs["data"]![0]!["status"]!);
    }

    [Fact]
    public async Task Cancel_works_on_pending_and_running_jobs_and_batches()
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromSeconds(30) });
        using var client = server.Client();
        var (_, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 4));
        var id = (string)created["data"]!["id"]!;
        var jobIds = created["data"]!["jobs"]!.AsArray().Select(j => (string)j!["id"]!).ToArray();

        await client.PollAsync($"{Api}/v2/jobs/{jobIds[0]}", j => (string)j["data"]!["status"]! == "RUNNING");
        var (runningStatus, running) = await client.SendAsync(HttpMethod.Patch, $"{Api}/v2/jobs/{jobIds[0]}/cancel");
        Assert.Equal(200, runningStatus);
        Assert.Equal("CANCELED", (string)running["data"]!["status"]!);
        Assert.Equal("200", (string)running["code"]!);

        var (_, byFilter) = await client.SendAsync(HttpMethod.Patch, $"{Api}/v2/batches/{id}/cancel/jobs?id={jobIds[0]}&id={jobIds[1]}");
        Assert.Equal([jobIds[1]], byFilter["data"]!["jobs"]!.AsArray().Select(j => (string)j!["id"]!));
        Assert.Contains(jobIds[0], byFilter["data"]!["errors"]!.AsObject().Select(e => e.Key));

        var (batchStatus, canceled) = await client.SendAsync(HttpMethod.Patch, $"{Api}/v2/batches/{id}/cancel");
        Assert.Equal(200, batchStatus);
        Assert.Equal("CANCELED", (string)canceled["data"]!["status"]!);
        Assert.All(canceled["data"]!["jobs"]!.AsArray(), j => Assert.Equal("CANCELED", (string)j!["status"]!));

        var (againStatus, _) = await client.SendAsync(HttpMethod.Patch, $"{Api}/v2/batches/{id}/cancel");
        Assert.Equal(400, againStatus);

        // The cancelled running job is not overwritten when its (interrupted) run ends.
        await Task.Delay(200);
        var (_, after) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs/{jobIds[0]}");
        Assert.Equal("CANCELED", (string)after["data"]!["status"]!);
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Cancel_many_batches_reports_partial_success(string version)
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromSeconds(30) });
        using var client = server.Client();
        var (_, a) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 1));
        var (_, b) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 1));
        var unknown = Guid.NewGuid().ToString();
        var ids = new JsonArray((string)a["data"]!["id"]!, (string)b["data"]!["id"]!, unknown);

        var (status, body) = await client.SendAsync(HttpMethod.Patch, $"{Api}/{version}/batches/cancel", new JsonObject { ["batch_ids"] = ids });
        Assert.Equal(200, status);
        Assert.Equal(2, body["data"]!["batches"]!.AsArray().Count);
        Assert.All(body["data"]!["batches"]!.AsArray(), x => Assert.Equal("CANCELED", (string)x!["status"]!));
        Assert.Contains("not found", (string)body["data"]!["errors"]![unknown]!);
    }

    [Fact]
    public async Task Rebatch_copies_the_selected_jobs_into_a_new_closed_batch()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var batch = Sequences.Batch(jobs: 0);
        batch["jobs"] = new JsonArray(Sequences.Job(5, 1), Sequences.Job(50, 2), Sequences.Job(500, 3));
        var (_, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", batch);
        var id = (string)created["data"]!["id"]!;
        await client.PollAsync($"{Api}/v2/batches/{id}", Terminal);

        var (status, rebatched) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches/{id}/rebatch?min_runs=10&max_runs=100");
        Assert.Equal(200, status);
        var data = rebatched["data"]!;
        Assert.NotEqual(id, (string)data["id"]!);
        Assert.Equal(id, (string)data["parent_id"]!);
        var job = Assert.Single(data["jobs"]!.AsArray());
        Assert.Equal(50, (int)job!["runs"]!);
        Assert.Equal((string)created["data"]!["jobs"]![1]!["id"]!, (string)job["parent_id"]!);

        var (noneStatus, none) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches/{id}/rebatch?status=RUNNING");
        Assert.Equal(422, noneStatus);
        Assert.Contains("matches", (string)none["data"]!["description"]![0]!["msg"]!);
    }

    [Fact]
    public async Task Tags_replace_and_filter()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (_, a) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 1));
        await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 1));
        var id = (string)a["data"]!["id"]!;

        var (status, tagged) = await client.SendAsync(HttpMethod.Patch, $"{Api}/v1/batches/{id}/tags", new JsonArray("scan", "rabi"));
        Assert.Equal(200, status);
        Assert.Equal(["scan", "rabi"], tagged["data"]!["tags"]!.AsArray().Select(t => (string)t!));

        var (_, list) = await client.SendAsync(HttpMethod.Get, $"{Api}/v1/batches?tag=rabi&open=False&device_type=EMU_FREE");
        Assert.Equal(id, (string)Assert.Single(list["data"]!.AsArray())!["id"]!);
        Assert.Equal(1, (int)list["pagination"]!["total"]!);

        var (_, all) = await client.SendAsync(HttpMethod.Get, $"{Api}/v1/batches?offset=0&limit=100");
        Assert.Equal(2, (int)all["pagination"]!["total"]!);
        Assert.Equal(id, (string)all["data"]![1]!["id"]!); // newest first
    }

    [Fact]
    public async Task An_open_batch_closed_without_jobs_is_done()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (_, open) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(open: true, jobs: 0));
        var id = (string)open["data"]!["id"]!;
        var (status, _) = await client.SendAsync(HttpMethod.Patch, $"{Api}/v2/batches/{id}/complete");
        Assert.Equal(200, status);
        var done = await client.PollAsync($"{Api}/v2/batches/{id}", Terminal);
        Assert.Equal("DONE", (string)done["data"]!["status"]!);
        Assert.Empty(done["data"]!["job_ids"]!.AsArray());
    }
}
