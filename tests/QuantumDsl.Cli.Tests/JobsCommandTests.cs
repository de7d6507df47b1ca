using System.Text.Json;
using QuantumDsl.Cli.Tests.Infrastructure;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Matter;

namespace QuantumDsl.Cli.Tests;

/// <summary><c>qdsl jobs …</c> against a real emulator, after submitting jobs through the Oqtant client.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class JobsCommandTests(Emulators emulators) : IDisposable
{
    private readonly Qdsl qdsl = new();

    public void Dispose() => qdsl.Dispose();

    private static string Unique(string stem) => stem + "-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task List_shows_submitted_jobs_in_a_table()
    {
        var name = Unique("list");
        var id = await Work.SubmitJobAsync(emulators.Fast, name);

        var result = await qdsl.RunAsync(emulators.Fast, "jobs", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(id, result.Out, StringComparison.Ordinal);
        Assert.Contains(name, result.Out, StringComparison.Ordinal);
        Assert.Contains("BEC", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_filters_by_name_and_notes_and_json_is_the_search_page()
    {
        var name = Unique("search");
        var notes = Unique("note");
        var wanted = await Work.SubmitJobAsync(emulators.Fast, name, notes: notes);
        var other = await Work.SubmitJobAsync(emulators.Fast, Unique("other"));

        var byName = await qdsl.RunAsync(emulators.Fast, "jobs", "search", "--name", name, "--type", "bec", "--submit-start", "2000-01-01T00:00:00Z", "--json");
        var byNotes = await qdsl.RunAsync(emulators.Fast, "jobs", "search", "--notes", notes, "--limit", "10", "--json");

        foreach (var result in new[] { byName, byNotes })
        {
            Assert.Equal(0, result.ExitCode);
            using var page = JsonDocument.Parse(result.Out);
            var ids = page.RootElement.GetProperty("items").EnumerateArray().Select(j => j.GetProperty("external_id").GetString()).ToList();
            Assert.Equal([wanted], ids);
            Assert.DoesNotContain(other, ids);
        }
    }

    [Fact]
    public async Task Search_rejects_a_bad_type_and_a_bad_date_naming_the_option_and_value()
    {
        var type = await qdsl.RunAsync(emulators.Fast, "jobs", "search", "--type", "LASER");
        var date = await qdsl.RunAsync(emulators.Fast, "jobs", "search", "--submit-end", "yesterday");
        var limit = await qdsl.RunAsync(emulators.Fast, "jobs", "search", "--limit", "500");

        Assert.Equal(1, type.ExitCode);
        Assert.Contains("--type 'LASER' is not one of BEC, BARRIER", Assert.Single(type.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("--submit-end 'yesterday' is not a date", Assert.Single(date.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("--limit 500 is outside 1..100", Assert.Single(limit.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queue_lists_todays_unfinished_jobs_and_complete_ones_only_when_asked()
    {
        var slowName = Unique("queued");
        var queued = await Work.SubmitJobAsync(emulators.Slow, slowName);
        var doneName = Unique("done");
        var done = await Work.SubmitJobAsync(emulators.Fast, doneName);
        await qdsl.RunAsync(emulators.Fast, "jobs", "track", done);

        var slow = await qdsl.RunAsync(emulators.Slow, "jobs", "queue", "--name", slowName);
        var fast = await qdsl.RunAsync(emulators.Fast, "jobs", "queue", "--name", doneName, "--json");
        var withComplete = await qdsl.RunAsync(emulators.Fast, "jobs", "queue", "--name", doneName, "--include-complete", "--json");
        var badLimit = await qdsl.RunAsync(emulators.Fast, "jobs", "queue", "--limit", "0");

        Assert.Equal(0, slow.ExitCode);
        Assert.Contains(queued, slow.Out, StringComparison.Ordinal);
        Assert.Contains("1 job(s)", slow.Out, StringComparison.Ordinal);
        Assert.Empty(JsonDocument.Parse(fast.Out).RootElement.GetProperty("items").EnumerateArray());
        var item = Assert.Single(JsonDocument.Parse(withComplete.Out).RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal((done, "COMPLETE"), (item.GetProperty("external_id").GetString(), item.GetProperty("status").GetString()));
        Assert.Equal(1, badLimit.ExitCode);
        Assert.Contains("--limit 0 is outside 1..100", Assert.Single(badLimit.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raw_images_shows_the_camera_frames_and_json_gives_them_whole()
    {
        var id = await Work.SubmitJobAsync(emulators.Fast, Unique("raw"));
        await qdsl.RunAsync(emulators.Fast, "jobs", "track", id);

        var table = await qdsl.RunAsync(emulators.Fast, "jobs", "raw-images", id);
        var json = await qdsl.RunAsync(emulators.Fast, "jobs", "raw-images", id, "--run", "1", "--json");
        var missing = await qdsl.RunAsync(emulators.Fast, "jobs", "raw-images", id, "--run", "2");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("TOF imaging", table.Out, StringComparison.Ordinal);
        Assert.Contains("MOT imaging", table.Out, StringComparison.Ordinal);
        Assert.Contains("100×100", table.Out, StringComparison.Ordinal);
        Assert.Contains("2 image(s)", table.Out, StringComparison.Ordinal);
        var images = JsonSerializer.Deserialize(json.Out, OqtantJsonContext.Default.IReadOnlyListRawImages)!;
        Assert.Equal([RawImageType.TimeOfFlight, RawImageType.Mot], images.Select(i => i.ImageType));
        Assert.Equal(100 * 100, images[0].Background!.Pixels.Count);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("404", Assert.Single(missing.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_says_why_each_failed_run_failed()
    {
        var id = await Work.SubmitJobAsync(emulators.Fast, Unique("holds"), inTrapHoldsMs: [1, 12, 15]);
        var track = await qdsl.RunAsync(emulators.Fast, "jobs", "track", id);

        var table = await qdsl.RunAsync(emulators.Fast, "jobs", "show", id);
        var json = await qdsl.RunAsync(emulators.Fast, "jobs", "show", id, "--run", "3", "--json");

        Assert.Equal(3, track.ExitCode); // INCOMPLETE
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("INCOMPLETE", table.Out, StringComparison.Ordinal);
        Assert.Contains("2, 3", table.Out, StringComparison.Ordinal); // failed runs
        Assert.Contains("end_time_ms 12 needs 2400 GPE time steps", table.Out, StringComparison.Ordinal);
        Assert.Contains("end_time_ms 15 needs 3000 GPE time steps", table.Out, StringComparison.Ordinal);
        var run3 = Assert.Single(OqtantJob.Parse(json.Out).Inputs);
        Assert.Null(run3.Output);
        Assert.Contains("at most 1000 per run", Assert.Single(run3.Errors!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_prints_the_job_and_json_is_the_service_job_of_the_requested_run()
    {
        var name = Unique("show");
        var id = await Work.SubmitJobAsync(emulators.Fast, name, inputs: 2);

        var table = await qdsl.RunAsync(emulators.Fast, "jobs", "show", id);
        var json = await qdsl.RunAsync(emulators.Fast, "jobs", "show", id, "--run", "2", "--json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains(id, table.Out, StringComparison.Ordinal);
        Assert.Contains(name, table.Out, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        var job = OqtantJob.Parse(json.Out);
        Assert.Equal(id, job.ExternalId);
        Assert.Equal(2, Assert.Single(job.Inputs).Run);
        Assert.Equal(8, job.Inputs[0].Values.TimeOfFlightMs);
    }

    [Fact]
    public async Task Track_follows_a_job_until_it_ends_complete_and_exits_0()
    {
        var id = await Work.SubmitJobAsync(emulators.Fast, Unique("track"));

        var human = await qdsl.RunAsync(emulators.Fast, "jobs", "track", id, "--poll-seconds", "0.05");
        var json = await qdsl.RunAsync(emulators.Fast, "jobs", "track", id, "--poll-seconds", "0.05", "--json");

        Assert.Equal(0, human.ExitCode);
        Assert.Equal("", human.Error);
        Assert.Contains(id + "  COMPLETE", human.Out, StringComparison.Ordinal);
        Assert.Contains("1 job(s)", human.Out, StringComparison.Ordinal);
        Assert.Equal(0, json.ExitCode);
        Assert.Equal("", json.Error);
        using var jobs = JsonDocument.Parse(json.Out);
        var job = Assert.Single(jobs.RootElement.EnumerateArray());
        Assert.Equal("COMPLETE", job.GetProperty("status").GetString());
        Assert.Equal(id, job.GetProperty("external_id").GetString());
    }

    [Fact]
    public async Task Track_of_a_cancelled_job_prints_it_then_exits_3_naming_its_status()
    {
        var id = await Work.SubmitJobAsync(emulators.Slow, Unique("track-cancelled"));
        Assert.Equal(0, (await qdsl.RunAsync(emulators.Slow, "jobs", "cancel", id)).ExitCode);

        var human = await qdsl.RunAsync(emulators.Slow, "jobs", "track", id, "--poll-seconds", "0.05");
        var json = await qdsl.RunAsync(emulators.Slow, "jobs", "track", id, "--poll-seconds", "0.05", "--json");

        foreach (var result in new[] { human, json })
        {
            Assert.Equal(3, result.ExitCode);
            Assert.Equal($"error: 1 of 1 job(s) did not end COMPLETE: {id} CANCELLED", Assert.Single(result.ErrorLines).TrimEnd('\r'));
        }

        Assert.Contains(id + "  CANCELLED", human.Out, StringComparison.Ordinal);
        Assert.Contains("1 job(s)", human.Out, StringComparison.Ordinal); // the final table is printed before the error
        using var jobs = JsonDocument.Parse(json.Out);                      // the whole JSON array, before the error
        var job = Assert.Single(jobs.RootElement.EnumerateArray());
        Assert.Equal(id, job.GetProperty("external_id").GetString());
        Assert.Equal("CANCELLED", job.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Track_waits_for_a_running_job_that_is_cancelled_meanwhile_and_names_every_unsuccessful_job()
    {
        var before = await Work.SubmitJobAsync(emulators.Slow, Unique("cancelled-before"));
        var during = await Work.SubmitJobAsync(emulators.Slow, Unique("cancelled-during"));
        Assert.Equal(0, (await qdsl.RunAsync(emulators.Slow, "jobs", "cancel", before)).ExitCode);
        using var tracker = new Qdsl();

        // The Slow emulator holds every job for an hour: track can only end once the second job is cancelled.
        var tracking = tracker.RunAsync(emulators.Slow, "jobs", "track", before, during, "--poll-seconds", "0.05", "--json");
        Assert.Equal(0, (await qdsl.RunAsync(emulators.Slow, "jobs", "cancel", during)).ExitCode);
        var result = await tracking;

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("error: 2 of 2 job(s) did not end COMPLETE: ", line, StringComparison.Ordinal);
        Assert.Contains(before + " CANCELLED", line, StringComparison.Ordinal);
        Assert.Contains(during + " CANCELLED", line, StringComparison.Ordinal);
        using var jobs = JsonDocument.Parse(result.Out);
        Assert.Equal([before, during], jobs.RootElement.EnumerateArray().Select(j => j.GetProperty("external_id").GetString()));
        Assert.All(jobs.RootElement.EnumerateArray(), j => Assert.Equal("CANCELLED", j.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Interrupted_track_is_one_error_line_and_exit_code_130()
    {
        var id = await Work.SubmitJobAsync(emulators.Slow, Unique("interrupted"));
        using var interrupt = new CancellationTokenSource();
        await interrupt.CancelAsync(); // a host running qdsl in-process stops it

        var result = await qdsl.RunAsync(interrupt.Token, emulators.Slow, "jobs", "track", id, "--poll-seconds", "0.05");

        Assert.Equal(130, result.ExitCode);
        Assert.Equal("error: interrupted", Assert.Single(result.ErrorLines).TrimEnd('\r'));
    }

    [Fact]
    public async Task Download_writes_one_python_format_file_per_run_and_never_overwrites()
    {
        var id = await Work.SubmitJobAsync(emulators.Fast, Unique("download"), inputs: 2);
        var tracked = await qdsl.RunAsync(emulators.Fast, "jobs", "track", id, "--poll-seconds", "0.05");
        var directory = Path.Combine(qdsl.Directory, "jobs");

        var first = await qdsl.RunAsync(emulators.Fast, "jobs", "download", id, "-o", directory, "--json");
        var again = await qdsl.RunAsync(emulators.Fast, "jobs", "download", id, "-o", directory, "--run", "1");

        Assert.Equal(0, tracked.ExitCode);
        Assert.Equal(0, first.ExitCode);
        string[] expected = [Path.Combine(directory, id + "_run_1_of_2.txt"), Path.Combine(directory, id + "_run_2_of_2.txt")];
        Assert.Equal(expected, JsonSerializer.Deserialize<string[]>(first.Out, JsonSerializerOptionsForTests.Default));
        for (var run = 1; run <= 2; run++)
        {
            var saved = await OqtantJobFile.ReadAsync(expected[run - 1]);
            Assert.Equal(id, saved.ExternalId);
            Assert.Equal(JobStatus.Complete, saved.Status);
            Assert.Equal(run, Assert.Single(saved.Inputs).Run);
            Assert.NotNull(saved.Inputs[0].Output);
            Assert.Equal(6 + run, saved.Inputs[0].Values.TimeOfFlightMs);
            Assert.DoesNotContain('\n', File.ReadAllText(expected[run - 1]).TrimEnd('\n'));
        }

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("File already exists", Assert.Single(again.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_cancels_a_running_job()
    {
        var id = await Work.SubmitJobAsync(emulators.Slow, Unique("cancel"));

        var result = await qdsl.RunAsync(emulators.Slow, "jobs", "cancel", id, "--json");

        Assert.Equal(0, result.ExitCode);
        var job = OqtantJob.Parse(result.Out);
        Assert.Equal(id, job.ExternalId);
        Assert.Equal(JobStatus.Cancelled, job.Status);
    }

    [Fact]
    public async Task An_unknown_job_is_one_error_line_naming_it_with_the_http_status()
    {
        foreach (var command in new[] { "show", "cancel", "download", "track" })
        {
            var result = await qdsl.RunAsync(emulators.Fast, "jobs", command, "no-such-job-42");

            Assert.Equal(1, result.ExitCode);
            var line = Assert.Single(result.ErrorLines);
            Assert.StartsWith("error: ", line, StringComparison.Ordinal);
            Assert.Contains("no-such-job-42", line, StringComparison.Ordinal);
            Assert.Contains("404", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_bad_token_is_one_error_line()
    {
        var notJwt = await qdsl.RunAsync("jobs", "list", "--backend", "emulator", "--url", emulators.Fast.BaseAddress.ToString(), "--token", "not-a-token");
        var forged = await qdsl.RunAsync("jobs", "list", "--backend", "emulator", "--url", emulators.Fast.BaseAddress.ToString(),
            "--token", emulators.Fast.DevToken[..^4] + "AAAA");

        Assert.Equal(1, notJwt.ExitCode);
        Assert.Contains("not an Oqtant token", Assert.Single(notJwt.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(1, forged.ExitCode);
        Assert.Contains("401", Assert.Single(forged.ErrorLines), StringComparison.Ordinal);
    }
}
