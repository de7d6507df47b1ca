using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Oqtant;

/// <summary><c>GET /jobs/{id}/raw_images?run=N</c>: the camera frames the run's OD image was measured from.</summary>
public sealed class RawImagesTests
{
    private const string Jobs = "oqtant/api/users/alice/jobs";

    private static bool Ended(JsonNode job) => (string)job["status"]! is not ("PENDING" or "RUNNING");

    [Fact]
    public async Task A_time_of_flight_run_has_probe_and_reference_frames_that_give_its_od_image_and_its_mot_image()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (_, created) = await client.SendAsync(HttpMethod.Post, Jobs, MatterJobs.Bec(inputs: 2));
        var id = (string)created["job_id"]!;
        await client.PollAsync($"{Jobs}/{id}", Ended, seconds: 120);
        var (_, job) = await client.SendAsync(HttpMethod.Get, $"{Jobs}/{id}?run=2");
        var output = job["inputs"]![0]!["output"]!["values"]!;

        var (status, raw) = await client.SendAsync(HttpMethod.Get, $"{Jobs}/{id}/raw_images?run=2");

        Assert.Equal(200, status);
        var images = raw.AsArray();
        Assert.Equal(["TOF imaging", "MOT imaging"], images.Select(i => (string)i!["image_type"]!));
        Assert.All(images, i => Assert.Equal((id, 2), ((string)i!["job_external_id"]!, (int)i["run"]!)));
        var tof = images[0]!;
        var probe = Pixels(tof["absolute"]!);
        var reference = Pixels(tof["background"]!);
        var od = Pixels(output["tof_image"]!);
        Assert.Equal(100 * 100, probe.Length);
        Assert.Equal((100, 100, 4.4), ((int)tof["absolute"]!["rows"]!, (int)tof["absolute"]!["columns"]!, (double)tof["absolute"]!["pixcal"]!));
        Assert.All(probe.Concat(reference), c => Assert.True(c >= 1 && c == Math.Round(c), $"{c} is not a whole photon count"));
        for (var i = 0; i < od.Length; i++)
        {
            Assert.Equal(od[i], Math.Log(reference[i] / probe[i]), 12);
        }

        Assert.True(reference.Average() is > 4900 and < 5100, $"reference mean {reference.Average()}"); // 5000 photons per pixel
        Assert.True(probe.Min() < 0.5 * reference.Average(), "the cloud absorbs");
        var mot = images[1]!;
        Assert.Null(mot["background"]);
        Assert.Equal(Pixels(output["mot_fluorescence_image"]!), Pixels(mot["absolute"]!));
    }

    [Fact]
    public async Task An_in_trap_run_has_frames_that_give_its_in_trap_image()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (_, created) = await client.SendAsync(HttpMethod.Post, Jobs, RunFailureTests.InTrapJob(1));
        var id = (string)created["job_id"]!;
        var job = await client.PollAsync($"{Jobs}/{id}", Ended, seconds: 300);
        Assert.Equal("COMPLETE", (string)job["status"]!);

        var (_, raw) = await client.SendAsync(HttpMethod.Get, $"{Jobs}/{id}/raw_images");

        var it = raw[0]!;
        Assert.Equal("IT imaging", (string)it["image_type"]!);
        Assert.Equal(1, (int)it["run"]!);
        var od = Pixels(job["inputs"]![0]!["output"]!["values"]!["it_plot"]!);
        var probe = Pixels(it["absolute"]!);
        var reference = Pixels(it["background"]!);
        Assert.Equal(148 * 503, probe.Length);
        Assert.All(Enumerable.Range(0, od.Length), i => Assert.Equal(od[i], Math.Log(reference[i] / probe[i]), 12));
        Assert.Equal("MOT imaging", (string)raw[1]!["image_type"]!);
    }

    [Fact]
    public async Task Unknown_jobs_and_runs_and_runs_without_output_have_no_raw_images()
    {
        await using var server = await TestServer.StartAsync(o => o with { MatterMaxEvolutionSteps = 100 });
        using var client = server.Client();
        var (_, created) = await client.SendAsync(HttpMethod.Post, Jobs, RunFailureTests.InTrapJob(2));
        var id = (string)created["job_id"]!;
        await client.PollAsync($"{Jobs}/{id}", Ended, seconds: 120);

        var failed = await client.SendAsync(HttpMethod.Get, $"{Jobs}/{id}/raw_images?run=1");
        var noRun = await client.SendAsync(HttpMethod.Get, $"{Jobs}/{id}/raw_images?run=2");
        var badRun = await client.SendAsync(HttpMethod.Get, $"{Jobs}/{id}/raw_images?run=two");
        var unknown = await client.SendAsync(HttpMethod.Get, $"{Jobs}/{Guid.NewGuid()}/raw_images");
        using var bob = server.Client(TestServer.Bob);
        var other = await bob.SendAsync(HttpMethod.Get, $"oqtant/api/users/bob/jobs/{id}/raw_images");

        Assert.Equal(404, failed.Status);
        Assert.Equal($"run 1 of job '{id}' has no raw images: the job is FAILED and the run has no output", (string)failed.Body["detail"]!);
        Assert.Equal((404, $"run 2 not found: job '{id}' has runs 1..1"), (noRun.Status, (string)noRun.Body["detail"]!));
        Assert.Equal(422, badRun.Status);
        Assert.Equal(404, unknown.Status);
        Assert.Equal(404, other.Status); // another account's job does not exist for bob
    }

    private static double[] Pixels(JsonNode image) => [.. image["pixels"]!.AsArray().Select(p => (double)p!)];
}
