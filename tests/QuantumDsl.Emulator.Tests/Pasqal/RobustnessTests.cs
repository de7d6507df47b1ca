using System.Text;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;

namespace QuantumDsl.Emulator.Tests.Pasqal;

/// <summary>
/// Bad input on every endpoint never gets a 5xx, and every refusal (4xx) has a JSON object body. Endpoints that ignore
/// their body (delete, cancel, GET) may still succeed (2xx): garbage there is not an error.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string[] Bodies =
        ["", "null", "[]", "{}", "\"text\"", "42", "{\"jobs\": {}}", "[{\"runs\": -1}]", "{\"batch_ids\": [1, null]}", "[\"x\", 3]",
         "{\"name\": \"\", \"inputs\": []}", "{\"name\": 5, \"inputs\": [{\"values\": null}]}", new string('[', 5000), "{\"a\": \"\\ud800\"}",
         "{\"sequence_builder\": \"\\udc00\", \"jobs\": [], \"\\ud800\": 1}"];

    [Fact]
    public async Task Every_endpoint_answers_garbage_without_a_5xx_and_refuses_it_in_json()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (_, created) = await client.SendAsync(HttpMethod.Post, "pasqal/core-fast/api/v1/batches", Sequences.Batch(open: true, jobs: 1));
        var batch = (string)created["data"]!["id"]!;
        var job = (string)created["data"]!["jobs"]![0]!["id"]!;
        var (_, submitted) = await client.SendAsync(HttpMethod.Post, "oqtant/api/users/alice/jobs", MatterJobs.Bec());
        var oqtant = (string)submitted["job_id"]!;
        var (_, workload) = await client.SendAsync(HttpMethod.Post, "pasqal/core-fast/api/v1/workloads", Workloads.Rabi());
        var workloadId = (string)workload["data"]!["id"]!;

        (string Method, string Path)[] endpoints =
        [
            ("POST", "pasqal/core-fast/api/v1/batches"),
            ("POST", $"pasqal/core-fast/api/v2/batches/{batch}/jobs"),
            ("PATCH", $"pasqal/core-fast/api/v1/batches/{batch}/tags"),
            ("PATCH", "pasqal/core-fast/api/v1/batches/cancel"),
            ("PATCH", $"pasqal/core-fast/api/v2/batches/{batch}/cancel/jobs?id=nope&min_runs=x"),
            ("POST", $"pasqal/core-fast/api/v1/batches/{batch}/rebatch?status=x&start_date=y"),
            ("GET", "pasqal/core-fast/api/v2/jobs?offset=x&limit=y&order_by=z&order_by_direction=w"),
            ("GET", $"pasqal/core-fast/api/v2/jobs/{job}x"),
            ("DELETE", $"pasqal/core-fast/api/v2/batches/{batch}"),
            ("POST", "pasqal/core-fast/api/v1/workloads"),
            ("GET", $"pasqal/core-fast/api/v2/workloads/{workloadId}x"),
            ("PUT", $"pasqal/core-fast/api/v1/workloads/{workloadId}/cancel"),
            ("GET", $"pasqal/core-fast/workload-results/{workloadId}?signature=x"),
            ("POST", "oqtant/api/users/alice/jobs"),
            ("GET", $"oqtant/api/users/alice/jobs/{oqtant}?run=0"),
            ("GET", "oqtant/api/users/alice/jobs?limit=0&submit_start=x"),
            ("POST", $"oqtant/api/users/alice/jobs/{oqtant}/cancel"),
            ("POST", "oauth/token"),
            ("GET", "authorize?response_type=token"),
        ];

        foreach (var (method, path) in endpoints)
        {
            foreach (var body in Bodies)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path)
                {
                    Content = method == "GET" ? null : new StringContent(body, Encoding.UTF8, "application/json"),
                };
                using var response = await client.SendAsync(request);
                var status = (int)response.StatusCode;
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(status is >= 200 and < 500, $"{method} {path} with {body[..Math.Min(body.Length, 40)]}: {status} {text}");
                if (status >= 400)
                {
                    Assert.IsType<JsonObject>(JsonNode.Parse(text));
                }
            }
        }
    }
}
