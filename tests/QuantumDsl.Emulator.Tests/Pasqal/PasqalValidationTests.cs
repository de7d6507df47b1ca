using System.IO.Compression;
using System.Text;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Pasqal;

public sealed class PasqalValidationTests
{
    private const string Api = "pasqal/core-fast/api";

    private static async Task<(int Status, JsonNode Body)> PostRaw(HttpClient client, string path, byte[] body, bool gzip = false)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        if (gzip)
        {
            content.Headers.ContentEncoding.Add("gzip");
        }

        using var response = await client.PostAsync(path, content);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static string Messages(JsonNode body) =>
        string.Join(" | ", body["data"]!["description"]!.AsArray().Select(d => string.Join(".", d!["loc"]!.AsArray().Select(l => l!.ToString())) + ": " + (string)d["msg"]!));

    [Fact]
    public async Task A_gzipped_body_is_accepted()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Sequences.Batch(jobs: 2).ToJsonString()));
        }

        var (status, body) = await PostRaw(client, $"{Api}/v1/batches", buffer.ToArray(), gzip: true);
        Assert.Equal(200, status);
        Assert.Equal(2, body["data"]!["jobs"]!.AsArray().Count);

        var (badStatus, bad) = await PostRaw(client, $"{Api}/v1/batches", Encoding.UTF8.GetBytes("not gzip"), gzip: true);
        Assert.Equal(400, badStatus);
        Assert.Contains("gzip", Messages(bad));
    }

    [Theory]
    [InlineData("{\"jobs\": [", 422, "malformed JSON")]
    [InlineData("[]", 422, "body: expected a JSON object")]
    [InlineData("{\"sequence_builder\": 3, \"jobs\": []}", 422, "body.sequence_builder: expected a string")]
    [InlineData("{\"sequence_builder\": \"{}\", \"jobs\": [{\"runs\": \"many\"}]}", 422, "body.jobs.0.runs: expected an integer, got a string")]
    [InlineData("{\"sequence_builder\": \"{}\", \"jobs\": [{\"runs\": 2.5}]}", 422, "body.jobs.0.runs: expected an integer, got 2.5")]
    [InlineData("{\"sequence_builder\": \"{}\", \"jobs\": [{\"runs\": 0}]}", 422, "body.jobs.0.runs: 0 is outside 1..100000")]
    [InlineData("{\"sequence_builder\": \"{}\", \"jobs\": [{\"runs\": 501}], \"device_type\": \"FRESNEL\"}", 422, "501 is outside 1..500 (max_runs of FRESNEL)")]
    [InlineData("{\"sequence_builder\": \"{}\", \"jobs\": [{}], \"device_type\": \"FRESNEL\"}", 422, "body.jobs.0.runs: required on FRESNEL")]
    [InlineData("{\"sequence_builder\": \"{}\", \"jobs\": [{\"runs\": 1}], \"device_type\": \"QUANTUM_TOASTER\"}", 422, "body.device_type: 'QUANTUM_TOASTER' is not one of EMU_FREE")]
    [InlineData("{\"sequence_builder\": \"{}\", \"jobs\": [{\"runs\": 1}], \"priority\": 1}", 422, "body.priority: unknown field")]
    [InlineData("{\"sequence_builder\": \"{}\", \"jobs\": []}", 422, "body.jobs: a closed batch needs at least one job")]
    [InlineData("{\"sequence_builder\": \"{not json\", \"jobs\": [{\"runs\": 1}]}", 422, "body.sequence_builder: not valid JSON")]
    [InlineData("{\"jobs\": [{\"runs\": 1}]}", 422, "body.jobs.0.sequence: required")]
    [InlineData("{\"jobs\": [{\"runs\": 1, \"sequence\": \"{}\"}, {\"runs\": 1}]}", 422, "body.jobs.1.sequence: required: the batch has no sequence_builder, so every job needs its own sequence (MissingJobSequence)")]
    [InlineData("{\"jobs\": [{\"runs\": 1, \"sequence\": \"{}\", \"variables\": {\"x\": 1}}]}", 422, "body.jobs.0.variables: a job with its own sequence cannot also give variables (JobSequenceVariablesConflict)")]
    [InlineData("{\"sequence_builder\": \"{}\", \"jobs\": [{\"runs\": 1}], \"open\": \"yes\"}", 422, "body.open: expected a boolean")]
    [InlineData("{\"sequence_builder\": \"{}\", \"jobs\": [{\"runs\": 1, \"variables\": [1]}]}", 422, "body.jobs.0.variables: expected an object")]
    public async Task Bad_create_bodies_get_a_4xx_naming_the_field(string body, int expected, string message)
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (status, response) = await PostRaw(client, $"{Api}/v1/batches", Encoding.UTF8.GetBytes(body));
        Assert.Equal(expected, status);
        Assert.Equal("fail", (string)response["status"]!);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)response["code"]!);
        Assert.Contains(message, Messages(response));
    }

    [Fact]
    public async Task EMU_FREE_accepts_at_most_ten_qubits()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var batch = Sequences.Batch(jobs: 1);
        batch["sequence_builder"] = Sequences.Rabi(atoms: 11);
        var (status, body) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", batch);
        Assert.Equal(422, status);
        Assert.Contains("the register has 11 atoms; EMU_FREE accepts at most 10", Messages(body));
    }

    [Fact]
    public async Task An_oversized_body_gets_413_naming_the_limit()
    {
        await using var server = await TestServer.StartAsync(o => o with { MaxRequestBodyBytes = 1000 });
        using var client = server.Client();
        var batch = Sequences.Batch(jobs: 1);
        batch["webhook"] = new string('x', 2000);
        var (status, body) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", batch);
        Assert.Equal(413, status);
        Assert.Contains("1000 bytes", Messages(body));
    }

    [Theory]
    [InlineData("v2/jobs?status=FINISHED", "query.status: 'FINISHED' is not one of")]
    [InlineData("v2/jobs?limit=0", "query.limit: 0 is outside 1..100")]
    [InlineData("v2/jobs?errors=maybe", "query.errors: 'maybe' is not a boolean")]
    [InlineData("v2/jobs?start_date=yesterday", "query.start_date: 'yesterday' is not an ISO-8601")]
    [InlineData("v2/jobs?batch_id=123", "query.batch_id: '123' is not a valid UUID")]
    [InlineData("v1/batches?queue_priority=URGENT", "query.queue_priority: 'URGENT' is not one of LOW, MEDIUM, HIGH")]
    [InlineData("v1/batches?offset=-1", "query.offset: -1 is outside")]
    public async Task Bad_filters_get_422_naming_the_parameter(string pathAndQuery, string message)
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (status, body) = await client.SendAsync(HttpMethod.Get, $"{Api}/{pathAndQuery}");
        Assert.Equal(422, status);
        Assert.Contains(message, Messages(body));
    }

    [Fact]
    public async Task Filters_accept_repeated_keys_python_booleans_and_iso_dates()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (_, a) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 1));
        var (_, b) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(open: true, jobs: 1));
        var ids = new[] { (string)a["data"]!["id"]!, (string)b["data"]!["id"]! };

        var (_, both) = await client.SendAsync(HttpMethod.Get, $"{Api}/v1/batches?id={ids[0]}&id={ids[1]}&start_date=2020-01-01T00:00:00");
        Assert.Equal(2, (int)both["pagination"]!["total"]!);
        var (_, open) = await client.SendAsync(HttpMethod.Get, $"{Api}/v1/batches?open=True");
        Assert.Equal(ids[1], (string)Assert.Single(open["data"]!.AsArray())!["id"]!);
        var (_, closed) = await client.SendAsync(HttpMethod.Get, $"{Api}/v1/batches?open=false");
        Assert.Equal(ids[0], (string)Assert.Single(closed["data"]!.AsArray())!["id"]!);
        var (_, future) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?start_date=2999-01-01");
        Assert.Equal(0, (int)future["pagination"]!["total"]!);
        var (_, statuses) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?status=PENDING&status=RUNNING&status=DONE&status=ERROR&min_runs=50&max_runs=50");
        Assert.Equal(2, (int)statuses["pagination"]!["total"]!);
    }

    [Fact]
    public async Task Unknown_ids_and_routes_get_json_404()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var id = Guid.NewGuid();
        foreach (var path in new[] { $"v2/batches/{id}", $"v2/jobs/{id}", $"v1/jobs/{id}/results_link", "v9/nothing" })
        {
            var (status, body) = await client.SendAsync(HttpMethod.Get, $"{Api}/{path}");
            Assert.Equal(404, status);
            Assert.Equal("fail", (string)body["status"]!);
        }
    }
}
