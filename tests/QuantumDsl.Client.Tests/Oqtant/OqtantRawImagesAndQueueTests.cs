using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Tests.Running;
using QuantumDsl.Client.Tests.Support;
using QuantumDsl.Emulator;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Tests.Oqtant;

/// <summary><c>get_raw_images</c> and <c>get_queue_status</c> against the emulator server.</summary>
public sealed class OqtantRawImagesAndQueueTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static MatterJob Job(string name, int inputs = 1) =>
        MatterJob.Create(name, EvaporationScan.Sweep.Take(inputs).Select(p => p.ToInput()));

    private static string Unique(string stem) => stem + " " + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Raw_images_are_the_frames_the_runs_od_image_was_measured_from()
    {
        using var client = OqtantClient.Create(emulator.Server.IssueToken("ada"), emulator.OqtantOptions());
        var operation = await client.SubmitJobAsync(WaitUntil.Started, Job(Unique("raw"), 2));
        await operation.WaitForCompletionAsync();
        var job = await client.GetJobAsync(operation.Id, run: 2);
        var od = ((NonPlotOutput)job.Inputs[0].Output!.Values).TofImage.Pixels;

        var images = await client.GetRawImagesAsync(operation.Id, run: 2);

        Assert.Equal([RawImageType.TimeOfFlight, RawImageType.Mot], images.Select(i => i.ImageType));
        Assert.All(images, i => Assert.Equal((operation.Id, 2), (i.JobExternalId, i.Run)));
        var tof = images[0];
        Assert.Equal(od.Count, tof.Absolute.Pixels.Count);
        for (var i = 0; i < od.Count; i++)
        {
            Assert.Equal(od[i], Math.Log(tof.Background!.Pixels[i] / tof.Absolute.Pixels[i]), 12);
        }

        var missing = await Assert.ThrowsAsync<QuantumServiceException>(() => client.GetRawImagesAsync(operation.Id, run: 3));
        Assert.Equal(404, missing.Status);
    }

    [Fact]
    public async Task The_queue_status_leaves_out_complete_jobs_unless_asked()
    {
        using var client = OqtantClient.Create(emulator.Server.IssueToken("ada"), emulator.OqtantOptions());
        var name = Unique("queue done");
        var operation = await client.SubmitJobAsync(WaitUntil.Started, Job(name));
        await operation.WaitForCompletionAsync();

        var queued = await client.GetQueueStatusAsync(new OqtantJobSearch { Name = name, Limit = 10 });
        var all = await client.GetQueueStatusAsync(new OqtantJobSearch { Name = name, Limit = 10 }, includeComplete: true);

        Assert.Empty(queued);
        Assert.Equal(JobStatus.Complete, Assert.Single(all).Status);
    }

    [Fact]
    public async Task The_queue_status_lists_todays_pending_running_and_cancelled_jobs()
    {
        var directory = Directory.CreateTempSubdirectory("qdsl-queue-").FullName;
        await using (var slow = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            DatabasePath = Path.Combine(directory, "slow.db"),
            SimulatedLatency = TimeSpan.FromHours(1), // nothing ever completes
            PollInterval = TimeSpan.FromMilliseconds(20),
        }))
        {
            using var client = OqtantClient.Create(slow.DevToken, new OqtantClientOptions { Endpoint = slow.OqtantBaseUrl });
            var first = (await client.SubmitJobAsync(Job("one"))).JobId;
            var second = (await client.SubmitJobAsync(Job("two"))).JobId;
            var third = (await client.SubmitJobAsync(Job("three"))).JobId;
            await client.CancelJobAsync(third);

            var queue = await client.GetQueueStatusAsync();

            Assert.Equal([third, second, first], queue.Select(j => j.ExternalId)); // newest first, as the search answers
            Assert.Equal(JobStatus.Cancelled, queue[0].Status);
            Assert.Equal(JobStatus.Pending, queue[1].Status);
            Assert.Contains(queue[2].Status, new[] { JobStatus.Pending, JobStatus.Running });
            var limited = await client.GetQueueStatusAsync(new OqtantJobSearch { Limit = 1 });
            Assert.Equal([third], limited.Select(j => j.ExternalId));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }
}
