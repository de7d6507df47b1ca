using QuantumDsl.Client.Tests.Support;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Tests.Running;

/// <summary>The contract examples run end to end against the emulator server over loopback HTTP.</summary>
public sealed class EmulatorSweepTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task The_analog_contract_example_runs_as_one_batch_and_pairs_every_point_with_its_counts()
    {
        using var client = emulator.Client();
        var seen = new List<SweepProgress>();
        var progress = new SyncProgress<SweepProgress>(seen.Add);
        var ct = CancellationToken.None;

        var results = await RabiScan.Sweep.RunAsync(client, progress, ct);

        Assert.Equal(12, results.Count);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Reason));
        Assert.Single(results.Select(r => r.Output!.BatchId).Distinct());
        Assert.Equal(12, results.Select(r => r.Output!.JobId).Distinct().Count());
        Assert.All(results, r => Assert.Equal(500, r.Output!.Result.Counter.Values.Sum()));
        Assert.All(results, r => Assert.All(r.Output!.Result.Counter.Keys, k => Assert.Equal(2, k.Length)));
        Assert.Equal(RabiScan.Sweep.Select(p => p.OmegaMax), results.Select(r => r.Point.OmegaMax));
        Assert.Equal(new SweepProgress(12, 12, 12, 0), seen[^1]);

        var batch = await client.Pasqal.GetBatchAsync(results[0].Output!.BatchId);
        await batch.UpdateStatusAsync();
        Assert.Equal(results.Select(r => r.Output!.JobId), batch.Jobs.Select(j => j.Id));
        Assert.Equal(RabiScan.Sweep.Select(p => p.OmegaMax), batch.Jobs.Select(j => j.Variables!["omega_max"].GetDouble()));
    }

    [Fact]
    public async Task The_matter_contract_example_runs_as_one_job_of_nine_inputs()
    {
        using var client = emulator.Client();
        var results = await EvaporationScan.Sweep.RunAsync(client, null, CancellationToken.None);

        Assert.Equal(9, results.Count);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Reason));
        Assert.Single(results.Select(r => r.Output!.JobId).Distinct());
        Assert.Equal(Enumerable.Range(1, 9), results.Select(r => r.Output!.Run));
        var tof = Assert.IsType<NonPlotOutput>(results[0].Output!.Values);
        Assert.Equal(100, tof.TofImage.Rows);
        // A lower final RF frequency evaporates further: the coldest point is the first one, the warmest the last.
        var temperatures = results.Select(r => ((NonPlotOutput)r.Output!.Values).TemperatureNk).ToList();
        Assert.True(temperatures[0] < temperatures[^1], string.Join(", ", temperatures));
    }

    [Fact]
    public async Task Re_running_a_finished_sweep_reattaches_instead_of_submitting_again()
    {
        var run = new SweepRunOptions { JournalDirectory = emulator.JournalDirectory, RunName = "rerun-" + Guid.NewGuid() };
        using var client = emulator.Client(run);
        var first = await RabiScan.Sweep.RunAsync(client);
        var second = await RabiScan.Sweep.RunAsync(client);
        Assert.Equal(first.Select(r => r.Output!.JobId), second.Select(r => r.Output!.JobId));
        Assert.Equal(first.Select(r => r.Output!.Result.Counter.Count), second.Select(r => r.Output!.Result.Counter.Count));

        using var fresh = emulator.Client(run with { RunName = run.RunName + "-again" });
        var third = await RabiScan.Sweep.RunAsync(fresh);
        Assert.NotEqual(first[0].Output!.BatchId, third[0].Output!.BatchId);
    }

    [Fact]
    public async Task Cancelling_an_analog_sweep_can_cancel_the_remote_batch()
    {
        using var client = emulator.Client(new SweepRunOptions { JournalDirectory = emulator.JournalDirectory, RunName = Guid.NewGuid().ToString(), CancelRemoteOnCancellation = true });
        using var cts = new CancellationTokenSource();
        string? batchId = null;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var update in RabiScan.Sweep.WatchAsync(client, cts.Token))
            {
                if (update.Status == "SUBMITTED")
                {
                    batchId = update.JobId;
                    await cts.CancelAsync();
                }
            }
        });

        var batch = await client.Pasqal.GetBatchAsync(batchId!);
        Assert.True(batch.Value.Status is QuantumDsl.Client.Pasqal.PasqalBatchStatus.Canceled or QuantumDsl.Client.Pasqal.PasqalBatchStatus.Done, batch.Value.Status.ToString());
    }

    [Fact]
    public async Task With_20_percent_of_calls_losing_their_answer_a_200_point_analog_sweep_makes_one_batch_of_exactly_200_jobs()
    {
        var tag = "lossy-" + Guid.NewGuid().ToString("N")[..8];
        var options = emulator.PasqalOptions();
        options.Resilience.Retry!.Delay = TimeSpan.FromMilliseconds(1);
        options.Resilience.Retry!.MaxDelay = TimeSpan.FromMilliseconds(20);
        var lossy = new LossyHandler(5, new SocketsHttpHandler());
        using var pasqal = new QuantumDsl.Client.Pasqal.PasqalClient(new HttpClient(QuantumResilience.CreateHandler(options.Resilience, lossy)), options);
        var sweep = Enumerable.Range(0, 200).Select(i => new RabiScan { OmegaMax = 1 + (i * 0.05) }).ToList();
        for (var i = 0; i < 4; i++)
        {
            await pasqal.GetPublicDeviceSpecsAsync(); // calls 1-4, so the batch create is call 5: its answer is lost
        }

        var results = await sweep.RunAsync(pasqal, new SweepRunOptions { JournalDirectory = emulator.JournalDirectory, Tags = [tag] });

        Assert.EndsWith("POST /pasqal/core-fast/api/v1/batches", lossy.Lost[0], StringComparison.Ordinal);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Reason));
        var batches = await pasqal.GetBatchesAsync(new QuantumDsl.Client.Pasqal.PasqalBatchFilters { Tag = tag }).FirstPageAsync();
        var batch = Assert.Single(batches.Values);
        Assert.Equal(1, batches.Total);
        Assert.Equal(200, (await pasqal.GetJobsAsync(new QuantumDsl.Client.Pasqal.PasqalJobFilters { BatchId = batch.Id }).FirstPageAsync()).Total);
    }
}
