using System.Text.Json;
using QuantumDsl.Cli.Tests.Infrastructure;

namespace QuantumDsl.Cli.Tests;

/// <summary><c>qdsl batches …</c> against a real emulator, after creating batches through the Pasqal client.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class BatchesCommandTests(Emulators emulators) : IDisposable
{
    private readonly Qdsl qdsl = new();

    public void Dispose() => qdsl.Dispose();

    private static string[] Ids(QdslResult result)
    {
        using var batches = JsonDocument.Parse(result.Out);
        return [.. batches.RootElement.EnumerateArray().Select(b => b.GetProperty("id").GetString()!)];
    }

    [Fact]
    public async Task List_filters_by_tag_and_pages_with_offset_and_limit()
    {
        var tag = "t" + Guid.NewGuid().ToString("N")[..8];
        var older = await Work.CreateBatchAsync(emulators.Fast, tag: tag);
        var newer = await Work.CreateBatchAsync(emulators.Fast, tag: tag);
        await Work.CreateBatchAsync(emulators.Fast, tag: "unrelated");

        var all = await qdsl.RunAsync(emulators.Fast, "batches", "list", "--tag", tag, "--json");
        var first = await qdsl.RunAsync(emulators.Fast, "batches", "list", "--tag", tag, "--limit", "1", "--json");
        var second = await qdsl.RunAsync(emulators.Fast, "batches", "list", "--tag", tag, "--offset", "1", "--json");
        var table = await qdsl.RunAsync(emulators.Fast, "batches", "list", "--tag", tag, "--open", "false");

        Assert.All(new[] { all, first, second, table }, r => Assert.Equal(0, r.ExitCode));
        Assert.Equal([newer, older], Ids(all));
        Assert.Equal([newer], Ids(first));
        Assert.Equal([older], Ids(second));
        Assert.Contains(older, table.Out, StringComparison.Ordinal);
        Assert.Contains("EMU_FREE", table.Out, StringComparison.Ordinal);
        Assert.Contains("1–2 of 2 batch(es)", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_rejects_a_bad_status_naming_the_value()
    {
        var result = await qdsl.RunAsync(emulators.Fast, "batches", "list", "--status", "FINISHED");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--status 'FINISHED' is not one of PENDING, RUNNING, DONE", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_prints_the_batch_with_its_jobs_in_creation_order()
    {
        var id = await Work.CreateBatchAsync(emulators.Fast, jobs: 3);

        var table = await qdsl.RunAsync(emulators.Fast, "batches", "show", id);
        var json = await qdsl.RunAsync(emulators.Fast, "batches", "show", id, "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains(id, table.Out, StringComparison.Ordinal);
        Assert.Contains("omega=1", table.Out, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        using var batch = JsonDocument.Parse(json.Out);
        Assert.Equal(id, batch.RootElement.GetProperty("id").GetString());
        var omegas = batch.RootElement.GetProperty("jobs").EnumerateArray().Select(j => j.GetProperty("variables").GetProperty("omega").GetDouble());
        Assert.Equal([1.0, 2.0, 3.0], omegas);
    }

    [Fact]
    public async Task Show_says_why_a_job_that_could_not_run_failed()
    {
        var id = await Work.CreateBatchAsync(emulators.Fast, jobs: 1, plusJobWithoutOmega: true);
        await Work.WaitForBatchAsync(emulators.Fast, id);

        var table = await qdsl.RunAsync(emulators.Fast, "batches", "show", id);
        var json = await qdsl.RunAsync(emulators.Fast, "batches", "show", id, "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("ERROR", table.Out, StringComparison.Ordinal);
        using var batch = JsonDocument.Parse(json.Out);
        var jobs = batch.RootElement.GetProperty("jobs").EnumerateArray().ToList();
        Assert.Equal(["DONE", "ERROR"], jobs.Select(j => j.GetProperty("status").GetString()));
        var reason = Assert.Single(jobs[1].GetProperty("errors").EnumerateArray()).GetString()!;
        Assert.Contains("omega", reason, StringComparison.Ordinal);
        Assert.Contains(reason[..Math.Min(30, reason.Length)], table.Out, StringComparison.Ordinal); // the Errors column
    }

    [Fact]
    public async Task Show_says_why_a_job_failed_in_the_emulators_engine()
    {
        // 25 atoms: accepted on EMU_MPS, one more than the emulator's state-vector engine holds (24).
        var id = await Work.CreateBatchAsync(emulators.Fast, jobs: 1, atoms: 25, deviceType: "EMU_MPS");
        await Work.WaitForBatchAsync(emulators.Fast, id);

        var table = await qdsl.RunAsync(emulators.Fast, "batches", "show", id);
        var json = await qdsl.RunAsync(emulators.Fast, "batches", "show", id, "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("ERROR", table.Out, StringComparison.Ordinal);
        Assert.Contains("register: 25 exceeds the maximum 24", table.Out, StringComparison.Ordinal); // the Errors column
        using var batch = JsonDocument.Parse(json.Out);
        Assert.Equal("ERROR", batch.RootElement.GetProperty("status").GetString());
        var job = Assert.Single(batch.RootElement.GetProperty("jobs").EnumerateArray());
        Assert.Equal("ERROR", job.GetProperty("status").GetString());
        Assert.Contains("register: 25 exceeds the maximum 24", Assert.Single(job.GetProperty("errors").EnumerateArray()).GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_show_pasqal_shows_a_failed_pasqal_job_with_its_errors_in_the_table_and_the_json()
    {
        var id = await Work.CreateBatchAsync(emulators.Fast, jobs: 1, atoms: 25, deviceType: "EMU_MPS");
        await Work.WaitForBatchAsync(emulators.Fast, id);
        using var batch = JsonDocument.Parse((await qdsl.RunAsync(emulators.Fast, "batches", "show", id, "--json")).Out);
        var jobId = Assert.Single(batch.RootElement.GetProperty("jobs").EnumerateArray()).GetProperty("id").GetString()!;

        var table = await qdsl.RunAsync(emulators.Fast, "jobs", "show", jobId, "--pasqal");
        var json = await qdsl.RunAsync(emulators.Fast, "jobs", "show", jobId, "--pasqal", "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains(id, table.Out, StringComparison.Ordinal); // the Batch row
        Assert.Contains("ERROR", table.Out, StringComparison.Ordinal);
        Assert.Contains("register: 25 exceeds the maximum 24", table.Out, StringComparison.Ordinal); // the Errors column
        using var job = JsonDocument.Parse(json.Out);
        Assert.Equal(jobId, job.RootElement.GetProperty("id").GetString());
        Assert.Equal("ERROR", job.RootElement.GetProperty("status").GetString());
        Assert.Contains("register: 25 exceeds the maximum 24", Assert.Single(job.RootElement.GetProperty("errors").EnumerateArray()).GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_then_rebatch_creates_a_child_batch_with_the_same_jobs()
    {
        var id = await Work.CreateBatchAsync(emulators.Slow, jobs: 2);

        var cancel = await qdsl.RunAsync(emulators.Slow, "batches", "cancel", id, "--json");
        var rebatch = await qdsl.RunAsync(emulators.Slow, "batches", "rebatch", id, "--json");
        var human = await qdsl.RunAsync(emulators.Slow, "batches", "rebatch", id, "--status", "CANCELED");

        Assert.Equal(0, cancel.ExitCode);
        using (var cancelled = JsonDocument.Parse(cancel.Out))
        {
            Assert.Equal("CANCELED", cancelled.RootElement.GetProperty("status").GetString());
        }

        Assert.Equal(0, rebatch.ExitCode);
        using (var child = JsonDocument.Parse(rebatch.Out))
        {
            Assert.Equal(id, child.RootElement.GetProperty("parent_id").GetString());
            Assert.NotEqual(id, child.RootElement.GetProperty("id").GetString());
            Assert.Equal(2, child.RootElement.GetProperty("jobs").GetArrayLength());
        }

        Assert.Equal(0, human.ExitCode);
        Assert.Contains($"from {id}.", human.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_batch_is_one_error_line_naming_it_with_the_http_status()
    {
        foreach (var command in new[] { "show", "cancel", "rebatch" })
        {
            var result = await qdsl.RunAsync(emulators.Fast, "batches", command, "no-such-batch-7");

            Assert.Equal(1, result.ExitCode);
            var line = Assert.Single(result.ErrorLines);
            Assert.Contains("no-such-batch-7", line, StringComparison.Ordinal);
            Assert.Contains("404", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_bad_token_is_one_error_line_with_401()
    {
        var result = await qdsl.RunAsync("batches", "list", "--backend", "emulator", "--url", emulators.Fast.BaseAddress.ToString(), "--token", "not-a-token");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("HTTP 401", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_oqtant_backend_does_not_serve_batches()
    {
        var result = await qdsl.RunAsync("batches", "list", "--backend", "oqtant", "--token", "t");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--backend oqtant does not serve pasqal commands", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
