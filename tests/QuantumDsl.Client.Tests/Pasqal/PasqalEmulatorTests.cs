using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Running;
using QuantumDsl.Client.Tests.Support;

namespace QuantumDsl.Client.Tests.Pasqal;

/// <summary>Every Pasqal capability against the emulator server over loopback HTTP.</summary>
public sealed class PasqalEmulatorTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static string Sequence => RabiScan.Sweep[0].Sequence.ToAbstractRepr();

    private static PasqalJobRequest Job(double omega, int runs = 50) =>
        PasqalJobRequest.Create(runs, new Dictionary<string, double> { ["omega_max"] = omega });

    private PasqalClient Client() => PasqalClient.Create(emulator.PasqalOptions());

    [Fact]
    public async Task Password_grant_authenticates_and_the_token_is_reused()
    {
        using var http = new HttpClient();
        using var tokens = new PasswordGrantTokenProvider(http, new PasswordGrantOptions
        {
            TokenEndpoint = emulator.Server.TokenEndpoint, ClientId = "quantumdsl-tests", Username = "ada", Password = "ada-pw",
        });
        var options = emulator.PasqalOptions();
        options.Token = null;
        using var client = new PasqalClient(new HttpClient(), options, tokens);

        var batch = await client.CreateBatchAsync(WaitUntil.Completed, Sequence, [Job(1)]);
        await client.GetJobAsync(batch.Jobs[0].Id);

        Assert.Equal(PasqalJobStatus.Done, batch.Jobs[0].Status);
        Assert.Equal(1, tokens.TokensFetched);
    }

    [Fact]
    public async Task Closed_batch_with_wait_has_ordered_jobs_with_status_and_results()
    {
        using var client = Client();
        var batch = await client.CreateBatchAsync(WaitUntil.Completed, Sequence, [Job(2), Job(4, 80)],
            new CreateBatchOptions { DeviceType = PasqalDeviceTypes.EmuFree, Tags = ["closed-wait"] });

        Assert.True(batch.HasCompleted);
        Assert.Equal([50, 80], batch.Jobs.Select(j => j.Runs!.Value));
        var results = await batch.GetResultsAsync();
        Assert.Equal([50, 80], results.Select(r => r.Result!.Counter.Values.Sum()));
        var viaLink = await client.GetJobResultAsync(batch.Jobs[1].Id);
        Assert.Equal(80, viaLink!.Counter.Values.Sum());
        Assert.Equal(80, viaLink.Raw!.Count);
    }

    [Fact]
    public async Task Open_batch_add_jobs_retry_close_and_tags()
    {
        using var client = Client();
        var batch = await client.CreateBatchAsync(WaitUntil.Started, Sequence, [Job(1)], new CreateBatchOptions { Open = true });
        Assert.True(batch.Value.Open);
        await batch.AddJobsAsync(WaitUntil.Completed, [Job(2), Job(3)]);
        Assert.Equal(3, batch.Jobs.Count);
        await batch.RetryAsync(WaitUntil.Completed, batch.Jobs[0]);
        Assert.Equal(4, batch.Jobs.Count);
        Assert.Equal(batch.Jobs[0].Variables!["omega_max"].GetDouble(), batch.Jobs[3].Variables!["omega_max"].GetDouble());
        await batch.SetTagsAsync(["x", "y"]);
        Assert.Equal(["x", "y"], batch.Value.Tags);
        await batch.CloseAsync(WaitUntil.Completed);
        Assert.False(batch.Value.Open);
        await Assert.ThrowsAsync<InvalidOperationException>(() => batch.RetryAsync(WaitUntil.Started, batch.Jobs[0]));
        var e = await Assert.ThrowsAsync<QuantumServiceException>(() => client.AddJobsAsync(batch.Id, [Job(1)]));
        Assert.InRange(e.Status, 400, 499);
    }

    [Fact]
    public async Task Rebatch_cancel_and_cancel_jobs_by_filter()
    {
        using var client = Client();
        var done = await client.CreateBatchAsync(WaitUntil.Completed, Sequence, [Job(1, 10), Job(2, 20)]);
        var again = await client.RebatchAsync(WaitUntil.Started, done.Id, new PasqalRebatchFilters { MinRuns = 15 });
        Assert.Equal(done.Id, again.Value.ParentId);
        Assert.Equal(20, Assert.Single(again.Jobs).Runs);

        var open = await client.CreateBatchAsync(WaitUntil.Started, Sequence, [Job(1), Job(2), Job(3)], new CreateBatchOptions { Open = true });
        var cancelled = await client.CancelJobsAsync(open.Id, new PasqalCancelJobFilters { Ids = [open.Jobs[2].Id] });
        Assert.True(cancelled.Jobs.Count + cancelled.Errors.Count == 1);
        var many = await client.CancelBatchesAsync([open.Id, "00000000-0000-0000-0000-00000000dead"]);
        Assert.Contains("00000000-0000-0000-0000-00000000dead", many.Errors.Keys);
        var one = await client.CreateBatchAsync(WaitUntil.Started, Sequence, [Job(1)], new CreateBatchOptions { Open = true });
        await one.CancelAsync();
        Assert.Equal(PasqalBatchStatus.Canceled, one.Value.Status);
    }

    [Fact]
    public async Task Listing_with_filters_pages_and_totals()
    {
        using var client = Client();
        var tag = "list-" + Guid.NewGuid().ToString("N")[..8];
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await client.CreateBatchAsync(WaitUntil.Completed, Sequence, [Job(1, 10 + i), Job(2, 10)], new CreateBatchOptions { Tags = [tag] })).Id);
        }

        var first = await client.GetBatchesAsync(new PasqalBatchFilters { Tag = tag }, limit: 2).FirstPageAsync();
        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.Values.Count);
        var all = new List<PasqalBatchInfo>();
        await foreach (var b in client.GetBatchesAsync(new PasqalBatchFilters { Tag = tag, Status = [PasqalBatchStatus.Done] }))
        {
            all.Add(b);
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), all.Select(b => b.Id).Order(StringComparer.Ordinal));
        var jobs = new List<PasqalJobInfo>();
        await foreach (var page in client.GetJobsAsync(new PasqalJobFilters { BatchId = ids[0], MinRuns = 10, MaxRuns = 10 }).AsPages())
        {
            jobs.AddRange(page.Values);
            Assert.Equal(2, page.Total);
        }

        Assert.All(jobs, j => Assert.Equal(10, j.Runs));
    }

    [Fact]
    public async Task Device_specs()
    {
        using var client = Client();
        var specs = await client.GetDeviceSpecsAsync();
        Assert.NotEmpty(specs);
        Assert.NotEmpty(await client.GetPublicDeviceSpecsAsync());
    }
}
