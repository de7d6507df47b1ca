using System.Text.Json.Nodes;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Tests.Running;
using QuantumDsl.Client.Tests.Support;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Tests.Oqtant;

/// <summary>Every Oqtant capability against the emulator server over loopback HTTP.</summary>
public sealed class OqtantEmulatorTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("qdsl-oqtant-files-").FullName;

    private static MatterJob Job(string name, int inputs = 1) =>
        MatterJob.Create(name, EvaporationScan.Sweep.Take(inputs).Select(p => p.ToInput()));

    [Fact]
    public async Task Submit_get_search_cancel_delete_and_limits()
    {
        using var client = OqtantClient.Create(emulator.Server.IssueToken("ada"), emulator.OqtantOptions());
        Assert.Equal("ada", client.UserId);
        var before = await client.GetJobLimitsAsync();
        var name = "crud " + Guid.NewGuid().ToString("N")[..8];
        var submitted = await client.SubmitJobAsync(Job(name, 3));
        Assert.False(string.IsNullOrEmpty(submitted.JobId));
        Assert.True(submitted.QueuePosition >= 0);

        var run2 = await client.GetJobAsync(submitted.JobId, run: 2);
        Assert.Equal(3, run2.InputCount);
        Assert.Equal(2, Assert.Single(run2.Inputs).Run);
        var found = await client.GetJobsAsync(new OqtantJobSearch { Name = name, JobType = JobType.Bec, SubmitStart = DateTimeOffset.UtcNow.AddHours(-1), SubmitEnd = DateTimeOffset.UtcNow.AddHours(1), Limit = 10 });
        Assert.Equal(submitted.JobId, Assert.Single(found).ExternalId);
        Assert.Equal(before.DailyRemaining - 1, (await client.GetJobLimitsAsync()).DailyRemaining);

        await client.CancelJobAsync(submitted.JobId);
        await client.DeleteJobAsync(submitted.JobId);
        var gone = await Assert.ThrowsAsync<QuantumServiceException>(() => client.GetJobAsync(submitted.JobId));
        Assert.Equal(404, gone.Status);
    }

    [Fact]
    public async Task Inputs_without_output_make_a_job_to_resubmit_and_generate_reports_every_violation()
    {
        using var client = OqtantClient.Create(emulator.Server.IssueToken("ada"), emulator.OqtantOptions());
        var original = Job("clone me", 2) with { };
        var id = (await client.SubmitJobAsync(MatterJob.Create("clone me", [original.Inputs[0], original.Inputs[1] with { Notes = "second" }]))).JobId;

        var all = await client.GetJobInputsWithoutOutputAsync(id, includeNotes: true);
        Assert.Equal(2, all.Inputs.Count);
        Assert.Equal("second", all.Inputs[1].Notes);
        var one = await client.GetJobInputsWithoutOutputAsync(id, run: 2);
        Assert.Null(Assert.Single(one.Inputs).Notes);

        var json = JsonNode.Parse(all.ToJson())!;
        json["inputs"]![0]!["values"]!["time_of_flight_ms"] = 25;
        json["inputs"]![1]!["values"]!["end_time_ms"] = 500;
        var e = Assert.Throws<ExperimentValidationException>(() => MatterJob.FromJson(json));
        Assert.Equal(2, e.Violations.Count);
        Assert.Contains(e.Violations, v => v.Path.Contains("time_of_flight_ms", StringComparison.Ordinal) && v.Value == "25");
        Assert.Equal(all.Inputs.Count, MatterJob.FromJson(all.ToJson()).Inputs.Count);
    }

    [Fact]
    public async Task Run_jobs_tracks_writes_files_loads_them_and_sees_active_jobs()
    {
        using var client = OqtantClient.Create(emulator.Server.IssueToken("ada"), emulator.OqtantOptions());
        var updates = new List<OqtantJobUpdate>();
        var ids = await client.RunJobsAsync([Job("run a"), Job("run b")],
            new OqtantTrackOptions { TrackStatus = true, Write = true, FileNames = ["a.txt", "b"], Directory = _dir },
            new SyncProgress<OqtantJobUpdate>(updates.Add));

        Assert.Equal(2, ids.Count);
        Assert.True(File.Exists(Path.Combine(_dir, "a.txt")));
        Assert.True(File.Exists(Path.Combine(_dir, "b.txt")));
        Assert.All(ids, id => Assert.Contains(updates, u => u.JobId == id && u.Job is not null && u.Status.IsTerminal()));
        Assert.Equal(ids.Order(StringComparer.Ordinal), client.ActiveJobs.Keys.Order(StringComparer.Ordinal));

        using var later = OqtantClient.Create(emulator.Server.IssueToken("ada"), emulator.OqtantOptions());
        var loaded = await later.AddActiveJobsFromFilesAsync([Path.Combine(_dir, "a.txt"), Path.Combine(_dir, "b.txt")]);
        Assert.Equal(ids, loaded.Select(j => j.ExternalId));
        await later.AddActiveJobsAsync(ids);
        await later.AddActiveJobAsync(ids[0], run: 1);
        var active = await later.GetActiveJobsAsync(refresh: true);
        Assert.Equal(2, active.Count);
        var e = await Assert.ThrowsAsync<IOException>(() => OqtantJobFile.WriteAsync(active[0], Path.Combine(_dir, "a.txt")));
        Assert.Contains("already exists", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_over_30_jobs_are_submitted_in_several_runs_and_file_names_must_match_the_jobs()
    {
        using var client = OqtantClient.Create(emulator.Server.IssueToken("ada"), emulator.OqtantOptions());
        var jobs = Enumerable.Range(0, 31).Select(i => Job("split " + i)).ToList();
        var ids = await client.RunJobsAsync(jobs, new OqtantTrackOptions { TrackStatus = true });
        Assert.Equal(31, ids.Distinct().Count());
        Assert.Throws<ArgumentException>(() => client.RunJobsAsync(jobs, new OqtantTrackOptions { FileNames = ["one"] }).GetAwaiter().GetResult());
    }

    [Fact]
    public async Task With_20_percent_of_calls_losing_their_answer_200_single_input_jobs_make_exactly_200_jobs()
    {
        var token = emulator.Server.IssueToken("chaos");
        var options = emulator.OqtantOptions(token);
        options.Resilience.Retry!.Delay = TimeSpan.FromMilliseconds(1);
        options.Resilience.Retry!.MaxDelay = TimeSpan.FromMilliseconds(20);
        var lossy = new LossyHandler(5, new SocketsHttpHandler());
        using var oqtant = new OqtantClient(new HttpClient(QuantumResilience.CreateHandler(options.Resilience, lossy)), options);
        var before = (await oqtant.GetJobLimitsAsync()).DailyRemaining;

        // Submission is where a lost answer could duplicate a job: stop once all 200 are submitted (cancelling them
        // remotely to free the emulator's queue); tracking through lost answers is covered by MatterSweepRunnerTests.
        using var cts = new CancellationTokenSource();
        var run = new SweepRunOptions { JournalDirectory = emulator.JournalDirectory, MaxInputsPerJob = 1, RunName = Guid.NewGuid().ToString(), CancelRemoteOnCancellation = true };
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var update in LifetimeScan.Sweep.WatchAsync(oqtant, run, cts.Token))
            {
                if (update.Status == "SUBMITTED" && ids.Add(update.JobId!) && ids.Count == 200)
                {
                    await cts.CancelAsync();
                }
            }
        });

        Assert.True(lossy.Injected >= 40, $"only {lossy.Injected} faults injected");
        Assert.Contains(lossy.Lost, l => l.StartsWith("POST", StringComparison.Ordinal));
        Assert.Equal(before - 200, (await oqtant.GetJobLimitsAsync()).DailyRemaining);
    }

    [Fact]
    public async Task A_submitted_job_is_a_long_running_operation()
    {
        using var client = OqtantClient.Create(emulator.Server.IssueToken("ada"), emulator.OqtantOptions());
        var operation = await client.SubmitJobAsync(WaitUntil.Started, Job("operation", 2));
        Assert.False(operation.HasCompleted);
        Assert.NotNull(operation.Submission);
        var job = await operation.WaitForCompletionAsync();
        Assert.True(operation.HasCompleted);
        Assert.Equal(JobStatus.Complete, job.Status);
        Assert.Equal([1, 2], (await operation.GetRunsAsync()).Select(r => r.Inputs[0].Run!.Value));
        Assert.Same(job, client.ActiveJobs[operation.Id]);
        Assert.Equal(operation.Id, client.GetJobOperation(operation.Id).Id);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
