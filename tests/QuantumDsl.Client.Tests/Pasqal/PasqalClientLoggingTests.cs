using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Running;
using QuantumDsl.Client.Tests.Support;
using QuantumDsl.Emulator;

namespace QuantumDsl.Client.Tests.Pasqal;

/// <summary>What <see cref="PasqalClient"/> logs through <c>ILogger&lt;PasqalClient&gt;</c>, against the real embedded emulator.</summary>
public sealed class PasqalClientLoggingTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string Category = "QuantumDsl.Client.Pasqal.PasqalClient";

    private readonly LogCollector _logs = new();

    private static string Sequence => RabiScan.Sweep[0].Sequence.ToAbstractRepr();

    private static PasqalJobRequest Job(double omega, int runs = 20) =>
        PasqalJobRequest.Create(runs, new Dictionary<string, double> { ["omega_max"] = omega });

    private static string Wire(PasqalJobStatus status) => JsonSerializer.Serialize(status, PasqalJsonContext.Default.PasqalJobStatus).Trim('"');

    private static string Wire(PasqalBatchStatus status) => JsonSerializer.Serialize(status, PasqalJsonContext.Default.PasqalBatchStatus).Trim('"');

    [Fact]
    public async Task A_tracked_batch_logs_its_creation_each_status_change_and_the_result_download()
    {
        using var client = PasqalClient.Create(emulator.PasqalOptions(), _logs.For<PasqalClient>());
        var batch = await client.CreateBatchAsync(WaitUntil.Started, Sequence, [Job(1, 30), Job(2, 40)], new CreateBatchOptions { DeviceType = PasqalDeviceTypes.EmuFree });
        var initialBatch = batch.Value.Status;
        var initialJobs = batch.Jobs.ToDictionary(j => j.Id, j => j.Status);
        await batch.WaitForCompletionAsync();
        while (!batch.Value.Status.IsTerminal()) // its jobs have ended; the batch's own status follows them
        {
            await Task.Delay(20);
            await batch.UpdateStatusAsync();
        }

        var result = await client.GetJobResultAsync(batch.Jobs[1].Id);

        var created = Assert.Single(_logs.Named("BatchCreated"));
        Assert.Equal((Category, LogLevel.Information), (created.Category, created.Level));
        Assert.Equal(batch.Id, created["BatchId"]);
        Assert.Equal(2, created["JobCount"]);
        Assert.Equal("EMU_FREE", created["DeviceType"]);
        Assert.Equal(false, created["Open"]);

        // Every change the polling saw, from the status the create answered with to DONE.
        Assert.Equal(PasqalBatchStatus.Done, batch.Value.Status);
        var batchChanges = _logs.Named("BatchStatusChanged");
        Assert.All(batchChanges, e => Assert.Equal((LogLevel.Information, batch.Id), (e.Level, (string?)e["BatchId"])));
        if (initialBatch == PasqalBatchStatus.Done)
        {
            Assert.Empty(batchChanges);
        }
        else
        {
            Assert.Equal(Wire(initialBatch), batchChanges[0]["Previous"]);
            Assert.Equal("DONE", batchChanges[^1]["Status"]);
            Assert.Contains($"Batch {batch.Id}: {Wire(initialBatch)} -> ", batchChanges[0].Message, StringComparison.Ordinal);
        }

        var jobChanges = _logs.Named("JobStatusChanged");
        Assert.All(jobChanges, e => Assert.Equal((LogLevel.Debug, batch.Id), (e.Level, (string?)e["BatchId"])));
        foreach (var (id, initial) in initialJobs.Where(kv => kv.Value != PasqalJobStatus.Done))
        {
            var changes = jobChanges.Where(e => (string?)e["JobId"] == id).ToList();
            Assert.Equal(Wire(initial), changes[0]["Previous"]);
            Assert.Equal("DONE", changes[^1]["Status"]);
        }

        var download = Assert.Single(_logs.Named("JobResultDownloaded"));
        Assert.Equal(LogLevel.Debug, download.Level);
        Assert.Equal(batch.Jobs[1].Id, download["JobId"]);
        Assert.Equal(40, download["Shots"]);
        Assert.Equal(result!.Counter.Count, download["Bitstrings"]);
        AssertNoSecrets(client.Options.Token!);
    }

    [Fact]
    public async Task Jobs_added_close_and_every_kind_of_cancellation_are_logged_and_refusals_are_warnings()
    {
        // Jobs held for an hour stay cancellable.
        await using var slow = await EmulatorServer.StartAsync(new EmulatorOptions { SimulatedLatency = TimeSpan.FromHours(1), PollInterval = TimeSpan.FromMilliseconds(20) });
        var options = emulator.PasqalOptions(slow.DevToken);
        options.Endpoint = slow.PasqalCoreUrl;
        using var client = PasqalClient.Create(options, _logs.For<PasqalClient>());
        const string unknown = "00000000-0000-0000-0000-00000000dead";

        var batch = await client.CreateBatchAsync(WaitUntil.Started, Sequence, [Job(1)], new CreateBatchOptions { Open = true });
        await batch.AddJobsAsync(WaitUntil.Started, [Job(2), Job(3)]);
        await batch.CloseAsync(WaitUntil.Started);
        var job = await client.CancelJobAsync(batch.Jobs[2].Id);
        var some = await client.CancelJobsAsync(batch.Id, new PasqalCancelJobFilters { Ids = [batch.Jobs[1].Id] });
        await batch.CancelAsync();
        var many = await client.CancelBatchesAsync([unknown]);
        var workload = (await client.CreateWorkloadAsync(WaitUntil.Started, new PasqalWorkloadRequest("pulser_sequence", PasqalDeviceTypes.EmuFree, Config()))).Value;
        var cancelledWorkload = await client.CancelWorkloadAsync(workload.Id);

        Assert.Equal((batch.Id, true), ((string?)_logs.Named("BatchCreated").Single()["BatchId"], _logs.Named("BatchCreated").Single()["Open"]));
        var added = Assert.Single(_logs.Named("JobsAdded"));
        Assert.Equal((LogLevel.Information, 2, batch.Id), (added.Level, added["JobCount"], (string?)added["BatchId"]));
        Assert.Equal(batch.Id, Assert.Single(_logs.Named("BatchClosed"))["BatchId"]);

        var oneJob = Assert.Single(_logs.Named("JobCancelled"));
        Assert.Equal((LogLevel.Information, job.Id, batch.Id, "CANCELED"), (oneJob.Level, (string?)oneJob["JobId"], (string?)oneJob["BatchId"], (string?)oneJob["Status"]));
        var byFilter = Assert.Single(_logs.Named("JobsCancelled"));
        Assert.Equal((some.Jobs.Count, batch.Id), (byFilter["Cancelled"], (string?)byFilter["BatchId"]));
        var wholeBatch = Assert.Single(_logs.Named("BatchCancelled"));
        Assert.Equal((LogLevel.Information, batch.Id, "CANCELED"), (wholeBatch.Level, (string?)wholeBatch["BatchId"], (string?)wholeBatch["Status"]));
        var several = Assert.Single(_logs.Named("BatchesCancelled"));
        Assert.Equal((0, 1), (several["Cancelled"], several["Requested"]));
        var refused = Assert.Single(_logs.Named("CancelRefused"));
        Assert.Equal((LogLevel.Warning, "batch", unknown, many.Errors[unknown]), (refused.Level, (string?)refused["Kind"], (string?)refused["Id"], (string?)refused["Reason"]));

        Assert.Equal(PasqalWorkloadStatus.Canceled, cancelledWorkload.Status);
        Assert.Equal(workload.Id, Assert.Single(_logs.Named("WorkloadCreated"))["WorkloadId"]);
        var cancelled = Assert.Single(_logs.Named("WorkloadCancelled"));
        Assert.Equal((LogLevel.Information, workload.Id, "CANCELED"), (cancelled.Level, (string?)cancelled["WorkloadId"], (string?)cancelled["Status"]));
        Assert.All(_logs.Entries, e => Assert.Equal(Category, e.Category));
        AssertNoSecrets(slow.DevToken);
    }

    [Fact]
    public async Task A_waited_workload_logs_its_creation_status_changes_and_the_download_through_its_link()
    {
        using var client = PasqalClient.Create(emulator.PasqalOptions(), _logs.For<PasqalClient>());

        var done = (await client.CreateWorkloadAsync(WaitUntil.Completed, new PasqalWorkloadRequest("pulser_sequence", PasqalDeviceTypes.EmuFree, Config()))).Value;
        var downloaded = await client.GetWorkloadResultAsync(done with { Result = null });

        Assert.Equal(PasqalWorkloadStatus.Done, done.Status);
        Assert.NotNull(downloaded);
        var created = Assert.Single(_logs.Named("WorkloadCreated"));
        Assert.Equal((LogLevel.Information, done.Id, "pulser_sequence", PasqalDeviceTypes.EmuFree),
            (created.Level, (string?)created["WorkloadId"], (string?)created["WorkloadType"], (string?)created["Backend"]));
        var changes = _logs.Named("WorkloadStatusChanged");
        Assert.Equal("PENDING", changes[0]["Previous"]); // a created workload is PENDING, and wait polls until it ends
        Assert.Equal("DONE", changes[^1]["Status"]);
        Assert.All(changes, e => Assert.Equal((LogLevel.Information, done.Id), (e.Level, (string?)e["WorkloadId"])));
        var download = Assert.Single(_logs.Named("WorkloadResultDownloaded"));
        Assert.Equal((LogLevel.Debug, done.Id), (download.Level, (string?)download["WorkloadId"]));
        AssertNoSecrets(client.Options.Token!);
    }

    [Fact]
    public async Task Each_retried_request_is_a_warning_naming_the_call_and_the_failure_without_the_token()
    {
        var options = emulator.PasqalOptions();
        options.Resilience.Retry!.Delay = TimeSpan.FromMilliseconds(1);
        // Every second answer from the emulator is lost and replaced by a 503: the pipeline retries it.
        var lossy = new LossyHandler(2, new SocketsHttpHandler());
        using var http = new HttpClient(QuantumResilience.CreateHandler(options.Resilience, lossy));
        using var client = new PasqalClient(http, options, logger: _logs.For<PasqalClient>());

        var batch = await client.CreateBatchAsync(WaitUntil.Completed, Sequence, [Job(1), Job(2)]);
        await client.GetJobResultAsync(batch.Jobs[0].Id);

        Assert.True(batch.HasCompleted);
        Assert.All(batch.Jobs, j => Assert.Equal(PasqalJobStatus.Done, j.Status));
        var retries = _logs.Named("RequestRetried");
        Assert.True(lossy.Injected > 0);
        Assert.Equal(lossy.Injected, retries.Count);
        for (var i = 0; i < retries.Count; i++)
        {
            var retry = retries[i];
            Assert.Equal((Category, LogLevel.Warning, "HTTP 503", 1), (retry.Category, retry.Level, (string?)retry["Outcome"], retry["Retry"]));
            var operation = (string)retry["Operation"]!;
            var (method, path) = (operation[..operation.IndexOf(' ', StringComparison.Ordinal)], operation[(operation.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
            Assert.StartsWith(method + " ", lossy.Lost[i], StringComparison.Ordinal);
            Assert.EndsWith(new Uri(new Uri("http://x"), path).AbsolutePath, lossy.Lost[i], StringComparison.Ordinal);
            Assert.DoesNotContain('?', operation);
        }

        AssertNoSecrets(options.Token!);
    }

    [Fact]
    public async Task AddQuantumDsl_gives_the_pasqal_client_a_logger_from_the_container()
    {
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace))
            .AddQuantumDsl(o => o.Pasqal = emulator.PasqalOptions());
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<PasqalClient>();
        var batch = await client.CreateBatchAsync(WaitUntil.Started, Sequence, [Job(3)]);

        var created = Assert.Single(_logs.Named("BatchCreated"));
        Assert.Equal((Category, batch.Id), (created.Category, (string?)created["BatchId"]));
    }

    private static JsonElement Config()
    {
        using var document = JsonDocument.Parse(new JsonObject
        {
            ["sequence"] = Sequence,
            ["runs"] = 20,
            ["variables"] = new JsonObject { ["omega_max"] = 2.0 },
        }.ToJsonString());
        return document.RootElement.Clone();
    }

    private void AssertNoSecrets(string token)
    {
        Assert.NotEmpty(_logs.Entries);
        Assert.All(_logs.Entries, e =>
        {
            Assert.DoesNotContain(token, e.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(token.Split('.')[^1], e.AllText, StringComparison.Ordinal); // not even the signature
            Assert.DoesNotContain("Bearer", e.AllText, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(Sequence, e.AllText, StringComparison.Ordinal);
        });
    }
}
