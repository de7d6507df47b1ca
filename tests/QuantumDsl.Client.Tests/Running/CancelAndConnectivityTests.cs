using System.Collections.Concurrent;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Support;
using QuantumDsl.Emulator;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Tests.Running;

// 14 points: one Oqtant job of 14 runs.
[MatterExperiment(Name = "fourteen runs")]
public partial class FourteenRuns
{
    [Param(Min = 0.02, Max = 2.0, Unit = "MHz")]
    [Linspace(0.05, 0.70, 14)]
    public double FinalRf { get; init; } = 0.2;

    private partial void Define(MatterJobBuilder job) => job
        .Evaporation(rf => rf
            .Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500)
            .Point(timeMs: 0, frequencyMHz: FinalRf, powerMw: 220))
        .LifetimeMs(10)
        .TimeOfFlight(12);
}

/// <summary>
/// A job cancelled mid-way keeps its finished runs' outputs (Oqtant) or its DONE jobs (Pasqal); a stopped endpoint fails
/// in seconds naming the URL and the cause, with its few retries visible; a run's time budget ends it with a clear error.
/// </summary>
public sealed class CancelAndConnectivityTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("qdsl-cancel-").FullName;
    private EmulatorServer _server = null!;

    public async Task InitializeAsync() => _server = await EmulatorServer.StartAsync(new EmulatorOptions
    {
        DatabasePath = Path.Combine(_directory, "emulator.db"),
        SimulatedLatency = TimeSpan.FromMilliseconds(250),
        PollInterval = TimeSpan.FromMilliseconds(20),
    });

    private SweepRunOptions Run => new() { JournalDirectory = Path.Combine(_directory, "journal") };

    private OqtantClient Oqtant() => OqtantClient.Create(_server.DevToken, new OqtantClientOptions
    {
        Endpoint = _server.OqtantBaseUrl, PollInterval = TimeSpan.FromMilliseconds(20), MaxPollInterval = TimeSpan.FromMilliseconds(100),
    });

    private PasqalClient Pasqal() => PasqalClient.Create(new PasqalClientOptions
    {
        Endpoint = _server.PasqalCoreUrl, Token = _server.DevToken,
        PollInterval = TimeSpan.FromMilliseconds(20), MaxPollInterval = TimeSpan.FromMilliseconds(100),
    });

    [Fact]
    public async Task Cancelling_an_oqtant_job_mid_way_keeps_every_finished_runs_output_and_marks_only_the_rest_cancelled()
    {
        using var oqtant = Oqtant();
        var points = new PointResult<FourteenRuns, MatterPointOutput>?[14];
        Task? canceller = null;
        string? jobId = null;
        await foreach (var update in FourteenRuns.Sweep.WatchAsync(oqtant, Run))
        {
            if (update.Status == "SUBMITTED")
            {
                jobId = update.JobId!;
                canceller = CancelAfterRunAsync(oqtant, jobId, run: 3);
            }

            if (update.Point is { } point)
            {
                points[point.Index] = point;
            }
        }

        await canceller!;
        var onServer = new List<bool>();
        for (var run = 1; run <= 14; run++)
        {
            onServer.Add((await oqtant.GetJobAsync(jobId!, run)).Inputs[0].Output is not null);
        }

        Assert.Equal(JobStatus.Cancelled, (await oqtant.GetJobAsync(jobId!)).Status);
        Assert.Equal(onServer, points.Select(p => p!.Succeeded));
        var kept = onServer.Count(x => x);
        Assert.InRange(kept, 3, 13);
        Assert.All(points.Take(kept), p => Assert.Equal(p!.Index + 1, p.Output!.Run));
        Assert.All(points.Skip(kept), p =>
        {
            Assert.Equal("CANCELLED", p!.Failure!.Status);
            Assert.Equal($"job {jobId} was cancelled before run {p.Index + 1} finished", p.Failure.Reason);
        });
    }

    [Fact]
    public async Task Cancelling_a_pasqal_batch_mid_way_keeps_its_done_jobs_results_and_marks_only_the_rest_canceled()
    {
        using var pasqal = Pasqal();
        var points = new PointResult<RabiScan, AnalogPointOutput>?[12];
        Task? canceller = null;
        await foreach (var update in RabiScan.Sweep.WatchAsync(pasqal, Run))
        {
            if (update.Status == "SUBMITTED")
            {
                canceller = CancelAfterJobsAsync(pasqal, update.JobId!, done: 3);
            }

            if (update.Point is { } point)
            {
                points[point.Index] = point;
            }
        }

        await canceller!;
        var batch = await pasqal.GetBatchAsync(points[0]!.Output?.BatchId ?? points[0]!.Failure!.JobId!);
        await batch.UpdateStatusAsync();
        Assert.Equal(batch.Jobs.Select(j => j.Status == PasqalJobStatus.Done), points.Select(p => p!.Succeeded));
        Assert.InRange(points.Count(p => p!.Succeeded), 3, 11);
        Assert.All(points.Where(p => !p!.Succeeded), p => Assert.Equal("CANCELED", p!.Failure!.Status));
    }

    [Fact]
    public async Task A_stopped_endpoint_fails_after_two_visible_retries_naming_the_url_and_the_cause()
    {
        var stopped = await EmulatorServer.StartAsync(new EmulatorOptions { DatabasePath = Path.Combine(_directory, "stopped.db") });
        var url = stopped.OqtantBaseUrl;
        var token = stopped.DevToken;
        await stopped.DisposeAsync();

        var retries = new ConcurrentQueue<int>();
        using var oqtant = OqtantClient.Create(token, new OqtantClientOptions
        {
            Endpoint = url,
            Resilience = TestResilience.Fast(TimeSpan.FromMilliseconds(20), onRetry: args =>
            {
                retries.Enqueue(args.AttemptNumber);
                return ValueTask.CompletedTask;
            }),
        });
        var seen = new ConcurrentQueue<SweepProgress>();
        var error = await Assert.ThrowsAsync<QuantumServiceException>(() =>
            EvaporationScan.Sweep.RunAsync(oqtant, Run, new SyncProgress<SweepProgress>(seen.Enqueue)));

        Assert.True(error.IsUnreachable);
        Assert.DoesNotContain("HTTP 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("cannot reach " + url.GetLeftPart(UriPartial.Authority), error.Message, StringComparison.Ordinal);
        Assert.Contains("the connection failed (Connection refused", error.Message, StringComparison.Ordinal);
        Assert.Equal([0, 1], retries); // MaxConnectRetries = 2, not the 6 backoff retries of other failures
        var notes = seen.Select(p => p.Note).OfType<string>().Where(n => n.Contains("; retry ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, notes.Count);
        Assert.Matches(@"^POST /jobs \(http://127\.0\.0\.1:\d+/oqtant/api/users/dev/jobs\) failed with HttpRequestException: Connection refused .*; retry 1 at \d\d:\d\d:\d\d UTC$", notes[0]);
    }

    [Fact]
    public void An_unresolvable_host_is_never_retried_and_a_refused_connection_only_MaxConnectRetries_times()
    {
        var options = new QuantumResilienceOptions();
        var context = Polly.ResilienceContextPool.Shared.Get();
        bool Retry(HttpRequestError error, int attempt) => QuantumResilience.ShouldRetry(
            new Polly.Retry.RetryPredicateArguments<HttpResponseMessage>(context,
                Polly.Outcome.FromException<HttpResponseMessage>(new HttpRequestException(error, "x")), attempt),
            options.MaxConnectRetries, options.Retry!.ShouldHandle).Result;

        Assert.False(Retry(HttpRequestError.NameResolutionError, 0));
        Assert.True(Retry(HttpRequestError.ConnectionError, 1));
        Assert.False(Retry(HttpRequestError.ConnectionError, 2));
        Assert.True(Retry(HttpRequestError.Unknown, 5));
    }

    [Fact]
    public async Task A_run_out_of_its_time_budget_ends_with_a_timeout_saying_so_and_a_rerun_reattaches()
    {
        using var oqtant = Oqtant();
        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            FourteenRuns.Sweep.RunAsync(oqtant, Run with { Timeout = TimeSpan.FromSeconds(1) }));
        Assert.StartsWith("The sweep did not finish within its time budget of 00:00:01 (SweepRunOptions.Timeout): ", error.Message, StringComparison.Ordinal);

        // The rerun picks the work up: re-attached (the job was made), or re-sent with the journal's key (it was not
        // confirmed), never a second job.
        var seen = new ConcurrentQueue<SweepProgress>();
        var results = await FourteenRuns.Sweep.RunAsync(oqtant, Run, new SyncProgress<SweepProgress>(seen.Enqueue));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Reason));
        Assert.Matches("^(re-attached to job |resuming an earlier run)", Assert.Single(seen, p => p.Note is not null).Note);
        Assert.Single(await oqtant.GetJobsAsync(new OqtantJobSearch { Limit = 100 }));
    }

    private static async Task CancelAfterRunAsync(OqtantClient client, string jobId, int run)
    {
        while ((await client.GetJobAsync(jobId, run)).Inputs[0].Output is null)
        {
            await Task.Delay(20);
        }

        await client.CancelJobAsync(jobId);
    }

    private static async Task CancelAfterJobsAsync(PasqalClient client, string batchId, int done)
    {
        var batch = await client.GetBatchAsync(batchId);
        do
        {
            await Task.Delay(20);
            await batch.UpdateStatusAsync();
        }
        while (batch.Jobs.Count(j => j.Status == PasqalJobStatus.Done) < done);

        await client.CancelBatchAsync(batchId);
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
