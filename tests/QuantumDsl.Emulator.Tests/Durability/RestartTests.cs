using System.Diagnostics;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Durability;

public sealed class RestartTests
{
    private const string Api = "pasqal/core-fast/api";

    [Fact]
    public async Task A_killed_server_restarted_on_the_same_file_loses_nothing_and_reruns_interrupted_work()
    {
        var directory = Path.Combine(Path.GetTempPath(), "qdsl-emu-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var db = Path.Combine(directory, "emulator.db");
        string[] Args(string latency) => ["--urls", "http://127.0.0.1:0", "--db", db, "--account", "alice:pw", "--latency-ms", latency];

        string batchId, oqtantId, token;
        string[] jobIds;
        string runningAtKill;
        using (var first = await StandaloneEmulator.StartAsync(Args("2000")))
        {
            token = first.Banner["dev-token (alice)"];
            using var client = first.Client(token);
            var (status, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 5));
            Assert.Equal(200, status);
            batchId = (string)created["data"]!["id"]!;
            jobIds = [.. created["data"]!["jobs"]!.AsArray().Select(j => (string)j!["id"]!)];
            var (oqtantStatus, job) = await client.SendAsync(HttpMethod.Post, "oqtant/api/users/alice/jobs", MatterJobs.Bec(inputs: 3));
            Assert.Equal(200, oqtantStatus);
            oqtantId = (string)job["job_id"]!;

            var running = await client.PollAsync($"{Api}/v2/jobs?batch_id={batchId}&status=RUNNING", j => j["data"]!.AsArray().Count == 1);
            runningAtKill = (string)running["data"]![0]!["id"]!;
            await client.PollAsync($"oqtant/api/users/alice/jobs/{oqtantId}", j => (string)j["status"]! == "RUNNING");
            first.Kill();
        }

        using var second = await StandaloneEmulator.StartAsync(Args("5"));
        using var again = second.Client(token); // the signing key is in the database: old tokens stay valid
        var batch = await again.PollAsync($"{Api}/v2/batches/{batchId}", b => (string)b["data"]!["status"]! is "DONE" or "ERROR");
        Assert.Equal("DONE", (string)batch["data"]!["status"]!);
        Assert.Equal(jobIds, batch["data"]!["job_ids"]!.AsArray().Select(j => (string)j!));
        var (_, jobs) = await again.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?batch_id={batchId}&order_by=creation_order&order_by_direction=ASC");
        Assert.All(jobs["data"]!.AsArray(), j => Assert.Equal("DONE", (string)j!["status"]!));
        Assert.Equal(5, (int)jobs["pagination"]!["total"]!);

        var rerun = jobs["data"]!.AsArray().Single(j => (string)j!["id"]! == runningAtKill)!;
        Assert.Equal(50, (await again.CounterAsync((string)rerun["id"]!)).Sum(kv => (int)kv.Value!)); // run again from scratch: all 50 shots

        var oqtant = await again.PollAsync($"oqtant/api/users/alice/jobs/{oqtantId}", j => (string)j["status"]! is "COMPLETE" or "FAILED" or "INCOMPLETE", seconds: 180);
        Assert.Equal(3, (int)oqtant["input_count"]!);
        Assert.Equal("COMPLETE", (string)oqtant["status"]!);
        Assert.NotNull(oqtant["inputs"]![0]!["output"]);
        second.Kill();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task Workloads_survive_a_kill_and_the_one_running_at_the_crash_is_run_again()
    {
        var directory = Path.Combine(Path.GetTempPath(), "qdsl-emu-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var db = Path.Combine(directory, "emulator.db");
        string[] Args(string latency) => ["--urls", "http://127.0.0.1:0", "--db", db, "--account", "alice:pw", "--latency-ms", latency];

        string token, runningAtKill;
        var ids = new List<string>();
        using (var first = await StandaloneEmulator.StartAsync(Args("5000")))
        {
            token = first.Banner["dev-token (alice)"];
            using var client = first.Client(token);
            foreach (var body in new[] { Workloads.Rabi(runs: 30), Workloads.Unsupported(), Workloads.Rabi(runs: 30) })
            {
                var (status, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/workloads", body);
                Assert.Equal(200, status);
                ids.Add((string)created["data"]!["id"]!);
            }

            runningAtKill = ids[0];
            await client.PollAsync($"{Api}/v2/workloads/{runningAtKill}", w => (string)w["data"]!["status"]! == "RUNNING");
            first.Kill();
        }

        using var second = await StandaloneEmulator.StartAsync(Args("5"));
        using var again = second.Client(token);
        var ended = new List<JsonNode>();
        foreach (var id in ids)
        {
            ended.Add((await again.PollAsync($"{Api}/v2/workloads/{id}", Workloads.Terminal))["data"]!);
        }

        Assert.Equal(["DONE", "ERROR", "DONE"], ended.Select(w => (string)w["status"]!));
        Assert.Equal(30, ended[0]["result"]!.AsObject().Sum(kv => (int)kv.Value!)); // run again from scratch: all 30 shots
        Assert.Contains("not supported", (string)ended[1]["errors"]![0]!);
        second.Kill();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task The_standalone_server_documents_its_options()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(StandaloneEmulator.Dll);
        start.ArgumentList.Add("--help");
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        foreach (var option in new[] { "--urls", "--db", "--account", "--latency-ms", "--open-batch-timeout-s", "--daily-limit", "--auto-approve", "--public-url" })
        {
            Assert.Contains(option, output);
        }
    }

    [Fact]
    public async Task A_bad_account_argument_is_refused_with_a_message()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(StandaloneEmulator.Dll);
        start.ArgumentList.Add("--account");
        start.ArgumentList.Add("nopassword");
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(2, process.ExitCode);
        Assert.Contains("user:password", error);
    }

    [Fact]
    public async Task The_standalone_server_stops_gracefully_on_sigterm()
    {
        var db = Path.Combine(Path.GetTempPath(), "qdsl-emu-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        var server = await StandaloneEmulator.StartAsync("--urls", "http://127.0.0.1:0", "--db", db, "--account", "alice:pw");
        using (server)
        {
            Assert.Equal(0, await server.TerminateAsync(TimeSpan.FromSeconds(60)));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(db);
    }
}
