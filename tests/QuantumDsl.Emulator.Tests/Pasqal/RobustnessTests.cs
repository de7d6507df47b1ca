using System.Text;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Pasqal;

/// <summary>
/// Bad input on every endpoint never gets a 5xx: an endpoint that reads the garbage (its body, or a garbage query or id)
/// refuses it with a 4xx and a JSON object body. A 2xx is right only where the test lists the body as valid input
/// (an empty tag list) or the endpoint ignores its body (delete, cancel); their refusals are JSON too. Every wrong answer
/// is reported at once.
/// </summary>
public sealed class RobustnessTests
{
    private static readonly string[] Bodies =
        ["", "null", "[]", "{}", "\"text\"", "42", "{\"jobs\": {}}", "[{\"runs\": -1}]", "{\"batch_ids\": [1, null]}", "[\"x\", 3]",
         "{\"name\": \"\", \"inputs\": []}", "{\"name\": 5, \"inputs\": [{\"values\": null}]}", new string('[', 5000), "{\"a\": \"\\ud800\"}",
         "{\"sequence_builder\": \"\\udc00\", \"jobs\": [], \"\\ud800\": 1}"];

    /// <summary>An endpoint that ignores its body: any of <see cref="Bodies"/> may get a 2xx.</summary>
    private static readonly string[] AnyBody = Bodies;

    private static bool IsJsonObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

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

        // Accepts: the bodies of Bodies that are valid input there (a 2xx is right); every other body must be refused.
        (string Method, string Path, string[] Accepts)[] endpoints =
        [
            ("POST", "pasqal/core-fast/api/v1/batches", []),
            ("POST", $"pasqal/core-fast/api/v2/batches/{batch}/jobs", []),
            ("PATCH", $"pasqal/core-fast/api/v1/batches/{batch}/tags", ["[]"]), // an empty tag list clears the tags
            ("PATCH", "pasqal/core-fast/api/v1/batches/cancel", []),
            ("PATCH", $"pasqal/core-fast/api/v2/batches/{batch}/cancel/jobs?id=nope&min_runs=x", []),
            ("POST", $"pasqal/core-fast/api/v1/batches/{batch}/rebatch?status=x&start_date=y", []),
            ("GET", "pasqal/core-fast/api/v2/jobs?offset=x&limit=y&order_by=z&order_by_direction=w", []),
            ("GET", $"pasqal/core-fast/api/v2/jobs/{job}x", []),
            ("DELETE", $"pasqal/core-fast/api/v2/batches/{batch}", AnyBody),
            ("POST", "pasqal/core-fast/api/v1/workloads", []),
            ("GET", $"pasqal/core-fast/api/v2/workloads/{workloadId}x", []),
            ("PUT", $"pasqal/core-fast/api/v1/workloads/{workloadId}/cancel", AnyBody),
            ("GET", $"pasqal/core-fast/workload-results/{workloadId}?signature=x", []),
            ("POST", "oqtant/api/users/alice/jobs", []),
            ("GET", $"oqtant/api/users/alice/jobs/{oqtant}?run=0", []),
            ("GET", "oqtant/api/users/alice/jobs?limit=0&submit_start=x", []),
            ("POST", $"oqtant/api/users/alice/jobs/{oqtant}/cancel", AnyBody),
            ("POST", "oauth/token", []),
            ("GET", "authorize?response_type=token", []),
        ];

        var wrong = new List<string>();
        foreach (var (method, path, accepts) in endpoints)
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
                var what = $"{method} {path} with {body[..Math.Min(body.Length, 40)]}: {status} {text[..Math.Min(text.Length, 120)]}";
                if (status is < 200 or >= 500 || (status < 400 && !accepts.Contains(body)))
                {
                    wrong.Add(what);
                }
                else if (status >= 400 && !IsJsonObject(text))
                {
                    wrong.Add("not a JSON object: " + what);
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}
