using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Pasqal;

/// <summary>Workloads belong to their account: isolation, idempotency keys and the daily limit.</summary>
public sealed class WorkloadAccountTests
{
    private const string Api = Workloads.Api;

    private static async Task<(int Status, JsonNode Body)> CreateAsync(HttpClient client, JsonObject body, string? key = null, string path = "v1/workloads")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/{path}") { Content = TestHttp.Json(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Fact]
    public async Task Another_account_never_sees_or_cancels_a_workload()
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromSeconds(30) });
        using var alice = server.Client(TestServer.Alice);
        using var bob = server.Client(TestServer.Bob);
        var (_, created) = await CreateAsync(alice, Workloads.Rabi());
        var id = (string)created["data"]!["id"]!;

        foreach (var (method, path) in new[] { ("GET", $"v2/workloads/{id}"), ("GET", $"v1/workloads/{id}"), ("PUT", $"v1/workloads/{id}/cancel"), ("PATCH", $"v2/workloads/{id}/cancel") })
        {
            var (status, body) = await bob.SendAsync(new HttpMethod(method), $"{Api}/{path}");
            Assert.Equal(404, status);
            Assert.Contains($"Workload '{id}' not found", (string)body["data"]!["description"]![0]!["msg"]!);
        }

        var (mineStatus, mine) = await alice.SendAsync(HttpMethod.Get, $"{Api}/v2/workloads/{id}");
        Assert.Equal(200, mineStatus);
        Assert.NotEqual("CANCELED", (string)mine["data"]!["status"]!);
    }

    [Fact]
    public async Task An_idempotency_key_returns_the_original_workload_for_the_same_account_only()
    {
        await using var server = await TestServer.StartAsync();
        using var alice = server.Client(TestServer.Alice);
        using var bob = server.Client(TestServer.Bob);

        var (_, first) = await CreateAsync(alice, Workloads.Rabi(), key: "retry-7");
        var (_, again) = await CreateAsync(alice, Workloads.Rabi(), key: "retry-7");
        var (_, other) = await CreateAsync(bob, Workloads.Rabi(), key: "retry-7");
        var id = (string)first["data"]!["id"]!;
        Assert.Equal(id, (string)again["data"]!["id"]!);
        Assert.NotEqual(id, (string)other["data"]!["id"]!);

        // Keys of batches and workloads are apart: the same key on a batch makes a batch, not a 404 or the workload.
        var (batchStatus, batch) = await CreateAsync(alice, Sequences.Batch(jobs: 1), key: "retry-7", path: "v1/batches");
        Assert.Equal(200, batchStatus);
        Assert.NotEqual(id, (string)batch["data"]!["id"]!);

        var (tooLong, body) = await CreateAsync(alice, Workloads.Rabi(), key: new string('k', 256));
        Assert.Equal(400, tooLong);
        Assert.Contains("longer than 255", (string)body["data"]!["description"]![0]!["msg"]!);
    }

    [Fact]
    public async Task Each_workload_counts_as_one_job_of_the_daily_limit()
    {
        await using var server = await TestServer.StartAsync(o => o with { DailyJobLimit = 2 });
        using var alice = server.Client();
        Assert.Equal(200, (await CreateAsync(alice, Sequences.Batch(jobs: 1), path: "v1/batches")).Status);
        Assert.Equal(200, (await CreateAsync(alice, Workloads.Unsupported())).Status);

        var (status, body) = await CreateAsync(alice, Workloads.Rabi());
        Assert.Equal(429, status);
        Assert.Equal("429", (string)body["code"]!);
        Assert.Contains("2 of 2 jobs used today", (string)body["data"]!["description"]![0]!["msg"]!);

        using var bob = server.Client(TestServer.Bob);
        Assert.Equal(200, (await CreateAsync(bob, Workloads.Rabi())).Status);
    }
}
