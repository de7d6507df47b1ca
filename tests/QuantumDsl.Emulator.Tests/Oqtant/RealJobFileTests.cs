using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;

namespace QuantumDsl.Emulator.Tests.Oqtant;

/// <summary>
/// Every real job the project holds — written by the Python client, COMPLETE on the hardware — is submitted through
/// the HTTP surface and must COMPLETE on the emulator's matter engine with an output of the right kind.
/// </summary>
public sealed class RealJobFileTests
{
    private const string Jobs = "oqtant/api/users/alice/jobs";

    private static bool Terminal(JsonNode job) => (string)job["status"]! is "COMPLETE" or "FAILED" or "INCOMPLETE" or "CANCELLED";

    public static TheoryData<string> WholeFiles() => [.. RealJobFiles.WholeFiles()];

    [Theory]
    [MemberData(nameof(WholeFiles))]
    public async Task A_real_job_file_completes(string fileName)
    {
        var job = RealJobFiles.Read(fileName);
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();

        var done = await RunAsync(client, RealJobFiles.SubmitBody(job));

        Assert.Equal((string)job["job_type"]!, (string)done["job_type"]!);
        AssertOutputMatches(done, (string)job["inputs"]![0]!["values"]!["image_type"]!);
    }

    [Fact]
    public async Task Every_distinct_job_of_the_collected_repository_completes()
    {
        // Jobs of one type are grouped 30 inputs to a job (the service's limit), so the 70 inputs run as 4 jobs.
        var collected = RealJobFiles.Collected();
        Assert.Equal(70, collected.Count);
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var groups = collected
            .SelectMany(c => c.Job["inputs"]!.AsArray().Select(i => (Type: (string)c.Job["job_type"]!, c.Source, Values: i!["values"]!)))
            .GroupBy(x => x.Type)
            .SelectMany(g => g.Chunk(30).Select(chunk => (Type: g.Key, Inputs: chunk)))
            .ToList();

        var submitted = new List<(string Id, (string Type, string Source, JsonNode Values)[] Inputs)>();
        foreach (var (type, inputs) in groups)
        {
            var body = RealJobFiles.SubmitBody(new JsonObject { ["name"] = "BEConOqtant " + type, ["job_type"] = type }, inputs.Select(i => i.Values));
            var (status, created) = await client.SendAsync(HttpMethod.Post, Jobs, body);
            Assert.True(status == 200, $"{type}: {created.ToJsonString()}");
            submitted.Add(((string)created["job_id"]!, inputs));
        }

        foreach (var (id, inputs) in submitted)
        {
            var done = await client.PollAsync($"{Jobs}/{id}", Terminal, seconds: 900);
            var failed = done["failed_inputs"]!.AsArray().Select(r => inputs[(int)r! - 1].Source);
            Assert.True((string)done["status"]! == "COMPLETE", $"job {id} ended {done["status"]}; failed runs come from {string.Join(", ", failed)}");
            for (var run = 1; run <= inputs.Length; run++)
            {
                var one = run == 1 ? done : (await client.SendAsync(HttpMethod.Get, $"{Jobs}/{id}?run={run}")).Body;
                AssertOutputMatches(one, (string)inputs[run - 1].Values["image_type"]!);
            }
        }
    }

    private static async Task<JsonNode> RunAsync(HttpClient client, JsonObject body)
    {
        var (status, created) = await client.SendAsync(HttpMethod.Post, Jobs, body);
        Assert.True(status == 200, created.ToJsonString());
        var done = await client.PollAsync($"{Jobs}/{(string)created["job_id"]!}", Terminal, seconds: 600);
        Assert.True((string)done["status"]! == "COMPLETE", $"ended {done["status"]}: {done["inputs"]![0]!.ToJsonString()[..Math.Min(600, done["inputs"]![0]!.ToJsonString().Length)]}");
        Assert.Empty(done["failed_inputs"]!.AsArray());
        return done;
    }

    private static void AssertOutputMatches(JsonNode job, string imageType)
    {
        var values = job["inputs"]![0]!["output"]!["values"]!;
        if (imageType == "IN_TRAP")
        {
            var plot = values["it_plot"]!;
            Assert.Equal(148 * 503, plot["pixels"]!.AsArray().Count);
            Assert.Contains(plot["pixels"]!.AsArray(), p => (double)p! > 0.05); // the condensate is in the picture
        }
        else
        {
            var tof = values["tof_image"]!;
            Assert.Equal(100 * 100, tof["pixels"]!.AsArray().Count);
            Assert.True(tof["pixels"]!.AsArray().Sum(p => (double)p!) > 10, "the TOF image holds atoms");
        }
    }
}
