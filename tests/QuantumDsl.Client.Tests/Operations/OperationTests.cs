using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Running;
using QuantumDsl.Emulator;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Tests.Operations;

/// <summary>
/// The one operation shape on both services, against real emulators (loopback, SQLite): start with
/// <see cref="WaitUntil"/>, wait, resume from the id alone in a new client, cancel, and work that ends badly as a value.
/// <see cref="_fast"/> runs at most 1000 GPE steps per matter run (so a 12 ms hold fails, with its reason);
/// <see cref="_slow"/> holds every job for an hour (so waiting can be cancelled and the work cancelled remotely).
/// </summary>
public sealed class OperationTests : IAsyncLifetime
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private readonly string _directory = Directory.CreateTempSubdirectory("qdsl-client-operations-").FullName;
    private EmulatorServer _fast = null!;
    private EmulatorServer _slow = null!;

    public async Task InitializeAsync()
    {
        _fast = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            DatabasePath = Path.Combine(_directory, "fast.db"),
            SimulatedLatency = TimeSpan.FromMilliseconds(1),
            PollInterval = Poll,
            MatterMaxEvolutionSteps = 1000,
        });
        _slow = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            DatabasePath = Path.Combine(_directory, "slow.db"),
            SimulatedLatency = TimeSpan.FromHours(1),
            PollInterval = Poll,
        });
    }

    public async Task DisposeAsync()
    {
        await _fast.DisposeAsync();
        await _slow.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static OqtantClient Oqtant(EmulatorServer server) => OqtantClient.Create(server.DevToken, new OqtantClientOptions
    {
        Endpoint = server.OqtantBaseUrl, PollInterval = Poll, MaxPollInterval = TimeSpan.FromMilliseconds(200),
    });

    private static PasqalClient Pasqal(EmulatorServer server) => PasqalClient.Create(new PasqalClientOptions
    {
        Endpoint = server.PasqalCoreUrl, Token = server.DevToken, PollInterval = Poll, MaxPollInterval = TimeSpan.FromMilliseconds(200),
    });

    private static MatterJob Hold(params int[] points) => MatterJob.Create("hold " + Guid.NewGuid().ToString("N")[..8], points.Select(p => HoldScan.Sweep[p].ToInput()));

    private static string Sequence => RabiScan.Sweep[0].Sequence.ToAbstractRepr();

    private static PasqalJobRequest Rabi(double omega) => PasqalJobRequest.Create(20, new Dictionary<string, double> { ["omega_max"] = omega });

    private static PasqalWorkloadRequest Workload(string type = "pulser_sequence")
    {
        var config = new JsonObject { ["sequence"] = Sequence, ["runs"] = 20, ["variables"] = new JsonObject { ["omega_max"] = 2.0 } };
        using var document = JsonDocument.Parse(config.ToJsonString());
        return new PasqalWorkloadRequest(type, PasqalDeviceTypes.EmuFree, document.RootElement.Clone());
    }

    // ---- Oqtant job -------------------------------------------------------------------------------------------------

    [Fact]
    public async Task An_oqtant_job_started_is_waited_for_and_resumed_from_its_id_in_a_new_client()
    {
        string id;
        using (var client = Oqtant(_fast))
        {
            var started = await client.SubmitJobAsync(WaitUntil.Started, Hold(0));
            id = started.Id;
            Assert.NotNull(started.Submission);
            Assert.Equal(id, started.Submission!.JobId);
            Assert.False(started.HasValue);
            var unread = Assert.Throws<InvalidOperationException>(() => started.Value);
            Assert.Contains($"Job {id} has not been read yet", unread.Message, StringComparison.Ordinal);
        }

        // A restart: a new client, the id alone.
        using var later = Oqtant(_fast);
        var resumed = later.GetJobOperation(id);
        Assert.False(resumed.HasValue);
        Assert.False(resumed.HasCompleted);
        var job = await resumed.WaitForCompletionAsync();

        Assert.True(resumed.HasCompleted);
        Assert.True(resumed.HasValue);
        Assert.Same(job, resumed.Value);
        Assert.Equal((id, JobStatus.Complete), (job.ExternalId, job.Status));
        Assert.NotNull(Assert.Single(job.Inputs).Output);
        Assert.Same(job, later.ActiveJobs[id]);
    }

    [Fact]
    public async Task An_oqtant_job_submitted_until_completed_has_ended_and_a_fixed_polling_interval_waits_too()
    {
        using var client = Oqtant(_fast);
        var done = await client.SubmitJobAsync(WaitUntil.Completed, Hold(0, 0));
        Assert.True(done.HasCompleted);
        Assert.Equal(JobStatus.Complete, done.Value.Status);
        Assert.Equal([1, 2], (await done.GetRunsAsync()).Select(r => r.Inputs[0].Run!.Value));

        var again = client.GetJobOperation(done.Id);
        Assert.Equal(JobStatus.Complete, (await again.WaitForCompletionAsync(TimeSpan.FromMilliseconds(5))).Status);
    }

    [Fact]
    public async Task An_oqtant_job_whose_run_fails_is_a_value_that_says_why()
    {
        using var client = Oqtant(_fast);
        var operation = await client.SubmitJobAsync(WaitUntil.Completed, Hold(0, 1));

        var job = operation.Value;
        Assert.True(operation.HasCompleted);
        Assert.Equal(JobStatus.Incomplete, job.Status);
        Assert.Equal([2], job.FailedInputs);
        var run2 = (await operation.GetRunsAsync())[1].Inputs[0];
        Assert.Null(run2.Output);
        Assert.Contains("needs 2400 GPE time steps", Assert.Single(run2.Errors!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_for_an_oqtant_job_is_cancelled_by_the_token_and_the_job_by_CancelAsync()
    {
        using var client = Oqtant(_slow);
        var operation = await client.SubmitJobAsync(WaitUntil.Started, Hold(0));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => operation.WaitForCompletionAsync(cts.Token));
        Assert.False(operation.HasCompleted);
        Assert.False((await operation.UpdateStatusAsync()).Status.IsTerminal());

        await operation.CancelAsync();
        var cancelled = await client.GetJobOperation(operation.Id).WaitForCompletionAsync();
        Assert.Equal(JobStatus.Cancelled, cancelled.Status);
        var refused = await Assert.ThrowsAsync<QuantumServiceException>(() => operation.CancelAsync());
        Assert.InRange(refused.Status, 400, 499);
    }

    [Fact]
    public async Task An_unknown_oqtant_id_is_a_404_at_the_first_read()
    {
        using var client = Oqtant(_fast);
        var operation = client.GetJobOperation("00000000-0000-0000-0000-00000000beef");
        var e = await Assert.ThrowsAsync<QuantumServiceException>(() => operation.WaitForCompletionAsync());
        Assert.Equal(404, e.Status);
        Assert.False(operation.HasValue);
    }

    // ---- Pasqal batch -----------------------------------------------------------------------------------------------

    [Fact]
    public async Task A_pasqal_batch_started_is_waited_for_and_resumed_from_its_id_in_a_new_client()
    {
        string id;
        using (var client = Pasqal(_fast))
        {
            var started = await client.CreateBatchAsync(WaitUntil.Started, Sequence, [Rabi(1), Rabi(2)]);
            id = started.Id;
            Assert.True(started.HasValue);
            Assert.Equal(id, started.Value.Id);
        }

        using var later = Pasqal(_fast);
        var resumed = later.GetBatchOperation(id);
        Assert.False(resumed.HasValue);
        Assert.False(resumed.HasCompleted);
        Assert.Empty(resumed.Jobs);
        var unread = Assert.Throws<InvalidOperationException>(() => resumed.Value);
        Assert.Contains($"Batch {id} has not been read yet", unread.Message, StringComparison.Ordinal);

        var batch = await resumed.WaitForCompletionAsync();
        Assert.True(resumed.HasCompleted);
        // Completed means every job of the closed batch ended (the batch's own status may still read RUNNING for a moment
        // while the service settles it, as HasCompleted documents).
        Assert.Equal(id, batch.Id);
        Assert.Equal(2, resumed.Jobs.Count);
        Assert.All(resumed.Jobs, j => Assert.Equal(PasqalJobStatus.Done, j.Status));
        var results = await resumed.GetResultsAsync();
        Assert.All(results, r => Assert.Equal(20, r.Result!.Counter!.Values.Sum()));
    }

    [Fact]
    public async Task A_pasqal_batch_created_until_completed_has_ended_and_a_rebatch_and_an_added_job_wait_too()
    {
        using var client = Pasqal(_fast);
        var done = await client.CreateBatchAsync(WaitUntil.Completed, Sequence, [Rabi(1), Rabi(3)]);
        Assert.True(done.HasCompleted);
        Assert.All(done.Jobs, j => Assert.Equal(PasqalJobStatus.Done, j.Status));

        var again = await client.RebatchAsync(WaitUntil.Completed, done.Id);
        Assert.Equal(done.Id, again.Value.ParentId);
        Assert.Equal(2, again.Jobs.Count);
        Assert.All(again.Jobs, j => Assert.Equal(PasqalJobStatus.Done, j.Status));

        var open = await client.CreateBatchAsync(WaitUntil.Started, Sequence, [Rabi(1)], new CreateBatchOptions { Open = true });
        await open.AddJobsAsync(WaitUntil.Completed, [Rabi(2)]);
        Assert.Equal(2, open.Jobs.Count);
        Assert.All(open.Jobs, j => Assert.Equal(PasqalJobStatus.Done, j.Status));
        await open.CloseAsync(WaitUntil.Completed);
        Assert.False(open.Value.Open);
        Assert.Equal(PasqalBatchStatus.Done, (await open.WaitForCompletionAsync(TimeSpan.FromMilliseconds(5))).Status);
    }

    [Fact]
    public async Task A_pasqal_job_that_fails_is_a_value_that_says_why()
    {
        using var client = Pasqal(_fast);
        var batch = await client.CreateBatchAsync(WaitUntil.Completed, Sequence, [Rabi(1), PasqalJobRequest.Create(20)]);

        Assert.True(batch.HasCompleted);
        Assert.Equal(PasqalJobStatus.Done, batch.Jobs[0].Status);
        Assert.Equal(PasqalJobStatus.Error, batch.Jobs[1].Status);
        Assert.Contains("omega_max", string.Join("; ", batch.Jobs[1].Errors ?? []), StringComparison.Ordinal);
        var results = await batch.GetResultsAsync();
        Assert.NotNull(results[0].Result);
        Assert.Null(results[1].Result);
    }

    [Fact]
    public async Task Waiting_for_a_pasqal_batch_is_cancelled_by_the_token_and_the_batch_by_CancelAsync()
    {
        using var client = Pasqal(_slow);
        var operation = await client.CreateBatchAsync(WaitUntil.Started, Sequence, [Rabi(1), Rabi(2)]);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => operation.WaitForCompletionAsync(cts.Token));
        Assert.False(operation.HasCompleted);

        await operation.CancelAsync();
        var resumed = client.GetBatchOperation(operation.Id);
        var cancelled = await resumed.WaitForCompletionAsync();
        Assert.Equal(PasqalBatchStatus.Canceled, cancelled.Status);
        Assert.All(resumed.Jobs, j => Assert.Equal(PasqalJobStatus.Canceled, j.Status));
        Assert.All(await resumed.GetResultsAsync(), r => Assert.Null(r.Result));
    }

    [Fact]
    public async Task An_unknown_pasqal_id_is_a_404_at_the_first_read()
    {
        using var client = Pasqal(_fast);
        var operation = client.GetBatchOperation("00000000-0000-0000-0000-00000000beef");
        var e = await Assert.ThrowsAsync<QuantumServiceException>(() => operation.UpdateStatusAsync());
        Assert.Equal(404, e.Status);
        Assert.False(operation.HasValue);
    }

    // ---- Pasqal workload ---------------------------------------------------------------------------------------------

    [Fact]
    public async Task A_pasqal_workload_started_is_resumed_from_its_id_and_one_that_fails_is_a_value()
    {
        string id;
        using (var client = Pasqal(_fast))
        {
            var started = await client.CreateWorkloadAsync(WaitUntil.Started, Workload());
            id = started.Id;
            Assert.Equal(PasqalWorkloadStatus.Pending, started.Value.Status);
        }

        using var later = Pasqal(_fast);
        var resumed = later.GetWorkloadOperation(id);
        Assert.False(resumed.HasValue);
        var done = await resumed.WaitForCompletionAsync();
        Assert.True(resumed.HasCompleted);
        Assert.Equal(PasqalWorkloadStatus.Done, done.Status);
        Assert.Equal(20, (await later.GetWorkloadResultAsync(done))!.Value.EnumerateObject().Sum(p => p.Value.GetInt32()));

        var failed = await later.CreateWorkloadAsync(WaitUntil.Completed, Workload("qubo_solver"));
        Assert.True(failed.HasCompleted);
        Assert.Equal(PasqalWorkloadStatus.Error, failed.Value.Status);
        Assert.Contains("is not supported by the emulator", Assert.Single(failed.Value.Errors!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_for_a_pasqal_workload_is_cancelled_by_the_token_and_the_workload_by_CancelAsync()
    {
        using var client = Pasqal(_slow);
        var operation = await client.CreateWorkloadAsync(WaitUntil.Started, Workload());
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => operation.WaitForCompletionAsync(cts.Token));
        Assert.False(operation.HasCompleted);

        await operation.CancelAsync();
        Assert.True(operation.HasCompleted);
        Assert.Equal(PasqalWorkloadStatus.Canceled, (await client.GetWorkloadOperation(operation.Id).WaitForCompletionAsync()).Status);
    }

    // ---- sweeps: started, left, resumed by running again ---------------------------------------------------------

    private QuantumClient Quantum(SweepRunOptions run) => QuantumClient.Create(new QuantumClientOptions
    {
        Oqtant = new OqtantClientOptions { Endpoint = _fast.OqtantBaseUrl, Token = _fast.DevToken, PollInterval = Poll, MaxPollInterval = TimeSpan.FromMilliseconds(200) },
        Pasqal = new PasqalClientOptions { Endpoint = _fast.PasqalCoreUrl, Token = _fast.DevToken, PollInterval = Poll, MaxPollInterval = TimeSpan.FromMilliseconds(200) },
        Run = run,
    });

    /// <summary>Reads a sweep's updates until every point is submitted (or failed before), then stops reading: the documented "start".</summary>
    private static async Task<List<string>> StartAsync<TPoint, TOutput>(IAsyncEnumerable<SweepUpdate<TPoint, TOutput>> updates)
        where TOutput : class
    {
        var submitted = new List<string>();
        await foreach (var u in updates)
        {
            if (u.Status == "SUBMITTED")
            {
                submitted.Add(u.JobId!);
            }

            if (u.Progress.Submitted + u.Progress.Failed == u.Progress.Total)
            {
                break;
            }
        }

        return submitted;
    }

    [Fact]
    public async Task A_matter_sweep_started_and_left_is_resumed_in_a_new_client_without_submitting_again()
    {
        var run = new SweepRunOptions { JournalDirectory = Path.Combine(_directory, "journal"), RunName = Guid.NewGuid().ToString("N") };
        List<string> jobs;
        using (var client = Quantum(run))
        {
            jobs = await StartAsync(HoldScan.Sweep.WatchAsync(client));
        }

        using var later = Quantum(run);
        var updates = new List<SweepUpdate<HoldScan, MatterPointOutput>>();
        await foreach (var u in HoldScan.Sweep.WatchAsync(later))
        {
            updates.Add(u);
        }

        var job = Assert.Single(jobs);
        Assert.DoesNotContain(updates, u => u.Status == SweepStatus.Submitted || u.Status == SweepStatus.Started);
        Assert.Equal(job, Assert.Single(updates, u => u.Status == "REATTACHED").JobId);
        var points = updates.Where(u => u.Point is not null).Select(u => u.Point!).OrderBy(p => p.Index).ToList();
        Assert.Equal([0, 1], points.Select(p => p.Index));
        Assert.True(points[0].Succeeded);
        Assert.Equal(job, points[0].Output!.JobId);
        Assert.StartsWith("run 2 failed: end_time_ms 12 needs 2400 GPE time steps", points[1].Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_analog_sweep_started_and_left_is_resumed_in_a_new_client_without_submitting_again()
    {
        var tag = "resume-" + Guid.NewGuid().ToString("N");
        var run = new SweepRunOptions { JournalDirectory = Path.Combine(_directory, "journal"), RunName = tag, Tags = [tag] };
        List<string> batches;
        using (var client = Quantum(run))
        {
            batches = await StartAsync(RabiScan.Sweep.WatchAsync(client));
        }

        using var later = Quantum(run);
        var results = await RabiScan.Sweep.RunAsync(later);

        var batch = Assert.Single(batches);
        Assert.Equal(RabiScan.Sweep.Count, results.Count);
        Assert.All(results, r => Assert.Equal(batch, r.Output!.BatchId));
        Assert.All(results, r => Assert.Equal(500, r.Output!.Result.Counter!.Values.Sum()));
        Assert.Equal(1, (await later.Pasqal.GetBatchesAsync(new PasqalBatchFilters { Tag = tag }).FirstPageAsync()).Total);
    }

    // ---- bad input --------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Bad_wait_until_and_polling_interval_are_refused_before_any_request_naming_the_argument()
    {
        // Nothing listens on port 9: a request would fail with a QuantumServiceException, not an argument error.
        using var oqtant = OqtantClient.Create("t", new OqtantClientOptions { Endpoint = new Uri("http://127.0.0.1:9/oqtant/api"), UserId = "ada" });
        using var pasqal = PasqalClient.Create(new PasqalClientOptions { Endpoint = new Uri("http://127.0.0.1:9/core"), Token = "t" });

        var job = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => oqtant.SubmitJobAsync((WaitUntil)7, Hold(0)));
        Assert.Equal("waitUntil", job.ParamName);
        Assert.Contains("WaitUntil.Started or WaitUntil.Completed", job.Message, StringComparison.Ordinal);
        var batch = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => pasqal.CreateBatchAsync((WaitUntil)7, Sequence, [Rabi(1)]));
        Assert.Equal("waitUntil", batch.ParamName);
        var rebatch = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => pasqal.RebatchAsync((WaitUntil)(-1), "b"));
        Assert.Equal("waitUntil", rebatch.ParamName);

        var interval = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => oqtant.GetJobOperation("j").WaitForCompletionAsync(TimeSpan.Zero));
        Assert.Equal("pollingInterval", interval.ParamName);
        Assert.Contains("must be positive", interval.Message, StringComparison.Ordinal);
        Assert.Equal("pollingInterval", (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => pasqal.GetBatchOperation("b").WaitForCompletionAsync(TimeSpan.FromSeconds(-1)))).ParamName);
    }
}
