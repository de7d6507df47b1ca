using System.CommandLine;
using System.Text.Json;
using QuantumDsl.Cli.Hosting;
using QuantumDsl.Cli.Output;
using QuantumDsl.Client;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Export;

namespace QuantumDsl.Cli.Commands;

/// <summary><c>qdsl batches list|show|cancel|rebatch|download</c>: Pasqal Cloud batches (the real service or the emulator).</summary>
internal static class BatchesCommand
{

    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var batches = new Command("batches", "Pasqal batches: list, show, cancel, rebatch, download.");
        batches.Subcommands.Add(List(environment, common));
        batches.Subcommands.Add(Show(environment, common));
        batches.Subcommands.Add(Cancel(environment, common));
        batches.Subcommands.Add(Rebatch(environment, common));
        batches.Subcommands.Add(Download(environment, common));
        return batches;
    }

    private static Argument<string> IdArgument() => new("batch-id") { Description = "The batch id." };

    private static Command List(CliEnvironment environment, CommonOptions common)
    {
        var ids = new Option<string[]>("--id") { Description = "Only these batch ids (repeatable)." };
        var project = new Option<string?>("--project-id") { Description = "Only this project." };
        var users = new Option<string[]>("--user-id") { Description = "Only these users (repeatable)." };
        var device = new Option<string?>("--device-type") { Description = "Only this device type, e.g. FRESNEL, EMU_FREE, EMU_MPS." };
        var status = new Option<string[]>("--status") { Description = "Only these statuses (repeatable): " + WireEnum<PasqalBatchStatus>.AllowedText + "." };
        var open = new Option<string?>("--open")
        {
            Description = "Only open (true) or closed (false) batches; --open alone means true.",
            Arity = ArgumentArity.ZeroOrOne,
            CustomParser = ParseOpen,
        };
        var start = new Option<string?>("--start-date") { Description = "Created at or after (ISO 8601)." };
        var end = new Option<string?>("--end-date") { Description = "Created at or before (ISO 8601)." };
        var priority = new Option<string?>("--queue-priority") { Description = "Only this queue priority: LOW, MEDIUM, HIGH." };
        var tag = new Option<string?>("--tag") { Description = "Only batches with this tag." };
        var offset = new Option<int>("--offset") { Description = "Skip this many batches (newest first).", DefaultValueFactory = _ => 0 };
        var limit = new Option<int>("--limit") { Description = "At most this many batches (fetched page by page).", DefaultValueFactory = _ => 100 };
        var command = new Command("list", "List batches, newest first, with the client's filters and pagination.")
        {
            ids, project, users, device, status, open, start, end, priority, tag, offset, limit,
        };
        command.SetAction((parse, ct) => WithClientAsync(environment, common, parse, async client =>
        {
            if (parse.GetValue(offset) < 0)
            {
                throw new CliException($"--offset {parse.GetValue(offset)} must be at least 0");
            }

            if (parse.GetValue(limit) < 1)
            {
                throw new CliException($"--limit {parse.GetValue(limit)} must be at least 1");
            }

            var filters = new PasqalBatchFilters
            {
                Ids = NullIfEmpty(parse.GetValue(ids)),
                ProjectId = parse.GetValue(project),
                UserIds = NullIfEmpty(parse.GetValue(users)),
                DeviceType = parse.GetValue(device),
                Status = NullIfEmpty(parse.GetValue(status))?.Select(s => WireEnums.Parse<PasqalBatchStatus>("--status", s)).ToList(),
                Open = parse.GetValue(open) is { } openValue ? openValue == "true" : null,
                StartDate = WireEnums.Date("--start-date", parse.GetValue(start)),
                EndDate = WireEnums.Date("--end-date", parse.GetValue(end)),
                QueuePriority = parse.GetValue(priority) is { } p ? WireEnums.Parse<PasqalQueuePriority>("--queue-priority", p) : null,
                Tag = parse.GetValue(tag),
            };
            var items = new List<PasqalBatchInfo>();
            var total = 0;
            await foreach (var page in client.GetBatchesAsync(filters, parse.GetValue(offset), parse.GetValue(limit)).AsPages(ct).ConfigureAwait(false))
            {
                items.AddRange(page.Values);
                total = page.Total;
            }

            if (parse.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(JsonSerializer.Serialize(items, CliJsonContext.Default.ListPasqalBatchInfo)).ConfigureAwait(false);
            }
            else
            {
                Tables.Batches(Consoles.Create(environment.Out), items, parse.GetValue(offset), total);
            }

            return 0;
        }, ct));
        return command;
    }

    private static Command Show(CliEnvironment environment, CommonOptions common)
    {
        var id = IdArgument();
        var command = new Command("show", "Show a batch and its jobs (in creation order), with each finished job's most frequent bitstrings.") { id };
        command.SetAction((parse, ct) => WithClientAsync(environment, common, parse, async client =>
        {
            var (batch, jobs) = await BatchWithJobsAsync(client, parse.GetValue(id)!, ct).ConfigureAwait(false);
            if (parse.GetValue(common.Json))
            {
                await PrintBatchAsync(environment, json: true, batch with { Jobs = jobs }).ConfigureAwait(false);
            }
            else
            {
                Tables.Batch(Consoles.Create(environment.Out), batch, jobs, await ResultsAsync(client, jobs, ct).ConfigureAwait(false));
            }

            return 0;
        }, ct));
        return command;
    }

    private static Command Download(CliEnvironment environment, CommonOptions common)
    {
        var id = IdArgument();
        var directory = new Option<string>("--output-dir", "-o") { Description = "Directory of the files.", DefaultValueFactory = _ => "." };
        var file = new Option<string?>("--file") { Description = "File name stem instead of the batch id." };
        var format = new Option<string[]>("--format")
        {
            Description = "Table format (repeatable): csv (default) or parquet.",
            DefaultValueFactory = _ => [TableFiles.Csv],
            AllowMultipleArgumentsPerToken = true,
        };
        format.AcceptOnlyFromAmong(TableFiles.Csv, TableFiles.Parquet);
        var command = new Command("download",
            "Write a batch's results as a table: one row per measured bitstring of each job (<id>.csv and/or <id>.parquet; columns in "
            + "docs/client.md#export); a job without a result is one row saying why. Never overwrites.")
        {
            id, directory, file, format,
        };
        command.SetAction((parse, ct) => WithClientAsync(environment, common, parse, async client =>
        {
            var (batch, jobs) = await BatchWithJobsAsync(client, parse.GetValue(id)!, ct).ConfigureAwait(false);
            var table = AnalogResultTable.FromJobs(jobs, await ResultsAsync(client, jobs, ct).ConfigureAwait(false));
            var written = await TableFiles.WriteAsync(table, parse.GetValue(directory)!, parse.GetValue(file) ?? batch.Id, parse.GetValue(format)!, ct)
                .ConfigureAwait(false);
            if (parse.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(JsonSerializer.Serialize(written.ToList(), CliJsonContext.Default.ListString)).ConfigureAwait(false);
            }
            else
            {
                foreach (var path in written)
                {
                    await environment.Out.WriteLineAsync($"Wrote {path} ({jobs.Count} job(s), {table.RowCount} row(s))").ConfigureAwait(false);
                }
            }

            return 0;
        }, ct));
        return command;
    }

    private static async Task<(PasqalBatchInfo Batch, List<PasqalJobInfo> Jobs)> BatchWithJobsAsync(PasqalClient client, string batchId, CancellationToken ct)
    {
        var batch = await client.GetBatchAsync(batchId, ct).ConfigureAwait(false);
        var jobs = new List<PasqalJobInfo>();
        await foreach (var job in client.GetJobsAsync(new PasqalJobFilters { BatchId = batch.Id }, creationOrder: true).WithCancellation(ct).ConfigureAwait(false))
        {
            jobs.Add(job);
        }

        return (batch.Value, jobs);
    }

    /// <summary>The downloaded result of every DONE job (by job id); other jobs have none.</summary>
    private static async Task<Dictionary<string, PasqalJobResult?>> ResultsAsync(PasqalClient client, IReadOnlyList<PasqalJobInfo> jobs, CancellationToken ct)
    {
        var results = new Dictionary<string, PasqalJobResult?>(StringComparer.Ordinal);
        foreach (var job in jobs.Where(j => j.Status == PasqalJobStatus.Done))
        {
            results[job.Id] = await client.GetJobResultAsync(job.Id, ct).ConfigureAwait(false);
        }

        return results;
    }

    private static Command Cancel(CliEnvironment environment, CommonOptions common)
    {
        var id = IdArgument();
        var command = new Command("cancel", "Cancel a batch (its pending jobs are cancelled).") { id };
        command.SetAction((parse, ct) => WithClientAsync(environment, common, parse, async client =>
        {
            var batch = await client.CancelBatchAsync(parse.GetValue(id)!, ct).ConfigureAwait(false);
            await PrintBatchAsync(environment, parse.GetValue(common.Json), batch).ConfigureAwait(false);
            return 0;
        }, ct));
        return command;
    }

    private static Command Rebatch(CliEnvironment environment, CommonOptions common)
    {
        var id = IdArgument();
        var jobIds = new Option<string[]>("--job-id") { Description = "Only these jobs (repeatable)." };
        var status = new Option<string[]>("--status") { Description = "Only jobs in these statuses (repeatable): " + WireEnum<PasqalJobStatus>.AllowedText + "." };
        var minRuns = new Option<int?>("--min-runs") { Description = "Only jobs with at least this many runs." };
        var maxRuns = new Option<int?>("--max-runs") { Description = "Only jobs with at most this many runs." };
        var start = new Option<string?>("--start-date") { Description = "Only jobs created at or after (ISO 8601)." };
        var end = new Option<string?>("--end-date") { Description = "Only jobs created at or before (ISO 8601)." };
        var command = new Command("rebatch", "Retry jobs of a closed batch in a new batch (parent_id = the old one); no filter = every job.")
        {
            id, jobIds, status, minRuns, maxRuns, start, end,
        };
        command.SetAction((parse, ct) => WithClientAsync(environment, common, parse, async client =>
        {
            var filters = new PasqalRebatchFilters
            {
                Ids = NullIfEmpty(parse.GetValue(jobIds)),
                Status = NullIfEmpty(parse.GetValue(status))?.Select(s => WireEnums.Parse<PasqalJobStatus>("--status", s)).ToList(),
                MinRuns = parse.GetValue(minRuns),
                MaxRuns = parse.GetValue(maxRuns),
                StartDate = WireEnums.Date("--start-date", parse.GetValue(start)),
                EndDate = WireEnums.Date("--end-date", parse.GetValue(end)),
            };
            var batch = await client.RebatchAsync(WaitUntil.Started, parse.GetValue(id)!, filters, ct).ConfigureAwait(false);
            if (!parse.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync($"Created batch {batch.Id} from {parse.GetValue(id)}.").ConfigureAwait(false);
            }

            await PrintBatchAsync(environment, parse.GetValue(common.Json), batch.Value).ConfigureAwait(false);
            return 0;
        }, ct));
        return command;
    }

    /// <summary><c>qdsl jobs show --pasqal</c>: one Pasqal job (its batch, status, runs, variables, counts, errors), or its JSON.</summary>
    public static Task<int> ShowJobAsync(CliEnvironment environment, CommonOptions common, ParseResult parse, string jobId, CancellationToken ct) =>
        WithClientAsync(environment, common, parse, async client =>
        {
            var job = await client.GetJobAsync(jobId, ct).ConfigureAwait(false);
            if (parse.GetValue(common.Json))
            {
                await environment.Out.WriteLineAsync(JsonSerializer.Serialize(job, CliJsonContext.Default.PasqalJobInfo)).ConfigureAwait(false);
            }
            else
            {
                Tables.PasqalJob(Consoles.Create(environment.Out), job, await ResultsAsync(client, [job], ct).ConfigureAwait(false));
            }

            return 0;
        }, ct);

    private static async Task PrintBatchAsync(CliEnvironment environment, bool json, PasqalBatchInfo batch)
    {
        if (json)
        {
            await environment.Out.WriteLineAsync(JsonSerializer.Serialize(batch, CliJsonContext.Default.PasqalBatchInfo)).ConfigureAwait(false);
        }
        else
        {
            Tables.Batch(Consoles.Create(environment.Out), batch, batch.Jobs ?? []);
        }
    }

    private static List<string>? NullIfEmpty(string[]? values) => values is { Length: > 0 } ? [.. values] : null;

    private static Task<int> WithClientAsync(CliEnvironment environment, CommonOptions common, ParseResult parse, Func<PasqalClient, Task<int>> body,
        CancellationToken ct) =>
        CommandRunner.RunAsync(environment, async () =>
        {
            var target = await ServiceTarget.ResolveAsync(parse, common, environment, Backends.Pasqal, ct).ConfigureAwait(false);
            using var client = PasqalClient.Create(new PasqalClientOptions { Endpoint = target.PasqalEndpoint, Token = target.Token });
            return await body(client).ConfigureAwait(false);
        }, ct);

    /// <summary>
    /// <c>--open</c>'s value, "true" or "false" (nothing means true); anything else is a usage error naming the values (a
    /// bool option would leave an unparsable value as a stray argument).
    /// </summary>
    private static string? ParseOpen(System.CommandLine.Parsing.ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return "true";
        }

        var text = result.Tokens[0].Value;
        if (bool.TryParse(text, out var value))
        {
            return value ? "true" : "false";
        }

        result.AddError($"--open '{text}' is not one of true, false (or --open alone for true)");
        return null;
    }
}
