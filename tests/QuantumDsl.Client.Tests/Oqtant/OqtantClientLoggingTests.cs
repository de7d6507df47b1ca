using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Tests.Running;
using QuantumDsl.Client.Tests.Support;
using QuantumDsl.Emulator;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Tests.Oqtant;

/// <summary>What <see cref="OqtantClient"/> logs through <c>ILogger&lt;OqtantClient&gt;</c>, against the real embedded emulator.</summary>
public sealed class OqtantClientLoggingTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private const string Category = "QuantumDsl.Client.Oqtant.OqtantClient";

    private readonly LogCollector _logs = new();

    private static MatterJob Job(string name, int inputs = 1) =>
        MatterJob.Create(name, EvaporationScan.Sweep.Take(inputs).Select(p => p.ToInput()));

    [Fact]
    public async Task Tracked_jobs_log_their_submission_each_status_change_and_the_output_downloads()
    {
        using var client = OqtantClient.Create(emulator.Server.IssueToken("ada"), emulator.OqtantOptions(), _logs.For<OqtantClient>());
        var name = "logged " + Guid.NewGuid().ToString("N")[..8];

        var ids = await client.RunJobsAsync([Job(name, 2), Job(name + " b")], new OqtantTrackOptions { TrackStatus = true });
        var runs = await client.GetJobOperation(ids[0]).GetRunsAsync();

        var submitted = _logs.Named("OqtantJobSubmitted");
        Assert.Equal(ids, submitted.Select(e => (string)e["JobId"]!));
        Assert.All(submitted, e => Assert.Equal((Category, LogLevel.Information, new EventId(3001, "OqtantJobSubmitted")), (e.Category, e.Level, e.EventId)));
        Assert.Equal((name, 2), ((string?)submitted[0]["JobName"], submitted[0]["InputCount"]));
        Assert.Equal((name + " b", 1), ((string?)submitted[1]["JobName"], submitted[1]["InputCount"]));
        Assert.StartsWith($"Submitted job {ids[0]} '{name}' with 2 input(s); queue position ", submitted[0].Message, StringComparison.Ordinal);

        // Every change tracking saw, from PENDING (the jobs were just submitted) to the status they ended in.
        var changes = _logs.Named("OqtantJobStatusChanged");
        Assert.All(changes, e => Assert.Equal((LogLevel.Information, 3010), (e.Level, e.EventId.Id)));
        foreach (var id in ids)
        {
            var mine = changes.Where(e => (string?)e["JobId"] == id).ToList();
            Assert.Equal("PENDING", mine[0]["Previous"]);
            Assert.Equal("COMPLETE", mine[^1]["Status"]);
            Assert.All(mine, e => Assert.NotEqual(e["Previous"], e["Status"]));
            Assert.Equal($"Job {id}: PENDING -> {mine[0]["Status"]}", mine[0].Message);
        }

        // Tracking read run 1 of each ended job; GetRunsAsync read both runs of the first.
        Assert.Equal(2, runs.Count);
        var outputs = _logs.Named("OqtantJobOutputDownloaded");
        // A run's output is served as soon as that run finished, so tracking may read run 1 while the job still runs.
        Assert.All(outputs, e => Assert.Equal(LogLevel.Debug, e.Level));
        Assert.All(outputs, e => Assert.Contains((string?)e["Status"], new[] { "RUNNING", "COMPLETE" }));
        Assert.Equal(
            new[] { (ids[0], 1), (ids[0], 2), (ids[1], 1) }.Order(),
            outputs.Select(e => ((string)e["JobId"]!, (int)e["Run"]!)).Distinct().Order());
        Assert.Empty(_logs.Named("OqtantRunFailed"));
        AssertNoSecrets(client.Options.Token!);
    }

    [Fact]
    public async Task Cancel_and_delete_are_logged_and_refusals_are_warnings_before_the_exception()
    {
        // Jobs held for an hour stay cancellable.
        await using var slow = await EmulatorServer.StartAsync(new EmulatorOptions { SimulatedLatency = TimeSpan.FromHours(1), PollInterval = TimeSpan.FromMilliseconds(20) });
        var options = emulator.OqtantOptions(slow.DevToken);
        options.Endpoint = slow.OqtantBaseUrl;
        using var client = OqtantClient.Create(slow.DevToken, options, _logs.For<OqtantClient>());

        var operation = await client.SubmitJobAsync(WaitUntil.Started, Job("to cancel"));
        await operation.CancelAsync();
        var job = await operation.UpdateStatusAsync();
        var again = await Assert.ThrowsAsync<QuantumServiceException>(() => client.CancelJobAsync(operation.Id));
        await client.DeleteJobAsync(operation.Id);
        var gone = await Assert.ThrowsAsync<QuantumServiceException>(() => client.DeleteJobAsync(operation.Id));

        Assert.Equal(JobStatus.Cancelled, job.Status);
        var cancelled = Assert.Single(_logs.Named("OqtantJobCancelled"));
        Assert.Equal((LogLevel.Information, 3020, operation.Id), (cancelled.Level, cancelled.EventId.Id, (string?)cancelled["JobId"]));
        var change = Assert.Single(_logs.Named("OqtantJobStatusChanged"));
        Assert.Equal((operation.Id, "CANCELLED"), ((string?)change["JobId"], (string?)change["Status"]));

        var refused = Assert.Single(_logs.Named("OqtantCancelRefused"));
        Assert.Equal((LogLevel.Warning, 3022, operation.Id, again.Status, again.ServiceMessage),
            (refused.Level, refused.EventId.Id, (string?)refused["JobId"], refused["HttpStatus"], (string?)refused["Reason"]));
        Assert.Equal(400, again.Status);
        Assert.Contains("can no longer be cancelled", refused.Message, StringComparison.Ordinal);

        var deleted = Assert.Single(_logs.Named("OqtantJobDeleted"));
        Assert.Equal((LogLevel.Information, operation.Id), (deleted.Level, (string?)deleted["JobId"]));
        var notDeleted = Assert.Single(_logs.Named("OqtantDeleteRefused"));
        Assert.Equal((LogLevel.Warning, 3023, 404, operation.Id), (notDeleted.Level, notDeleted.EventId.Id, gone.Status, (string?)notDeleted["JobId"]));
        Assert.Equal(gone.Status, notDeleted["HttpStatus"]);
        Assert.All(_logs.Entries, e => Assert.Equal(Category, e.Category));
        AssertNoSecrets(slow.DevToken);
    }

    [Fact]
    public async Task Each_retried_request_is_a_warning_naming_the_call_and_the_failure_without_the_token()
    {
        var options = emulator.OqtantOptions();
        options.Resilience.Retry!.Delay = TimeSpan.FromMilliseconds(1);
        // Every second answer from the emulator is lost and replaced by a 503: the pipeline retries it.
        var lossy = new LossyHandler(2, new SocketsHttpHandler());
        using var http = new HttpClient(QuantumResilience.CreateHandler(options.Resilience, lossy));
        using var client = new OqtantClient(http, options, logger: _logs.For<OqtantClient>());

        var operation = await client.SubmitJobAsync(WaitUntil.Started, Job("lossy", 2));
        var job = await operation.WaitForCompletionAsync();
        await operation.GetRunsAsync();

        Assert.Equal(JobStatus.Complete, job.Status);
        Assert.Single(_logs.Named("OqtantJobSubmitted")); // the lost create answer was retried with the same key
        var retries = _logs.Named("RequestRetried");
        Assert.True(lossy.Injected > 0);
        Assert.Equal(lossy.Injected, retries.Count);
        for (var i = 0; i < retries.Count; i++)
        {
            var retry = retries[i];
            Assert.Equal((Category, LogLevel.Warning, 1001, "HTTP 503", 1), (retry.Category, retry.Level, retry.EventId.Id, (string?)retry["Outcome"], retry["Retry"]));
            var operationName = (string)retry["Operation"]!;
            var space = operationName.IndexOf(' ', StringComparison.Ordinal);
            Assert.StartsWith(operationName[..(space + 1)], lossy.Lost[i], StringComparison.Ordinal);
            Assert.EndsWith(operationName[(space + 1)..], lossy.Lost[i], StringComparison.Ordinal);
            Assert.DoesNotContain('?', operationName);
        }

        AssertNoSecrets(options.Token!);
    }

    [Fact]
    public async Task AddQuantumDsl_gives_the_oqtant_client_a_logger_and_logs_retries_through_the_factory_client()
    {
        var calls = 0;
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace))
            .AddQuantumDsl(o =>
            {
                o.Oqtant = emulator.OqtantOptions();
                o.Oqtant.Resilience.Retry!.Delay = TimeSpan.FromMilliseconds(1);
            });
        // Inside the factory's resilience handler: only the first answer is lost.
        services.AddHttpClient(QuantumDslServiceCollectionExtensions.OqtantHttpClientName)
            .AddHttpMessageHandler(() => new FirstAnswerLost(() => Interlocked.Increment(ref calls) == 1));
        await using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<OqtantClient>();
        var submitted = await client.SubmitJobAsync(Job("wired"));

        var created = Assert.Single(_logs.Named("OqtantJobSubmitted"));
        Assert.Equal((Category, submitted.JobId), (created.Category, (string?)created["JobId"]));
        var retry = Assert.Single(_logs.Named("RequestRetried"), e => e.Category == Category);
        Assert.Matches(@"^POST /jobs \(http://127\.0\.0\.1:\d+/oqtant/api/users/[^/]+/jobs\) failed with HTTP 503; retry 1 in \d+ ms, at \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$", retry.Message);
        Assert.Equal(2, calls);
        AssertNoSecrets(client.Options.Token!);
    }

    [Fact]
    public async Task A_job_that_ends_with_failed_runs_logs_each_of_them_at_debug()
    {
        // The emulator's simulator does not fail runs of a valid job: a scripted service answers INCOMPLETE.
        const string id = "00000000-0000-0000-0000-0000000f0a11";
        var status = "RUNNING";
        using var script = new ScriptedHandler((_, _) => ScriptedHandler.Json(
            $$"""{"name":"partial","status":"{{status}}","input_count":3,"inputs":[],"external_id":"{{id}}","failed_inputs":{{(status == "RUNNING" ? "[]" : "[1,3]")}}}"""));
        using var http = new HttpClient(script);
        using var client = new OqtantClient(http, new OqtantClientOptions { Endpoint = new Uri("http://127.0.0.1:9/oqtant/api"), Token = "t", UserId = "ada" },
            logger: _logs.For<OqtantClient>());
        var operation = client.GetJobOperation(id);

        await operation.UpdateStatusAsync(); // the first read: nothing seen before, nothing logged
        status = "INCOMPLETE";
        await operation.UpdateStatusAsync();

        var change = Assert.Single(_logs.Named("OqtantJobStatusChanged"));
        Assert.Equal($"Job {id}: RUNNING -> INCOMPLETE", change.Message);
        var failed = _logs.Named("OqtantRunFailed");
        Assert.Equal([1, 3], failed.Select(e => (int)e["Run"]!));
        Assert.All(failed, e => Assert.Equal((LogLevel.Debug, 3011, id, "INCOMPLETE"), (e.Level, e.EventId.Id, (string?)e["JobId"], (string?)e["Status"])));
    }

    private void AssertNoSecrets(string token)
    {
        Assert.NotEmpty(_logs.Entries);
        Assert.All(_logs.Entries, e =>
        {
            Assert.DoesNotContain(token, e.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(token.Split('.')[^1], e.AllText, StringComparison.Ordinal); // not even the signature
            Assert.DoesNotContain("Bearer", e.AllText, StringComparison.OrdinalIgnoreCase);
        });
    }

    /// <summary>Loses the answer (a 503 instead) of the calls <paramref name="lose"/> picks, after the server did the work.</summary>
    private sealed class FirstAnswerLost(Func<bool> lose) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!lose())
            {
                return response;
            }

            response.Dispose();
            return new HttpResponseMessage(System.Net.HttpStatusCode.ServiceUnavailable) { RequestMessage = request };
        }
    }
}
