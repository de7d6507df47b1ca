using System.Text;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Pasqal;

/// <summary>Bad create-workload input gets a 4xx naming the field, the value and the limit; unknown ids get 404.</summary>
public sealed class WorkloadValidationTests
{
    private const string Api = Workloads.Api;

    private static string Messages(JsonNode body) =>
        string.Join(" | ", body["data"]!["description"]!.AsArray().Select(d => string.Join(".", d!["loc"]!.AsArray().Select(l => l!.ToString())) + ": " + (string)d["msg"]!));

    private static string Rabi(string config, string backend = "EMU_FREE") =>
        $$"""{"workload_type": "pulser_sequence", "backend": "{{backend}}", "config": {{config}}}""";

    private static string Sequence => JsonValue.Create(Sequences.Rabi())!.ToJsonString();

    public static TheoryData<string, int, string> BadBodies() => new()
    {
        { "{\"workload_type\": ", 422, "body: malformed JSON" },
        { "[]", 422, "body: expected a JSON object, got an array" },
        { "{}", 422, "body.workload_type: field required" },
        { "{}", 422, "body.backend: field required" },
        { "{}", 422, "body.config: field required" },
        { "{\"workload_type\": 3, \"backend\": \"b\", \"config\": {}}", 422, "body.workload_type: expected a string, got a number" },
        { "{\"workload_type\": \"\", \"backend\": \"b\", \"config\": {}}", 422, "body.workload_type: a workload_type has 1..256 characters, got 0" },
        { $"{{\"workload_type\": \"t\", \"backend\": \"{new string('b', 257)}\", \"config\": {{}}}}", 422, "body.backend: a backend has 1..256 characters, got 257" },
        { "{\"workload_type\": \"t\", \"backend\": null, \"config\": {}}", 422, "body.backend: field required" },
        { "{\"workload_type\": \"t\", \"backend\": \"b\", \"config\": \"{}\"}", 422, "body.config: expected an object, got a string" },
        { "{\"workload_type\": \"t\", \"backend\": \"b\", \"config\": [1]}", 422, "body.config: expected an object, got an array" },
        { "{\"workload_type\": \"t\", \"backend\": \"b\", \"config\": null}", 422, "body.config: field required" },
        { "{\"workload_type\": \"t\", \"backend\": \"b\", \"config\": {}, \"project_id\": \"nope\"}", 422, "body.project_id: 'nope' is not a valid UUID" },
        { "{\"workload_type\": \"t\", \"backend\": \"b\", \"config\": {}, \"project_id\": 5}", 422, "body.project_id: expected a string or null, got a number" },
        { "{\"workload_type\": \"t\", \"backend\": \"b\", \"config\": {}, \"priority\": 1}", 422, "body.priority: unknown field" },
        { Rabi($"{{\"sequence\": {Sequence}, \"runs\": 5}}", backend: "QUANTUM_TOASTER"), 422, "body.backend: 'QUANTUM_TOASTER' is not a device type; a pulser_sequence workload runs on one of EMU_FREE" },
        { Rabi("{\"runs\": 5}"), 422, "body.config.sequence: field required" },
        { Rabi("{\"sequence\": 3, \"runs\": 5}"), 422, "body.config.sequence: expected a string or null, got a number" },
        { Rabi("{\"sequence\": \"{not json\", \"runs\": 5}"), 422, "body.config.sequence: not valid JSON" },
        { Rabi("{\"sequence\": \"[]\", \"runs\": 5}"), 422, "body.config.sequence: expected a Pulser abstract-representation JSON object" },
        { Rabi($"{{\"sequence\": {Sequence}, \"runs\": \"many\"}}"), 422, "body.config.runs: expected an integer, got a string" },
        { Rabi($"{{\"sequence\": {Sequence}, \"runs\": 2.5}}"), 422, "body.config.runs: expected an integer, got 2.5" },
        { Rabi($"{{\"sequence\": {Sequence}, \"runs\": 0}}"), 422, "body.config.runs: 0 is outside 1..100000" },
        { Rabi($"{{\"sequence\": {Sequence}, \"runs\": 501}}", backend: "FRESNEL"), 422, "body.config.runs: 501 is outside 1..500 (max_runs of FRESNEL)" },
        { Rabi($"{{\"sequence\": {Sequence}}}", backend: "FRESNEL"), 422, "body.config.runs: required on FRESNEL" },
        { Rabi($"{{\"sequence\": {Sequence}, \"runs\": 5, \"variables\": [1]}}"), 422, "body.config.variables: expected an object of variable values or null, got an array" },
        { Rabi($"{{\"sequence\": {Sequence}, \"runs\": 5, \"shots\": 5}}"), 422, "body.config.shots: unknown field" },
        { Rabi($"{{\"sequence\": {JsonValue.Create(Sequences.Rabi(atoms: 11))!.ToJsonString()}, \"runs\": 5}}"), 422, "body.config.sequence: the register has 11 atoms; EMU_FREE accepts at most 10" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Bad_create_bodies_get_a_4xx_naming_the_field(string body, int expected, string message)
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"{Api}/v1/workloads", content);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(expected, (int)response.StatusCode);
        Assert.Equal("fail", (string)answer["status"]!);
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), (string)answer["code"]!);
        Assert.Contains(message, Messages(answer));
    }

    [Fact]
    public async Task Every_problem_of_a_body_is_listed_at_once()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (status, body) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/workloads",
            JsonNode.Parse(Rabi("{\"runs\": -1, \"variables\": 3}", backend: "NOPE"))!);
        Assert.Equal(422, status);
        Assert.Equal(4, body["data"]!["description"]!.AsArray().Count);
    }

    [Fact]
    public async Task An_unsupported_type_is_accepted_with_any_backend_and_config_object()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (status, body) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/workloads", Workloads.Unsupported("anything"));
        Assert.Equal(200, status);
        Assert.Equal("PENDING", (string)body["data"]!["status"]!);
    }

    [Fact]
    public async Task An_oversized_body_gets_413_naming_the_limit()
    {
        await using var server = await TestServer.StartAsync(o => o with { MaxRequestBodyBytes = 1000 });
        using var client = server.Client();
        var body = Workloads.Unsupported();
        body["config"]!["padding"] = new string('x', 2000);
        var (status, answer) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/workloads", body);
        Assert.Equal(413, status);
        Assert.Contains("1000 bytes", Messages(answer));
    }

    [Fact]
    public async Task Unknown_workload_ids_get_json_404()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var id = Guid.NewGuid();
        foreach (var (method, path) in new[] { ("GET", $"v2/workloads/{id}"), ("GET", $"v1/workloads/{id}"), ("PUT", $"v1/workloads/{id}/cancel"), ("GET", "v2/workloads/not-a-uuid") })
        {
            var (status, body) = await client.SendAsync(new HttpMethod(method), $"{Api}/{path}");
            Assert.Equal(404, status);
            Assert.Equal("fail", (string)body["status"]!);
        }

        using var anonymous = new HttpClient { BaseAddress = server.Server.BaseAddress };
        using var download = await anonymous.GetAsync($"pasqal/core-fast/workload-results/{id}");
        Assert.Equal(403, (int)download.StatusCode);
    }
}
