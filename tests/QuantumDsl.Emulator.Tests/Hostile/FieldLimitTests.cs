using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;
using static QuantumDsl.Emulator.Tests.Hostile.Hostile;

namespace QuantumDsl.Emulator.Tests.Hostile;

/// <summary>Free-text fields have documented limits (docs/emulator.md); lists stay small whatever the jobs hold.</summary>
public sealed class FieldLimitTests
{
    public static TheoryData<string, int, string> OverLimit => new()
    {
        { "webhook", 2_048, "webhook" },
        { "backend_configuration", 16 * 1024, "backend_configuration" },
        { "configuration", 16 * 1024, "configuration" },
        { "variables", 16 * 1024, "variables" },
        { "sequence_builder", 4 * 1024 * 1024, "sequence_builder" },
    };

    [Theory]
    [MemberData(nameof(OverLimit))]
    public async Task A_field_over_its_limit_is_refused_naming_field_and_limit_with_a_short_excerpt(string field, int limit, string loc)
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromHours(1) });
        using var client = server.Client();
        var batch = Sequences.Batch(jobs: 1);
        var filler = new string('x', limit + 1);
        switch (field)
        {
            case "configuration":
                batch["configuration"] = new JsonObject { ["pad"] = filler };
                break;
            case "variables":
                batch["jobs"]![0]!["variables"] = new JsonObject { ["omega"] = 1.0, ["pad"] = filler };
                break;
            default:
                batch[field] = filler;
                break;
        }

        var (status, body) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", batch);
        Assert.Equal(422, status);
        var error = body["data"]!["description"]!.AsArray().Single(e => e!["loc"]!.ToJsonString().Contains(loc, StringComparison.Ordinal))!;
        var message = (string)error["msg"]!;
        Assert.Contains(limit.ToString(System.Globalization.CultureInfo.InvariantCulture), message);
        Assert.True(body.ToJsonString().Length < 4096, $"{field}: the error echoes {body.ToJsonString().Length} characters");
        Assert.Equal(0, Rows(server, "pasqal_batches"));
    }

    [Fact]
    public async Task A_batch_holds_at_most_ten_thousand_jobs()
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromHours(1), DailyJobLimit = 100_000 });
        using var client = server.Client();
        var (_, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(open: true, jobs: 0));
        var id = (string)created["data"]!["id"]!;
        var full = new JsonArray([.. Enumerable.Range(0, 10_000).Select(_ => (JsonNode)new JsonObject { ["runs"] = 1, ["variables"] = new JsonObject { ["omega"] = 1.0 } })]);
        Assert.Equal(200, (await client.SendAsync(HttpMethod.Post, $"{Api}/v2/batches/{id}/jobs", full)).Status);

        var (status, body) = await client.SendAsync(HttpMethod.Post, $"{Api}/v2/batches/{id}/jobs", new JsonArray(Sequences.Job(1, 1.0)));
        Assert.Equal(400, status);
        Assert.Contains("10000 jobs per batch", body.ToJsonString());
        Assert.Equal(10_000, Rows(server, "pasqal_jobs"));
    }

    [Fact]
    public async Task A_list_of_jobs_with_100000_runs_each_carries_no_results_and_stays_small()
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.Zero });
        using var client = server.Client();
        var batch = Sequences.Batch(jobs: 0);
        batch["jobs"] = new JsonArray([.. Enumerable.Range(0, 20).Select(i => (JsonNode)Sequences.Job(100_000, 1.0 + i))]);
        var (_, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", batch);
        var id = (string)created["data"]!["id"]!;
        await client.PollAsync($"{Api}/v2/batches/{id}", b => (string)b["data"]!["status"]! == "DONE", seconds: 180);

        using var response = await client.GetAsync(new Uri($"{Api}/v2/jobs?batch_id={id}&limit=20", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        var jobs = JsonNode.Parse(text)!["data"]!.AsArray();
        Assert.Equal(20, jobs.Count);
        Assert.True(text.Length < 32 * 1024, $"a page of 20 jobs is {text.Length} characters");
        Assert.All(jobs, j => Assert.False(j!.AsObject().ContainsKey("full_result")));
        Assert.Equal(100_000, (await client.CounterAsync((string)jobs[0]!["id"]!)).Sum(kv => (int)kv.Value!));
    }
}
