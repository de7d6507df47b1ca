using System.Text;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Pasqal;

/// <summary>
/// Bad input on every endpoint never gets a 5xx: an endpoint that reads the garbage (its body, or a garbage query or id)
/// refuses it with a 4xx and a JSON object body. Only endpoints that ignore their body and get nothing else wrong (delete,
/// cancel) may succeed (2xx); when they refuse, it is in JSON too.
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

        // IgnoresBody: the only endpoints where a 2xx is a right answer to garbage.
        (string Method, string Path, bool IgnoresBody)[] endpoints =
        [
            ("POST", "pasqal/core-fast/api/v1/batches", false),
            ("POST", $"pasqal/core-fast/api/v2/batches/{batch}/jobs", false),
            ("PATCH", $"pasqal/core-fast/api/v1/batches/{batch}/tags", false),
            ("PATCH", "pasqal/core-fast/api/v1/batches/cancel", false),
            ("PATCH", $"pasqal/core-fast/api/v2/batches/{batch}/cancel/jobs?id=nope&min_runs=x", false),
            ("POST", $"pasqal/core-fast/api/v1/batches/{batch}/rebatch?status=x&start_date=y", false),
            ("GET", "pasqal/core-fast/api/v2/jobs?offset=x&limit=y&order_by=z&order_by_direction=w", false),
            ("GET", $"pasqal/core-fast/api/v2/jobs/{job}x", false),
            ("DELETE", $"pasqal/core-fast/api/v2/batches/{batch}", true),
            ("POST", "pasqal/core-fast/api/v1/workloads", false),
            ("GET", $"pasqal/core-fast/api/v2/workloads/{workloadId}x", false),
            ("PUT", $"pasqal/core-fast/api/v1/workloads/{workloadId}/cancel", true),
            ("GET", $"pasqal/core-fast/workload-results/{workloadId}?signature=x", false),
            ("POST", "oqtant/api/users/alice/jobs", false),
            ("GET", $"oqtant/api/users/alice/jobs/{oqtant}?run=0", false),
            ("GET", "oqtant/api/users/alice/jobs?limit=0&submit_start=x", false),
            ("POST", $"oqtant/api/users/alice/jobs/{oqtant}/cancel", true),
            ("POST", "oauth/token", false),
            ("GET", "authorize?response_type=token", false),
        ];

        foreach (var (method, path, ignoresBody) in endpoints)
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
                var what = $"{method} {path} with {body[..Math.Min(body.Length, 40)]}: {status} {text}";
                Assert.True(ignoresBody ? status is >= 200 and < 500 : status is >= 400 and < 500, what);
                if (status >= 400)
                {
                    Assert.True(JsonNode.Parse(text) is JsonObject, "not a JSON object: " + what);
                }
            }
        }
    }
}
