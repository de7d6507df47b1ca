using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Pasqal;

/// <summary>
/// For every response fixture recorded in the pasqal-cloud SDK's tests (copied to tests/Fixtures/pasqal), the
/// emulator's answer to the same request has every field of the fixture, with the same JSON type.
/// Rules: a fixture <c>null</c> accepts any value; maps with data-dependent keys (variables, result counters, error
/// maps, configuration, workload config) are compared as objects only; fields that depend on the run state (results,
/// timestamps, the results link) may be null in the emulator when its object has not reached that state yet. Workload
/// fixtures are replayed on workloads of the type the emulator runs (GET once it is DONE, cancel while it is queued),
/// except create, which sends the fixture's own unsupported type (accepted as PENDING; it ends in ERROR later).
/// </summary>
public sealed class FixtureShapeTests
{
    private const string BatchA = "00000000-0000-0000-0000-000000000001";
    private const string BatchB = "00000000-0000-0000-0000-000000000002";
    private const string JobId = "00000000-0000-0000-0000-000000022010";

    private static readonly HashSet<string> DynamicMaps = ["variables", "result", "counter", "configuration", "errors", "config"];
    private static readonly HashSet<string> StateDependent =
        ["result", "full_result", "start_timestamp", "end_timestamp", "start_datetime", "end_datetime", "results_link"];

    /// <summary>
    /// Job fields some SDK fixtures embed (v1 batch, cancel and rebatch answers) that the emulator leaves out on purpose:
    /// results come only through <c>results_link</c> (reference §1.7; the v2 job and job-list fixtures have none), so no
    /// answer grows with the jobs' run counts.
    /// </summary>
    private static readonly HashSet<string> Omitted = ["result", "full_result"];

    /// <summary>Fixtures of calls the pasqal-cloud SDK 0.20–0.23 does not make (or that are not response bodies).</summary>
    private static readonly Dictionary<string, string> NotCompared = new(StringComparer.Ordinal)
    {
        ["v1/jobs/_.POST.json"] = "job creation outside a batch: removed from the SDK before 0.20",
        [$"v2/jobs/{JobId}/_.POST.json"] = "no SDK call posts to a job",
        [$"v1/jobs/{JobId}/results_link/result.json"] = "a result download, compared in Results_download_has_the_fixture_shape",
        ["v2/jobs/_.GET headers.json"] = "response headers, not a body",
    };

    /// <summary>The fixtures copied next to the test assembly from tests/Fixtures/pasqal (see its README).</summary>
    public static string FixtureRoot { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "pasqal", "core-fast", "api");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(FixtureRoot, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(FixtureRoot, file).Replace('\\', '/');
            if (!NotCompared.ContainsKey(relative))
            {
                data.Add(relative);
            }
        }

        return data;
    }

    [Fact]
    public void Every_fixture_is_compared_or_excluded_with_a_reason()
    {
        var all = Directory.EnumerateFiles(FixtureRoot, "*.json", SearchOption.AllDirectories).Count();
        Assert.Equal(all, Fixtures().Count + NotCompared.Count);
        Assert.True(Fixtures().Count >= 30);
        Assert.Equal(5, Enumerable.Count<object[]>(Fixtures(), row => ((string)row[0]).Contains("workloads", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task The_emulator_answers_with_the_fixture_shape(string fixture)
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromMilliseconds(300) });
        using var client = server.Client();
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(FixtureRoot, fixture)))!;
        var method = new HttpMethod(Path.GetFileNameWithoutExtension(fixture).Split('.')[1]);
        var path = Path.GetDirectoryName(fixture)!.Replace('\\', '/');

        var addsJobs = method == HttpMethod.Post && path.EndsWith("/jobs", StringComparison.Ordinal);
        if (path.Contains("workloads/", StringComparison.Ordinal))
        {
            path = await WithNewWorkload(client, path, waitUntilDone: method == HttpMethod.Get);
        }
        else if (path.Contains(BatchA, StringComparison.Ordinal))
        {
            path = path.Replace(BatchA, await NewBatch(client, open: addsJobs), StringComparison.Ordinal);
        }

        if (path.Contains(BatchB, StringComparison.Ordinal))
        {
            path = path.Replace(BatchB, await NewBatch(client, open: addsJobs), StringComparison.Ordinal);
        }

        if (path.Contains(JobId, StringComparison.Ordinal))
        {
            var (_, batch) = await client.SendAsync(HttpMethod.Post, "pasqal/core-fast/api/v1/batches", RichBatch(open: false));
            path = path.Replace(JobId, (string)batch["data"]!["jobs"]![0]!["id"]!, StringComparison.Ordinal);
        }

        JsonNode? body = path switch
        {
            "v1/batches" when method == HttpMethod.Post => RichBatch(open: false),
            "v1/workloads" => new JsonObject
            {
                ["workload_type"] = "workload_type_test",
                ["backend"] = "backend_test",
                ["config"] = new JsonObject { ["test1"] = "test1", ["test2"] = 2 },
            },
            _ when addsJobs => new JsonArray(Sequences.Job(50, 1.0), Sequences.Job(50, 2.0)),
            _ when path.EndsWith("/tags", StringComparison.Ordinal) => new JsonArray("test"),
            "v1/batches/cancel" or "v2/batches/cancel" => new JsonObject { ["batch_ids"] = new JsonArray(await NewBatch(client, false), await NewBatch(client, false)) },
            _ => null,
        };

        var (status, actual) = await client.SendAsync(method, "pasqal/core-fast/api/" + path, body);
        Assert.True(status == 200, $"{method} {path} answered {status}: {actual.ToJsonString()}");
        var problems = new List<string>();
        Compare(expected, actual, "$", problems);
        Assert.True(problems.Count == 0, $"{method} {path}:\n{string.Join("\n", problems)}\nactual: {actual.ToJsonString()}");
    }

    private static JsonObject RichBatch(bool open)
    {
        var batch = Sequences.Batch(open: open, jobs: 1);
        batch["webhook"] = "10.0.1.5";
        batch["configuration"] = new JsonObject { ["dt"] = 10.0, ["precision"] = "normal" };
        batch["backend_configuration"] = "i-am-a-serialised-configuration";
        batch["tags"] = new JsonArray("test");
        return batch;
    }

    /// <summary>Replaces the fixture's workload id in <paramref name="path"/> with a new <c>pulser_sequence</c> workload's.</summary>
    private static async Task<string> WithNewWorkload(HttpClient client, string path, bool waitUntilDone)
    {
        var (status, created) = await client.SendAsync(HttpMethod.Post, "pasqal/core-fast/api/v1/workloads", Workloads.Rabi(runs: 20, omega: 1.0));
        Assert.Equal(200, status);
        var id = (string)created["data"]!["id"]!;
        if (waitUntilDone)
        {
            await client.PollAsync($"pasqal/core-fast/api/v2/workloads/{id}", w => (string)w["data"]!["status"]! == "DONE");
        }

        var segments = path.Split('/');
        segments[2] = id; // v1|v2 / workloads / {id} [/ cancel]
        return string.Join('/', segments);
    }

    private static async Task<string> NewBatch(HttpClient client, bool open)
    {
        var (status, batch) = await client.SendAsync(HttpMethod.Post, "pasqal/core-fast/api/v1/batches", RichBatch(open));
        Assert.Equal(200, status);
        return (string)batch["data"]!["id"]!;
    }

    private static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> problems)
    {
        if (expected is null)
        {
            return;
        }

        var name = path[(path.LastIndexOf('.') + 1)..];
        if (actual is null)
        {
            if (!StateDependent.Contains(name))
            {
                problems.Add($"{path}: null, the fixture has {expected.GetValueKind()}");
            }

            return;
        }

        var kind = Kind(expected);
        if (kind != Kind(actual))
        {
            problems.Add($"{path}: {actual.GetValueKind()}, the fixture has {expected.GetValueKind()}");
            return;
        }

        switch (expected)
        {
            case JsonObject obj when !DynamicMaps.Contains(name):
                foreach (var (key, value) in obj)
                {
                    if (!actual.AsObject().ContainsKey(key) && Omitted.Contains(key))
                    {
                        continue;
                    }

                    if (!actual.AsObject().ContainsKey(key))
                    {
                        problems.Add($"{path}.{key}: missing");
                    }
                    else
                    {
                        Compare(value, actual[key], $"{path}.{key}", problems);
                    }
                }

                break;
            case JsonArray array when array.Count > 0:
                foreach (var item in actual.AsArray())
                {
                    Compare(array[0], item, path + "[]", problems);
                }

                break;
        }
    }

    private static JsonValueKind Kind(JsonNode node) => node.GetValueKind() is JsonValueKind.False ? JsonValueKind.True : node.GetValueKind();
}
