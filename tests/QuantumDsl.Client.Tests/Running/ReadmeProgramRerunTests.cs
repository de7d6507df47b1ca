using System.Collections.Concurrent;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Support;
using QuantumDsl.Emulator;

namespace QuantumDsl.Client.Tests.Running;

/// <summary>
/// The README §4 program (EmulatorServer.StartAsync + QuantumClient.Create + Sweep.RunAsync) run more than once: against
/// a persistent emulator (same SQLite file and URL, restarted), against two different emulators, and against a server
/// that lost the first run's jobs. Re-attaches and fresh starts are said aloud (progress note and log event).
/// </summary>
public sealed class ReadmeProgramRerunTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("qdsl-readme-rerun-").FullName;
    private readonly LogCollector _logs = new();

    private string Journal => Path.Combine(_directory, "journal");

    /// <summary>README §4, with the test's journal folder, an optional run option and a logger.</summary>
    private async Task<(SweepResults<EvaporationScan, MatterPointOutput> Results, IReadOnlyList<SweepProgress> Seen)> RunReadmeProgramAsync(
        EmulatorServer server, bool newRun = false)
    {
        var seen = new ConcurrentQueue<SweepProgress>();
        var progress = new SyncProgress<SweepProgress>(seen.Enqueue);
        var ct = CancellationToken.None;
        using var oqtant = OqtantClient.Create(server.DevToken, new OqtantClientOptions
        {
            Endpoint = server.OqtantBaseUrl, PollInterval = TimeSpan.FromMilliseconds(20), MaxPollInterval = TimeSpan.FromMilliseconds(100),
        }, _logs.For<OqtantClient>());
        using var client = new QuantumClient(oqtant, null, new SweepRunOptions { JournalDirectory = Journal, NewRun = newRun });
        var results = await EvaporationScan.Sweep.RunAsync(client, progress, ct);
        return (results, [.. seen]);
    }

    private Task<EmulatorServer> StartAsync(string db, string url = "http://127.0.0.1:0") => EmulatorServer.StartAsync(new EmulatorOptions
    {
        DatabasePath = Path.Combine(_directory, db),
        Urls = [url],
        SimulatedLatency = TimeSpan.FromMilliseconds(1),
        PollInterval = TimeSpan.FromMilliseconds(20),
    });

    [Fact]
    public async Task Run_twice_against_a_restarted_persistent_emulator_the_second_run_says_it_reattached_and_NewRun_runs_again()
    {
        string url;
        SweepResults<EvaporationScan, MatterPointOutput> first;
        IReadOnlyList<SweepProgress> firstSeen;
        await using (var server = await StartAsync("persistent.db"))
        {
            url = server.BaseAddress.ToString();
            (first, firstSeen) = await RunReadmeProgramAsync(server);
        }

        Assert.All(first, r => Assert.True(r.Succeeded, r.Failure?.Reason));
        var started = Assert.Single(firstSeen, p => p.Note is not null);
        Assert.StartsWith("fresh run (no earlier run of this sweep on this service and account): 9 matter point(s) as 1 job(s) on ", started.Note, StringComparison.Ordinal);
        Assert.Single(_logs.Named("SweepStarted"));

        // The same database and URL, restarted: the journal re-attaches to the job the first run made.
        await using (var again = await StartAsync("persistent.db", url.TrimEnd('/')))
        {
            var (second, seen) = await RunReadmeProgramAsync(again);
            var jobId = first[0].Output!.JobId;
            Assert.Equal(first.Select(r => r.Output!.JobId), second.Select(r => r.Output!.JobId));
            var note = Assert.Single(seen, p => p.Note is not null).Note!;
            Assert.Matches($"^re-attached to job {jobId} submitted at \\d{{4}}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC, 9/9 points already done", note);
            var logged = Assert.Single(_logs.Named("SweepReattached"));
            Assert.Equal((4002, jobId, 9, 9), (logged.EventId.Id, (string?)logged["RemoteId"], (int?)logged["Done"], (int?)logged["Points"]));
            Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Information, logged.Level);

            // NewRun: a fresh run with a new job, said aloud; a later plain run re-attaches to the new job.
            var (fresh, freshSeen) = await RunReadmeProgramAsync(again, newRun: true);
            Assert.All(fresh, r => Assert.True(r.Succeeded, r.Failure?.Reason));
            Assert.NotEqual(jobId, fresh[0].Output!.JobId);
            Assert.StartsWith("new run (as asked): ", Assert.Single(freshSeen, p => p.Note is not null).Note, StringComparison.Ordinal);
            var (third, _) = await RunReadmeProgramAsync(again);
            Assert.Equal(fresh[0].Output!.JobId, third[0].Output!.JobId);
            Assert.Equal(2, await again.CountJobsAsync());
        }
    }

    [Fact]
    public async Task The_same_sweep_switched_between_two_emulators_runs_fresh_on_each_and_reattaches_on_each()
    {
        await using var one = await StartAsync("one.db");
        await using var two = await StartAsync("two.db");

        var (a, _) = await RunReadmeProgramAsync(one);
        var (b, bSeen) = await RunReadmeProgramAsync(two);
        var (a2, a2Seen) = await RunReadmeProgramAsync(one);

        Assert.All(b, r => Assert.True(r.Succeeded, r.Failure?.Reason));
        Assert.StartsWith("fresh run", Assert.Single(bSeen, p => p.Note is not null).Note, StringComparison.Ordinal);
        Assert.StartsWith("re-attached to job " + a[0].Output!.JobId, Assert.Single(a2Seen, p => p.Note is not null).Note, StringComparison.Ordinal);
        Assert.Equal(a.Select(r => r.Output!.JobId), a2.Select(r => r.Output!.JobId));
        Assert.Equal(1, await one.CountJobsAsync());
        Assert.Equal(1, await two.CountJobsAsync());
        Assert.Empty(_logs.Named("SweepJobUnknownToService"));
    }

    [Fact]
    public async Task A_job_the_journal_knows_but_the_service_does_not_is_reported_once_and_its_points_resubmitted_once()
    {
        string url;
        string lost;
        await using (var server = await StartAsync("lost-a.db"))
        {
            url = server.BaseAddress.ToString().TrimEnd('/');
            lost = (await RunReadmeProgramAsync(server)).Results[0].Output!.JobId;
        }

        // Another database behind the same URL (a standalone emulator started afresh): the journal's job is gone.
        await using var replaced = await StartAsync("lost-b.db", url);
        var (results, seen) = await RunReadmeProgramAsync(replaced);
        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Reason));
        Assert.NotEqual(lost, results[0].Output!.JobId);
        var note = Assert.Single(seen, p => p.Note is not null).Note!;
        Assert.StartsWith($"job {lost} of an earlier run is unknown to {replaced.OqtantBaseUrl} (HTTP 404", note, StringComparison.Ordinal);
        Assert.EndsWith("submitting its 9 point(s) again", note, StringComparison.Ordinal);
        var warning = Assert.Single(_logs.Named("SweepJobUnknownToService"));
        Assert.Equal((4003, Microsoft.Extensions.Logging.LogLevel.Warning), (warning.EventId.Id, warning.Level));

        // The journal now holds the new job: a rerun re-attaches, no duplicate on this service.
        var (again, againSeen) = await RunReadmeProgramAsync(replaced);
        Assert.Equal(results[0].Output!.JobId, again[0].Output!.JobId);
        Assert.StartsWith("re-attached", Assert.Single(againSeen, p => p.Note is not null).Note, StringComparison.Ordinal);
        Assert.Equal(1, await replaced.CountJobsAsync());
        Assert.Single(_logs.Named("SweepJobUnknownToService"));
    }

    [Fact]
    public async Task An_analog_batch_unknown_to_the_service_is_reported_and_submitted_again_and_reruns_reattach()
    {
        string url;
        string lost;
        var journal = new SweepRunOptions { JournalDirectory = Journal };
        await using (var server = await StartAsync("analog-a.db"))
        {
            url = server.BaseAddress.ToString().TrimEnd('/');
            using var client = new QuantumClient(null, Pasqal(server), journal);
            lost = (await RabiScan.Sweep.RunAsync(client))[0].Output!.BatchId;
        }

        await using var replaced = await StartAsync("analog-b.db", url);
        using var again = new QuantumClient(null, Pasqal(replaced), journal);
        var seen = new ConcurrentQueue<SweepProgress>();
        var results = await RabiScan.Sweep.RunAsync(again, new SyncProgress<SweepProgress>(seen.Enqueue));
        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Reason));
        Assert.StartsWith($"batch {lost} of an earlier run is unknown to ", Assert.Single(seen, p => p.Note is not null).Note, StringComparison.Ordinal);

        seen.Clear();
        var rerun = await RabiScan.Sweep.RunAsync(again, new SyncProgress<SweepProgress>(seen.Enqueue));
        Assert.Equal(results.Select(r => r.Output!.JobId), rerun.Select(r => r.Output!.JobId));
        Assert.Matches($"^re-attached to batch {results[0].Output!.BatchId} submitted at .+, 12/12 points already done", Assert.Single(seen, p => p.Note is not null).Note);
    }

    [Fact]
    public async Task The_journal_folder_is_created_owner_only_and_keyed_by_account()
    {
        await using var server = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            DatabasePath = Path.Combine(_directory, "accounts.db"),
            Accounts = [new EmulatorAccount("ada", "a"), new EmulatorAccount("bob", "b")],
            SimulatedLatency = TimeSpan.FromMilliseconds(1),
            PollInterval = TimeSpan.FromMilliseconds(20),
        });
        var nested = Path.Combine(_directory, "missing", "parent", "journal");
        var run = new SweepRunOptions { JournalDirectory = nested };
        OqtantClient Oqtant(string user) => OqtantClient.Create(server.IssueToken(user), new OqtantClientOptions
        {
            Endpoint = server.OqtantBaseUrl, PollInterval = TimeSpan.FromMilliseconds(20),
        });

        using var ada = new QuantumClient(Oqtant("ada"), null, run);
        using var bob = new QuantumClient(Oqtant("bob"), null, run);
        var adas = await EvaporationScan.Sweep.RunAsync(ada);
        var bobs = await EvaporationScan.Sweep.RunAsync(bob);

        Assert.NotEqual(adas[0].Output!.JobId, bobs[0].Output!.JobId);
        var files = Directory.GetFiles(nested, "matter-*.json");
        Assert.Equal(2, files.Length);
        if (!OperatingSystem.IsWindows())
        {
            var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            Assert.Equal(ownerOnly, File.GetUnixFileMode(nested));
            Assert.Equal(ownerOnly, File.GetUnixFileMode(Path.Combine(_directory, "missing")));
            foreach (var file in files)
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
            }
        }
    }

    [Fact]
    public void The_default_journal_folder_is_the_users_own_data_folder_never_the_temp_folder()
    {
        var folder = RunJournal.DefaultDirectory;
        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        Assert.Equal(Path.Combine(data, "QuantumDsl", "journal"), folder);
        Assert.False(folder.StartsWith(Path.GetTempPath(), StringComparison.Ordinal), folder);
    }

    private static PasqalClient Pasqal(EmulatorServer server) => PasqalClient.Create(new PasqalClientOptions
    {
        Endpoint = server.PasqalCoreUrl, Token = server.DevToken,
        PollInterval = TimeSpan.FromMilliseconds(20), MaxPollInterval = TimeSpan.FromMilliseconds(100),
    });

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _logs.Dispose();
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

/// <summary>Test helpers: an Oqtant client on an emulator's dev account, and its job count.</summary>
internal static class EmulatorServerExtensions
{
    public static OqtantClient Oqtant(this EmulatorServer server) =>
        OqtantClient.Create(server.DevToken, new OqtantClientOptions { Endpoint = server.OqtantBaseUrl });

    /// <summary>How many jobs the dev account has on the server.</summary>
    public static async Task<int> CountJobsAsync(this EmulatorServer server)
    {
        using var client = server.Oqtant();
        return (await client.GetJobsAsync(new OqtantJobSearch { Limit = 100 })).Count;
    }
}
