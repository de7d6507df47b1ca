using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Oqtant;

/// <summary>A run that fails in the engine: the job says which runs failed, and each failed run says why.</summary>
public sealed class RunFailureTests
{
    private const string Jobs = "oqtant/api/users/alice/jobs";

    /// <summary>An in-trap BARRIER job, one run per hold time (ms).</summary>
    internal static JsonObject InTrapJob(params double[] holdsMs)
    {
        var job = MatterJobs.Bec("holds", inputs: holdsMs.Length);
        job["job_type"] = "BARRIER";
        foreach (var (input, hold) in job["inputs"]!.AsArray().Zip(holdsMs))
        {
            input!["values"]!["image_type"] = "IN_TRAP";
            input["values"]!["end_time_ms"] = hold;
        }

        return job;
    }

    [Fact]
    public async Task A_run_beyond_the_engines_step_budget_fails_with_the_reason_in_its_errors()
    {
        await using var server = await TestServer.StartAsync(o => o with { MatterMaxEvolutionSteps = 1000 });
        using var client = server.Client();
        var (status, created) = await client.SendAsync(HttpMethod.Post, Jobs, InTrapJob(1, 12, 2));
        Assert.Equal(200, status);
        var id = (string)created["job_id"]!;

        var done = await client.PollAsync($"{Jobs}/{id}", j => (string)j["status"]! is not ("PENDING" or "RUNNING"), seconds: 300);

        Assert.Equal("INCOMPLETE", (string)done["status"]!);
        Assert.Equal([2], done["failed_inputs"]!.AsArray().Select(r => (int)r!));
        Assert.False(done["inputs"]![0]!.AsObject().ContainsKey("errors")); // a run with an output has no errors key
        var (_, run2) = await client.SendAsync(HttpMethod.Get, $"{Jobs}/{id}?run=2");
        var failed = run2["inputs"]![0]!;
        Assert.Null(failed["output"]);
        Assert.Equal(
            ["end_time_ms 12 needs 2400 GPE time steps of 0.005 ms; this emulator runs at most 1000 per run (its MatterMaxEvolutionSteps setting)"],
            failed["errors"]!.AsArray().Select(e => (string)e!));
        var (_, run3) = await client.SendAsync(HttpMethod.Get, $"{Jobs}/{id}?run=3");
        Assert.NotNull(run3["inputs"]![0]!["output"]);
    }

    [Fact]
    public async Task When_every_run_fails_the_job_is_failed_and_every_run_says_why()
    {
        await using var server = await TestServer.StartAsync(o => o with { MatterMaxEvolutionSteps = 100 });
        using var client = server.Client();
        var (_, created) = await client.SendAsync(HttpMethod.Post, Jobs, InTrapJob(5, 6));
        var id = (string)created["job_id"]!;

        var done = await client.PollAsync($"{Jobs}/{id}", j => (string)j["status"]! is not ("PENDING" or "RUNNING"), seconds: 120);

        Assert.Equal("FAILED", (string)done["status"]!);
        Assert.Equal([1, 2], done["failed_inputs"]!.AsArray().Select(r => (int)r!));
        Assert.Contains("needs 1000 GPE time steps", (string)done["inputs"]![0]!["errors"]![0]!, StringComparison.Ordinal);
        var (_, run2) = await client.SendAsync(HttpMethod.Get, $"{Jobs}/{id}?run=2");
        Assert.Contains("needs 1200 GPE time steps", (string)run2["inputs"]![0]!["errors"]![0]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_standalone_servers_matter_max_steps_flag_sets_the_step_budget()
    {
        var db = Path.Combine(Path.GetTempPath(), "qdsl-emu-tests", Guid.NewGuid().ToString("N") + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        using (var server = await StandaloneEmulator.StartAsync(
            "--urls", "http://127.0.0.1:0", "--db", db, "--account", "alice:pw", "--latency-ms", "0", "--matter-max-steps", "1000"))
        {
            using var client = server.Client(server.Banner["dev-token (alice)"]);
            var (status, created) = await client.SendAsync(HttpMethod.Post, Jobs, InTrapJob(1, 12));
            Assert.Equal(200, status);
            var id = (string)created["job_id"]!;

            var done = await client.PollAsync($"{Jobs}/{id}", j => (string)j["status"]! is not ("PENDING" or "RUNNING"), seconds: 300);

            Assert.Equal("INCOMPLETE", (string)done["status"]!);
            Assert.Equal([2], done["failed_inputs"]!.AsArray().Select(r => (int)r!));
            var (_, run2) = await client.SendAsync(HttpMethod.Get, $"{Jobs}/{id}?run=2");
            Assert.Equal(
                ["end_time_ms 12 needs 2400 GPE time steps of 0.005 ms; this emulator runs at most 1000 per run (its MatterMaxEvolutionSteps setting)"],
                run2["inputs"]![0]!["errors"]!.AsArray().Select(e => (string)e!));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(db);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public async Task A_matter_max_steps_below_one_is_a_usage_error_naming_the_flag(string value)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(StandaloneEmulator.Dll);
        start.ArgumentList.Add("--matter-max-steps");
        start.ArgumentList.Add(value);
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains($"--matter-max-steps {value} must be at least 1", error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_step_budget_must_be_positive() =>
        Assert.Contains("MatterMaxEvolutionSteps: 0 must be positive", new EmulatorOptions { MatterMaxEvolutionSteps = 0 }.Validate());
}
