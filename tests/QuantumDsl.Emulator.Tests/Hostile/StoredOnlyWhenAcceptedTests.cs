using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using static QuantumDsl.Emulator.Tests.Hostile.Hostile;

namespace QuantumDsl.Emulator.Tests.Hostile;

/// <summary>One depth policy for reading and writing: what is refused is never stored, what is stored can always be answered.</summary>
public sealed class StoredOnlyWhenAcceptedTests
{
    [Theory]
    [InlineData(65)]
    [InlineData(100)]
    [InlineData(128)]
    public async Task A_body_nested_past_64_levels_is_refused_before_anything_is_stored(int depth)
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromHours(1) });
        using var client = server.Client();

        using var response = await client.PostAsync(new Uri($"{Api}/v1/batches", UriKind.Relative), Json(BatchOfDepth(depth)));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(422, (int)response.StatusCode);
        Assert.Contains("64", (string)body["data"]!["description"]![0]!["msg"]!);
        Assert.Equal(0, Rows(server, "pasqal_batches"));
        Assert.Equal(0, Rows(server, "pasqal_jobs"));
        await AssertListsWorkAsync(client);
    }

    [Fact]
    public async Task A_body_at_the_depth_limit_is_stored_and_every_read_of_it_answers()
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromHours(1) });
        using var client = server.Client();

        using var created = await client.PostAsync(new Uri($"{Api}/v1/batches", UriKind.Relative), Json(BatchOfDepth(64)));
        Assert.Equal(200, (int)created.StatusCode);
        var batch = JsonNode.Parse(await created.Content.ReadAsStringAsync(), documentOptions: TestHttp.Deep)!["data"]!;
        var id = (string)batch["id"]!;
        var job = (string)batch["jobs"]![0]!["id"]!;

        // Workload config at the limit too (root, config, variables, deep…).
        var workload = "{\"workload_type\": \"other\", \"backend\": \"EMU_FREE\", \"config\": {\"deep\": " + NestedArrays(62) + "}}";
        using var workloadResponse = await client.PostAsync(new Uri($"{Api}/v1/workloads", UriKind.Relative), Json(workload));
        Assert.Equal(200, (int)workloadResponse.StatusCode);
        var workloadId = (string)JsonNode.Parse(await workloadResponse.Content.ReadAsStringAsync(), documentOptions: TestHttp.Deep)!["data"]!["id"]!;

        foreach (var path in new[] { $"{Api}/v1/batches/{id}", $"{Api}/v2/batches/{id}", $"{Api}/v2/jobs/{job}", $"{Api}/v2/jobs?batch_id={id}", $"{Api}/v1/batches", $"{Api}/v2/workloads/{workloadId}" })
        {
            var (status, body) = await client.SendAsync(HttpMethod.Get, path);
            Assert.True(status == 200, $"GET {path}: {status} {body.ToJsonString()[..Math.Min(300, body.ToJsonString().Length)]}");
        }

        var (listStatus, list) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?batch_id={id}");
        Assert.Equal(200, listStatus);
        Assert.Equal(64 - 4, Depth(list["data"]![0]!["variables"]!["deep"]));
    }

    private static int Depth(JsonNode? node) => node is JsonArray array ? 1 + Depth(array[0]) : 0;
}
