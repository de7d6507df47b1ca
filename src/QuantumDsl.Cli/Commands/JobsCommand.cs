using System.CommandLine;
using System.Globalization;
using QuantumDsl.Cli.Hosting;
using QuantumDsl.Cli.Output;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Export;
using QuantumDsl.Matter;
using Spectre.Console;

namespace QuantumDsl.Cli.Commands;

/// <summary><c>qdsl jobs list|search|queue|show|raw-images|track|cancel|download</c>: Oqtant jobs (the real service or the emulator); <c>show --pasqal</c> shows a Pasqal job.</summary>
internal static class JobsCommand
{

    /// <summary>The <c>--format</c> of job files (the Python client's one-line JSON).</summary>
    private const string JobFile = "txt";

    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var jobs = new Command("jobs", "Oqtant jobs: list, search, queue, show, raw-images, track, cancel, download.");
        jobs.Subcommands.Add(List(environment, common));
        jobs.Subcommands.Add(Search(environment, common));
        jobs.Subcommands.Add(Queue(environment, common));
        jobs.Subcommands.Add(Show(environment, common));
        jobs.Subcommands.Add(RawImagesCommand(environment, common));
        jobs.Subcommands.Add(Track(environment, common));
        jobs.Subcommands.Add(Cancel(environment, common));
        jobs.Subcommands.Add(Download(environment, common));
        return jobs;
    }

    private static Option<int> LimitOption() => new("--limit")
    {
        Description = "At most this many jobs (1–100).",
        DefaultValueFactory = _ => 100,
    };

    private static Argument<string> IdArgument() => new("job-id") { Description = "The job's external id." };

    private static Option<int?> RunOption() => new("--run") { Description = "Which run (input) of the job, from 1." };

    private static Command List(CliEnvironment environment, CommonOptions common)
    {
        var limit = LimitOption();
        var command = new Command("list", "List your most recent jobs.") { limit };
        command.SetAction((parse, ct) => WithClientAsync(environment, common, parse, null, async client =>
            await PrintSearchAsync(environment, parse.GetValue(common.Json), client, new OqtantJobSearch { Limit = parse.GetValue(limit) }, ct)
                .ConfigureAwait(false), ct));
        return command;
    }

    private static Command Search(CliEnvironment environment, CommonOptions common)
    {
        var type = new Option<string?>("--type") { Description = "Job type: " + WireEnum<JobType>.AllowedText + "." };
        var name = new Option<string?>("--name") { Description = "Job name." };
        var start = new Option<string?>("--submit-start") { Description = "Submitted at or after (ISO 8601, e.g. 2026-11-23T00:00:00Z)." };
        var end = new Option<string?>("--submit-end") { Description = "Submitted at or before (ISO 8601)." };
        var notes = new Option<string?>("--notes") { Description = "Notes to match." };
        var limit = LimitOption();
        var command = new Command("search", "Search jobs by type, name, submission time and notes.") { type, name, start, end, notes, limit };
        command.SetAction((parse, ct) => WithClientAsync(environment, common, parse, null, async client =>
        {
            var search = new OqtantJobSearch
            {
                JobType = parse.GetValue(type) is { } t ? WireEnums.Parse<JobType>("--type", t) : null,
                Name = parse.GetValue(name),
                SubmitStart = WireEnums.Date("--submit-start", parse.GetValue(start)),
                SubmitEnd = WireEnums.Date("--submit-end", parse.GetValue(end)),
                Notes = parse.GetValue(notes),
                Limit = parse.GetValue(limit),
            };
            return await PrintSearchAsync(environment, parse.GetValue(common.Json), client, search, ct).ConfigureAwait(false);
        }, ct));
        return command;
    }

    private static Command Queue(CliEnvironment environment, CommonOptions common)
    {
        var type = new Option<string?>("--type") { Description = "Job type: " + WireEnum<JobType>.AllowedText + "." };
        var name = new Option<string?>("--name") { Description = "Job name." };
        var complete = new Option<bool>("--include-complete") { Description = "Also list the COMPLETE jobs." };
        var limit = LimitOption();
        limit.DefaultValueFactory = _ => OqtantClient.QueueStatusDefaultLimit;
        var command = new Command("queue",
            "Today's jobs still in the queue or not complete (get_queue_status): a search of jobs submitted since UTC midnight, COMPLETE ones left out unless --include-complete.")
        {
            type, name, complete, limit,
        };
        command.SetAction((parse, ct) => WithClientAsync(environment, common, parse, null, async client =>
        {
            if (parse.GetValue(limit) is < 1 or > 100)
            {
                throw new CliException($"--limit {parse.GetValue(limit)} is outside 1..100");
            }

            var search = new OqtantJobSearch
            {
                JobType = parse.GetValue(type) is { } t ? WireEnums.Parse<JobType>("--type", t) : null,
                Name = parse.GetValue(name),
                Limit = parse.GetValue(limit),
            };
            var items = await client.GetQueueStatusAsync(search, parse.GetValue(complete), ct).ConfigureAwait(false);
            await PrintItemsAsync(environment, parse.GetValue(common.Json), items).ConfigureAwait(false);
            return 0;
        }, ct));
        return command;
    }

    private static Command RawImagesCommand(CliEnvironment environment, CommonOptions common)
    {
        var id = IdArgument();
        var run = RunOption();
        var command = new Command("raw-images",
            "Show the raw camera images of one run (get_raw_images; default run 1): absorption probe and reference frames in photon counts, and the MOT image. --json prints them whole.")
        {
            id, run,
        };
        command.SetAction((parse, ct) => WithClientAsync(environment, common, parse, null, async client =>
        {
            var images = await client.GetRawImagesAsync(parse.GetValue(id)!, CheckRun(parse.GetValue(run)) ?? 1, ct).ConfigureAwait(false);
            if (parse.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(images, OqtantJsonContext.Default.IReadOnlyListRawImages))
                    .ConfigureAwait(false);
            }
            else
            {
                Tables.RawImages(Consoles.Create(environment.Out), images);
            }

            return 0;
        }, ct));
        return command;
    }

    private static async Task<int> PrintSearchAsync(CliEnvironment environment, bool json, OqtantClient client, OqtantJobSearch search, CancellationToken ct)
    {
        if (search.Limit is < 1 or > 100)
        {
            throw new CliException($"--limit {search.Limit} is outside 1..100");
        }

        var items = await client.GetJobsAsync(search, ct).ConfigureAwait(false);
        await PrintItemsAsync(environment, json, items).ConfigureAwait(false);
        return 0;
    }

    private static async Task PrintItemsAsync(CliEnvironment environment, bool json, IReadOnlyList<JobSummary> items)
    {
        if (json)
        {
            await environment.Out.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(new JobSearchPage { Items = items }, OqtantJsonContext.Default.JobSearchPage))
                .ConfigureAwait(false);
        }
        else
        {
            Tables.Jobs(Consoles.Create(environment.Out), items);
        }
    }

    private static Command Show(CliEnvironment environment, CommonOptions common)
    {
        var id = IdArgument();
        var run = RunOption();
        var pasqal = new Option<bool>("--pasqal")
        {
            Description = "The id is a Pasqal job (analog): show its batch, status, runs, variables, counts and errors (why it ended ERROR).",
        };
        var command = new Command("show", "Show a job: its status, times and inputs (one run; default run 1).") { id, run, pasqal };
        command.SetAction((parse, ct) => parse.GetValue(pasqal)
            ? BatchesCommand.ShowJobAsync(environment, common, parse, parse.GetValue(id)!, ct)
            : WithClientAsync(environment, common, parse, null, async client =>
        {
            var job = await client.GetJobAsync(parse.GetValue(id)!, CheckRun(parse.GetValue(run)) ?? 1, ct).ConfigureAwait(false);
            await PrintJobAsync(environment, parse.GetValue(common.Json), client, job, ct).ConfigureAwait(false);
            return 0;
        }, ct));
        return command;
    }

    private static Command Track(CliEnvironment environment, CommonOptions common)
    {
        var ids = new Argument<string[]>("job-ids") { Description = "The jobs' external ids.", Arity = ArgumentArity.OneOrMore };
        var poll = new Option<double>("--poll-seconds") { Description = "First delay between status polls (doubles up to 30 s).", DefaultValueFactory = _ => 2 };
        var command = new Command("track",
            "Follow jobs until each one ends (COMPLETE, FAILED, INCOMPLETE or CANCELLED), showing each status change. Exit code 0 when every job is COMPLETE, 3 when one is not.")
        {
            ids, poll,
        };
        command.SetAction((parse, ct) =>
        {
            var seconds = parse.GetValue(poll);
            return WithClientAsync(environment, common, parse, seconds, async client =>
            {
                var jobIds = parse.GetValue(ids)!;
                var json = parse.GetValue(common.Json);
                var console = Consoles.Create(json ? TextWriter.Null : environment.Out);
                var progress = new SyncProgress<OqtantJobUpdate>(u =>
                    console.MarkupLineInterpolated(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss}  {u.JobId}  [bold]{Tables.Status(u.Status)}[/]"));
                IReadOnlyList<OqtantJob> finals = [];
                await console.Status().StartAsync($"Tracking {jobIds.Length} job(s)…", async _ =>
                    finals = await client.TrackJobsAsync(jobIds, new OqtantTrackOptions(), progress, ct).ConfigureAwait(false)).ConfigureAwait(false);
                if (json)
                {
                    await environment.Out.WriteLineAsync("[" + string.Join(",", finals.Select(j => j.ToJson())) + "]").ConfigureAwait(false);
                }
                else
                {
                    Tables.Jobs(console, [.. finals.Select(Tables.Summary)]);
                }

                return Outcome(finals);
            }, ct);
        });
        return command;
    }

    /// <summary>Success when every tracked job ended COMPLETE; else names each other job and its status (exit code 3).</summary>
    private static int Outcome(IReadOnlyList<OqtantJob> finals)
    {
        var unsuccessful = finals.Where(j => j.Status != JobStatus.Complete).ToList();
        return unsuccessful.Count == 0
            ? ExitCodes.Success
            : throw new NotSuccessfulException(string.Create(CultureInfo.InvariantCulture,
                $"{unsuccessful.Count} of {finals.Count} job(s) did not end COMPLETE: {string.Join(", ", unsuccessful.Select(j => j.ExternalId + " " + Tables.Status(j.Status)))}"));
    }

    private static Command Cancel(CliEnvironment environment, CommonOptions common)
    {
        var id = IdArgument();
        var command = new Command("cancel", "Cancel a job, then show it.") { id };
        command.SetAction((parse, ct) => WithClientAsync(environment, common, parse, null, async client =>
        {
            var jobId = parse.GetValue(id)!;
            await client.CancelJobAsync(jobId, ct).ConfigureAwait(false);
            var job = await client.GetJobAsync(jobId, 1, ct).ConfigureAwait(false);
            if (!parse.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync($"Cancel requested for job {jobId}.").ConfigureAwait(false);
            }

            await PrintJobAsync(environment, parse.GetValue(common.Json), client, job, ct).ConfigureAwait(false);
            return 0;
        }, ct));
        return command;
    }

    private static Command Download(CliEnvironment environment, CommonOptions common)
    {
        var id = IdArgument();
        var run = RunOption();
        var directory = new Option<string>("--output-dir", "-o") { Description = "Directory of the files.", DefaultValueFactory = _ => "." };
        var file = new Option<string?>("--file") { Description = "File name stem instead of the job id (job files of runs add _run_<r>_of_<n>)." };
        var format = new Option<string[]>("--format")
        {
            Description = "What to write (repeatable): txt = job files in the Python client's format (default), csv / parquet = one table "
                + "of the runs' numbers (<id>.csv, <id>.parquet; columns in docs/client.md#export).",
            DefaultValueFactory = _ => [JobFile],
            AllowMultipleArgumentsPerToken = true,
        };
        format.AcceptOnlyFromAmong(JobFile, TableFiles.Csv, TableFiles.Parquet);
        var command = new Command("download",
            "Write a job (every run, or --run) to files: job files in the Python Oqtant client's format (<id>.txt, or <id>_run_<r>_of_<n>.txt) "
            + "and/or a CSV / Parquet table of the runs' numbers. Never overwrites.")
        {
            id, run, directory, file, format,
        };
        command.SetAction((parse, ct) => WithClientAsync(environment, common, parse, null, async client =>
        {
            var jobId = parse.GetValue(id)!;
            var only = CheckRun(parse.GetValue(run));
            var formats = parse.GetValue(format)!;
            var first = await client.GetJobAsync(jobId, only ?? 1, ct).ConfigureAwait(false);
            var count = first.InputCount ?? first.Inputs.Count;
            if (only > count)
            {
                throw new CliException($"--run {only} is outside 1..{count}: job {jobId} has {count} run(s)");
            }

            var jobs = new List<OqtantJob>();
            for (var r = only ?? 1; r <= (only ?? count); r++)
            {
                jobs.Add(r == (only ?? 1) ? first : await client.GetJobAsync(jobId, r, ct).ConfigureAwait(false));
            }

            var written = new List<string>();
            if (formats.Contains(JobFile))
            {
                foreach (var job in jobs)
                {
                    var path = Path.Combine(parse.GetValue(directory)!, OqtantJobFile.DefaultFileName(job, parse.GetValue(file)));
                    await OqtantJobFile.WriteAsync(job, path, ct).ConfigureAwait(false);
                    written.Add(path);
                }
            }

            var tables = formats.Where(f => f != JobFile).ToList();
            if (tables.Count > 0)
            {
                written.AddRange(await TableFiles.WriteAsync(MatterResultTable.FromJobs(jobs), parse.GetValue(directory)!,
                    parse.GetValue(file) ?? jobId, tables, ct).ConfigureAwait(false));
            }

            if (parse.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(written, CliJsonContext.Default.ListString)).ConfigureAwait(false);
            }
            else
            {
                foreach (var path in written)
                {
                    await environment.Out.WriteLineAsync($"Wrote {path} ({Tables.Status(first.Status)})").ConfigureAwait(false);
                }
            }

            return 0;
        }, ct));
        return command;
    }

    /// <summary>
    /// Prints a job: as the service's JSON (a failed run's reasons are in <c>inputs[0].errors</c>), or as tables with,
    /// for every run in <c>failed_inputs</c>, why it failed (each other failed run is read once for its reasons).
    /// </summary>
    private static async Task PrintJobAsync(CliEnvironment environment, bool json, OqtantClient client, OqtantJob job, CancellationToken ct)
    {
        if (json)
        {
            await environment.Out.WriteLineAsync(job.ToJson()).ConfigureAwait(false);
            return;
        }

        var failures = new Dictionary<int, IReadOnlyList<string>>();
        foreach (var run in job.FailedInputs ?? [])
        {
            var input = job.Inputs.FirstOrDefault(i => i.Run == run)
                ?? (await client.GetJobAsync(job.ExternalId!, run, ct).ConfigureAwait(false)).Inputs.FirstOrDefault();
            failures[run] = input?.Errors ?? [];
        }

        Tables.Job(Consoles.Create(environment.Out), job, failures);
    }

    private static int? CheckRun(int? run) =>
        run is < 1 ? throw new CliException($"--run {run} must be at least 1") : run;

    private static Task<int> WithClientAsync(CliEnvironment environment, CommonOptions common, ParseResult parse, double? pollSeconds,
        Func<OqtantClient, Task<int>> body, CancellationToken ct) =>
        CommandRunner.RunAsync(environment, async () =>
        {
            var target = await ServiceTarget.ResolveAsync(parse, common, environment, Backends.Oqtant, ct).ConfigureAwait(false);
            if (pollSeconds is <= 0 or > 3600)
            {
                throw new CliException(string.Create(CultureInfo.InvariantCulture, $"--poll-seconds {pollSeconds} is outside (0, 3600]"));
            }

            var options = new OqtantClientOptions { Endpoint = target.OqtantEndpoint };
            if (pollSeconds is { } s)
            {
                options.PollInterval = TimeSpan.FromSeconds(s);
            }

            OqtantClient client;
            try
            {
                client = OqtantClient.Create(target.Token, options);
            }
            catch (ArgumentException)
            {
                throw new CliException("the token is not an Oqtant token: it has no user id ('sub' claim); run 'qdsl login' or pass another --token");
            }

            using (client)
            {
                return await body(client).ConfigureAwait(false);
            }
        }, ct);
}
