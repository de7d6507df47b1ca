using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Tests.Support;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Tests.Running;

/// <summary>Matter sweeps end to end over HTTP: grouping, typed results, partial failure, fault injection and resume.</summary>
public sealed class MatterSweepRunnerTests : IDisposable
{
    private readonly string _journal = Directory.CreateTempSubdirectory("qdsl-journal-").FullName;

    private (QuantumClient Client, InMemoryOqtant Service, ScriptedHandler Script, LossyHandler? Lossy) Start(int? loseEveryNth = null, int maxInputsPerJob = 30)
    {
        var service = new InMemoryOqtant();
        var script = new ScriptedHandler(service.Handle);
        LossyHandler? lossy = loseEveryNth is { } n ? new LossyHandler(n, script) : null;
        var resilience = TestResilience.Fast(maxDelay: TimeSpan.FromMilliseconds(5));
        resilience.CircuitBreaker!.MinimumThroughput = 1000;
        var http = new HttpClient(QuantumResilience.CreateHandler(resilience, (HttpMessageHandler?)lossy ?? script));
        var oqtant = new OqtantClient(http, new OqtantClientOptions
        {
            Endpoint = new Uri("http://127.0.0.1:9/oqtant/api"), Token = "t", UserId = "dev",
            PollInterval = TimeSpan.FromMilliseconds(1), MaxPollInterval = TimeSpan.FromMilliseconds(4),
        });
        var run = new SweepRunOptions { JournalDirectory = _journal, MaxInputsPerJob = maxInputsPerJob };
        return (new QuantumClient(oqtant, null, run), service, script, lossy);
    }

    [Fact]
    public async Task The_contract_example_runs_and_pairs_every_point_with_its_output_in_sweep_order()
    {
        var (client, service, _, _) = Start();
        var seen = new List<SweepProgress>();
        var progress = new SyncProgress<SweepProgress>(seen.Add);
        var ct = CancellationToken.None;

        var results = await EvaporationScan.Sweep.RunAsync(client, progress, ct);

        Assert.Equal(9, results.Count);
        Assert.Equal(1, service.JobsCreated);
        Assert.All(results, r => Assert.True(r.Succeeded));
        Assert.Equal(EvaporationScan.Sweep.Select(p => p.FinalRf), results.Select(r => r.Point.FinalRf));
        Assert.Equal(Enumerable.Range(1, 9), results.Select(r => r.Output!.Run));
        Assert.Single(results.Select(r => r.Output!.JobId).Distinct());
        Assert.IsType<PlotOutput>(results[0].Output!.Values);
        Assert.Equal(new SweepProgress(9, 9, 9, 0), seen[^1]);
    }

    [Fact]
    public async Task Updates_carry_typed_statuses_whose_text_is_the_wire_name()
    {
        var (client, _, _, _) = Start();
        var updates = new List<SweepUpdate<EvaporationScan, MatterPointOutput>>();
        await foreach (var update in EvaporationScan.Sweep.WatchAsync(client))
        {
            updates.Add(update);
        }

        Assert.Equal(SweepStatus.Started, updates[0].Status);
        Assert.Contains(updates, u => u.Status == SweepStatus.Submitted && u.Status?.Text == "SUBMITTED");
        var finished = updates.Where(u => u.Point is not null).ToList();
        Assert.Equal(9, finished.Count);
        Assert.All(finished, u =>
        {
            Assert.Equal(JobStatus.Complete, u.Status?.OqtantStatus);
            Assert.Null(u.Status?.PasqalStatus);
            Assert.Equal("COMPLETE", u.Status?.ToString());
        });
    }

    [Fact]
    public async Task Points_are_grouped_into_jobs_of_at_most_30_inputs_and_a_failed_job_fails_only_its_points()
    {
        var (client, service, _, _) = Start();

        var results = await LifetimeScan.Sweep.RunAsync(client);

        Assert.Equal(7, service.JobsCreated);
        Assert.Equal(200, results.Count);
        var failed = results.Failed.ToList();
        Assert.Equal(30, failed.Count);
        Assert.All(failed, f => Assert.Equal("FAILED", f.Failure!.Status));
        Assert.All(failed, f => Assert.Equal(JobStatus.Failed, f.Failure!.Status?.OqtantStatus));
        Assert.Equal(Enumerable.Range(0, 30), failed.Select(f => f.Index));
        Assert.Equal(170, results.Succeeded.Count());
        Assert.Throws<InvalidOperationException>(() => results.EnsureAllSucceeded());
        Assert.Equal(199.0, ((PlotOutput)results[199].Output!.Values).ItPlot.Pixels[0]);
    }

    [Fact]
    public async Task With_20_percent_of_calls_losing_their_answer_a_200_point_sweep_makes_exactly_200_jobs()
    {
        var (client, service, _, lossy) = Start(loseEveryNth: 5, maxInputsPerJob: 1);

        var results = await LifetimeScan.Sweep.RunAsync(client);

        Assert.True(lossy!.Injected >= 100, $"only {lossy.Injected} faults injected");
        Assert.Equal(200, service.JobsCreated);
        Assert.Equal(199, results.Succeeded.Count());
        Assert.Equal(13.0, Assert.Single(results.Failed).Point.Lifetime);
    }

    [Fact]
    public async Task A_rerun_after_the_process_died_reattaches_submits_only_missing_jobs_and_never_duplicates()
    {
        var (client, service, _, _) = Start();
        var submitted = 0;
        await foreach (var update in LifetimeScan.Sweep.WatchAsync(client))
        {
            if (update.Status == "SUBMITTED" && ++submitted == 3)
            {
                break; // the process dies: three of seven jobs are submitted and journaled
            }
        }

        Assert.Equal(3, service.JobsCreated);
        var results = await LifetimeScan.Sweep.RunAsync(client);
        Assert.Equal(7, service.JobsCreated);
        Assert.Equal(200, results.Count);

        var again = await LifetimeScan.Sweep.RunAsync(client);
        Assert.Equal(7, service.JobsCreated);
        Assert.Equal(results.Select(r => r.Output?.JobId), again.Select(r => r.Output?.JobId));
    }

    [Fact]
    public async Task A_create_whose_answer_was_lost_before_the_journal_got_the_id_is_resent_with_the_same_key()
    {
        var service = new InMemoryOqtant();
        var lose = true;
        var script = new ScriptedHandler((request, body) =>
        {
            var answer = service.Handle(request, body);
            if (request.Method == HttpMethod.Post && lose)
            {
                lose = false;
                throw new HttpRequestException("connection reset after the server committed the job");
            }

            return answer;
        });
        var oqtant = new OqtantClient(new HttpClient(script), new OqtantClientOptions
        {
            Endpoint = new Uri("http://127.0.0.1:9/oqtant/api"), Token = "t", UserId = "dev", PollInterval = TimeSpan.FromMilliseconds(1),
        });
        var client = new QuantumClient(oqtant, null, new SweepRunOptions { JournalDirectory = _journal });

        await Assert.ThrowsAsync<QuantumServiceException>(() => EvaporationScan.Sweep.RunAsync(client));
        Assert.Equal(1, service.JobsCreated);

        var results = await EvaporationScan.Sweep.RunAsync(client);
        Assert.Equal(1, service.JobsCreated);
        Assert.All(results, r => Assert.True(r.Succeeded));
    }

    [Fact]
    public async Task Tracking_polls_one_search_page_per_round_not_one_request_per_job()
    {
        var (client, service, script, _) = Start(maxInputsPerJob: 5);

        await LifetimeScan.Sweep.RunAsync(client);

        var jobReads = script.Requests.Count(r => r.Method == HttpMethod.Get && r.Uri.AbsolutePath.Contains("/jobs/", StringComparison.Ordinal));
        Assert.Equal(40, service.JobsCreated);
        Assert.Equal(40 * 5, jobReads); // one read per run, for its output or (the FAILED job) its reason; none for status
        Assert.InRange(service.SearchRequests, 1, 10);
    }

    [Fact]
    public async Task Cancelling_stops_waiting_and_when_asked_cancels_the_remote_jobs()
    {
        var (client, service, script, _) = Start();
        var options = client.RunOptions with { CancelRemoteOnCancellation = true };
        using var cts = new CancellationTokenSource();
        var submitted = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var update in LifetimeScan.Sweep.WatchAsync(client.Oqtant, options, cts.Token))
            {
                if (update.Status == "SUBMITTED" && ++submitted == 7)
                {
                    await cts.CancelAsync();
                }
            }
        });

        Assert.Equal(7, script.Requests.Count(r => r.Method == HttpMethod.Put && r.Uri.AbsolutePath.EndsWith("/cancel", StringComparison.Ordinal)));
        Assert.Equal(7, service.JobsCreated);
    }

    public void Dispose() => Directory.Delete(_journal, recursive: true);
}
