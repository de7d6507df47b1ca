using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Pasqal;

public sealed class PasqalAccountTests
{
    private const string Api = "pasqal/core-fast/api";

    [Fact]
    public async Task Another_account_never_sees_a_batch_or_its_jobs()
    {
        await using var server = await TestServer.StartAsync();
        using var alice = server.Client(TestServer.Alice);
        using var bob = server.Client(TestServer.Bob);
        var (_, created) = await alice.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 1));
        var id = (string)created["data"]!["id"]!;
        var jobId = (string)created["data"]!["jobs"]![0]!["id"]!;

        Assert.Equal(404, (await bob.SendAsync(HttpMethod.Get, $"{Api}/v2/batches/{id}")).Status);
        Assert.Equal(404, (await bob.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs/{jobId}")).Status);
        Assert.Equal(404, (await bob.SendAsync(HttpMethod.Patch, $"{Api}/v2/batches/{id}/cancel")).Status);
        Assert.Equal(404, (await bob.SendAsync(HttpMethod.Patch, $"{Api}/v2/jobs/{jobId}/cancel")).Status);
        Assert.Equal(404, (await bob.SendAsync(HttpMethod.Post, $"{Api}/v2/batches/{id}/jobs", new JsonArray(Sequences.Job(1, 1)))).Status);
        Assert.Equal(404, (await bob.SendAsync(HttpMethod.Get, $"{Api}/v1/jobs/{jobId}/results_link")).Status);
        var (_, bobBatches) = await bob.SendAsync(HttpMethod.Get, $"{Api}/v1/batches?id={id}");
        Assert.Empty(bobBatches["data"]!.AsArray());
        var (_, bobJobs) = await bob.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?batch_id={id}");
        Assert.Equal(0, (int)bobJobs["pagination"]!["total"]!);

        var (status, mine) = await alice.SendAsync(HttpMethod.Get, $"{Api}/v2/batches/{id}");
        Assert.Equal(200, status);
        Assert.Equal(id, (string)mine["data"]!["id"]!);
    }

    [Fact]
    public async Task An_idempotency_key_returns_the_original_batch_for_the_same_account_only()
    {
        await using var server = await TestServer.StartAsync();
        using var alice = server.Client(TestServer.Alice);
        using var bob = server.Client(TestServer.Bob);

        async Task<string> Create(HttpClient client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/v1/batches") { Content = TestHttp.Json(Sequences.Batch(jobs: 2)) };
            request.Headers.Add("Idempotency-Key", "retry-42");
            using var response = await client.SendAsync(request);
            Assert.Equal(200, (int)response.StatusCode);
            return (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["id"]!;
        }

        var first = await Create(alice);
        Assert.Equal(first, await Create(alice));
        Assert.NotEqual(first, await Create(bob));
        var (_, list) = await alice.SendAsync(HttpMethod.Get, $"{Api}/v1/batches");
        Assert.Equal(1, (int)list["pagination"]!["total"]!);
        var (_, jobs) = await alice.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs");
        Assert.Equal(2, (int)jobs["pagination"]!["total"]!);
    }

    [Fact]
    public async Task The_daily_job_limit_answers_429_with_the_numbers()
    {
        await using var server = await TestServer.StartAsync(o => o with { DailyJobLimit = 3 });
        using var client = server.Client();
        Assert.Equal(200, (await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 2))).Status);
        var (status, body) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 2));
        Assert.Equal(429, status);
        Assert.Equal("fail", (string)body["status"]!);
        Assert.Contains("2 of 3 jobs used today", (string)body["data"]!["description"]![0]!["msg"]!);

        using var bob = server.Client(TestServer.Bob);
        Assert.Equal(200, (await bob.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 2))).Status);
    }
}
