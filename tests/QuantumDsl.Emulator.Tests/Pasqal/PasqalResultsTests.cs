using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Pasqal;

/// <summary>Jobs run on the Rydberg engine end to end; results come through the pre-signed link, as from the service.</summary>
public sealed class PasqalResultsTests
{
    private const string Api = "pasqal/core-fast/api";

    private static async Task<JsonNode> RunAsync(HttpClient client, string sequence, params JsonObject[] jobs)
    {
        var batch = new JsonObject { ["sequence_builder"] = sequence, ["jobs"] = new JsonArray(jobs), ["device_type"] = "EMU_FREE" };
        var (status, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", batch);
        Assert.Equal(200, status);
        var id = (string)created["data"]!["id"]!;
        await client.PollAsync($"{Api}/v2/batches/{id}", b => (string)b["data"]!["status"]! is "DONE" or "ERROR");
        var (_, list) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?batch_id={id}&order_by=creation_order&order_by_direction=ASC");
        return list["data"]!;
    }

    private static async Task<JsonNode> DownloadAsync(HttpClient client, string jobId)
    {
        var (status, link) = await client.SendAsync(HttpMethod.Get, $"{Api}/v1/jobs/{jobId}/results_link");
        Assert.Equal(200, status);
        using var anonymous = new HttpClient();
        var url = (string)link["data"]!["results_link"]!;
        return JsonNode.Parse(await anonymous.GetStringAsync(url))!;
    }

    [Fact]
    public async Task A_pi_pulse_puts_one_atom_in_the_rydberg_state_and_blockade_forbids_double_excitation()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();

        // One atom, Ω = 2π rad/µs for 500 ns: Ωt = π, so every shot reads 1.
        var single = await RunAsync(client, Sequences.Rabi(atoms: 1), Sequences.Job(40, 2 * Math.PI));
        var job = single[0]!;
        Assert.Equal("DONE", (string)job["status"]!);
        Assert.Null(job["result"]); // as the service: job listings carry no results
        Assert.Null(job["full_result"]);
        var result = await DownloadAsync(client, (string)job["id"]!);
        Assert.Equal(40, (int)result["counter"]!["1"]!);
        Assert.Equal(40, result["raw"]!.AsArray().Count);
        Assert.All(result["raw"]!.AsArray(), shot => Assert.Equal("1", (string)shot!));

        // Two atoms 5 µm apart on MockDevice: C6/R⁶ ≈ 347 rad/µs ≫ Ω, so |11⟩ is (almost) never seen.
        var pair = await RunAsync(client, Sequences.Rabi(atoms: 2, spacing: 5), Sequences.Job(200, 2 * Math.PI / Math.Sqrt(2)));
        var counts = await client.CounterAsync((string)pair[0]!["id"]!);
        // Blockade leaves P(11) ~ (Ω/U)² ~ 1e-4 (a shot of 200 shows |11⟩ about 3 % of the time); without it P(11) ≈ 0.62.
        Assert.True((int?)counts["11"] is null or <= 3, pair[0]!.ToJsonString());
        Assert.Equal(200, counts.Sum(kv => (int)kv.Value!));
    }

    [Fact]
    public async Task A_job_that_cannot_be_built_ends_in_error_with_the_reason()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var jobs = await RunAsync(client, Sequences.Rabi(atoms: 1), Sequences.Job(10, 1.0), new JsonObject { ["runs"] = 10, ["variables"] = new JsonObject() });
        Assert.Equal("DONE", (string)jobs[0]!["status"]!);
        Assert.Equal("ERROR", (string)jobs[1]!["status"]!);
        Assert.Contains("omega", jobs[1]!["errors"]![0]!.ToString());
        var (_, link) = await client.SendAsync(HttpMethod.Get, $"{Api}/v1/jobs/{(string)jobs[1]!["id"]!}/results_link");
        Assert.Null(link["data"]!["results_link"]);
    }

    [Fact]
    public async Task Result_links_need_their_signature()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var jobs = await RunAsync(client, Sequences.Rabi(atoms: 1), Sequences.Job(5, 1.0));
        var (_, link) = await client.SendAsync(HttpMethod.Get, $"{Api}/v1/jobs/{(string)jobs[0]!["id"]!}/results_link");
        var url = (string)link["data"]!["results_link"]!;
        using var anonymous = new HttpClient();
        using var forged = await anonymous.GetAsync(url[..url.IndexOf("signature=", StringComparison.Ordinal)] + "signature=forged");
        Assert.Equal(403, (int)forged.StatusCode);
    }

    [Fact]
    public async Task Results_download_has_the_fixture_shape()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var jobs = await RunAsync(client, Sequences.Rabi(atoms: 2), Sequences.Job(5, 1.0));
        var result = await DownloadAsync(client, (string)jobs[0]!["id"]!);
        var fixture = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(FixtureShapeTests.FixtureRoot,
            "v1/jobs/00000000-0000-0000-0000-000000022010/results_link/result.json")))!;
        foreach (var (key, value) in fixture.AsObject())
        {
            Assert.Equal(value!.GetValueKind(), result[key]!.GetValueKind());
        }

        Assert.All(result["counter"]!.AsObject(), kv => Assert.Matches("^[01]{2}$", kv.Key));
    }
}
