using System.Runtime.CompilerServices;
using System.Text.Json;
using QuantumDsl.Client;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Matter;

namespace QuantumDsl;

/// <summary>
/// Runs matter (Oqtant) sweeps: points become inputs, grouped into jobs of at most 30 inputs of one job type, tracked
/// by search pages, resumable through the run journal.
/// </summary>
public static class MatterSweepRunner
{
    /// <summary>Runs every point and returns each with its output or failure, in sweep order.</summary>
    public static Task<SweepResults<T, MatterPointOutput>> RunAsync<T>(this IReadOnlyList<T> sweep, QuantumClient client,
        IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
        where T : IMatterExperiment
    {
        ArgumentNullException.ThrowIfNull(client);
        return RunAsync(sweep, client.Oqtant, client.RunOptions, progress, cancellationToken);
    }

    /// <summary>Runs every point on <paramref name="client"/> with explicit options.</summary>
    public static Task<SweepResults<T, MatterPointOutput>> RunAsync<T>(this IReadOnlyList<T> sweep, OqtantClient client,
        SweepRunOptions? options = null, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
        where T : IMatterExperiment
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(client);
        return SweepResults<T, MatterPointOutput>.CollectAsync(WatchAsync(sweep, client, options, cancellationToken), sweep.Count, progress,
            client.ObserveRetries);
    }

    /// <summary>Runs the sweep as a stream of updates: each job status change and each finished point.</summary>
    public static IAsyncEnumerable<SweepUpdate<T, MatterPointOutput>> WatchAsync<T>(this IReadOnlyList<T> sweep, QuantumClient client,
        CancellationToken cancellationToken = default)
        where T : IMatterExperiment
    {
        ArgumentNullException.ThrowIfNull(client);
        return WatchAsync(sweep, client.Oqtant, client.RunOptions, cancellationToken);
    }

    /// <summary>
    /// Runs the sweep on <paramref name="client"/> as a stream of updates. The first update says whether this is a
    /// fresh run (status <c>STARTED</c>) and each job of an earlier run re-attached to is an update with status
    /// <c>REATTACHED</c>; both carry a <see cref="SweepProgress.Note"/>, also logged (event ids 4001–4003).
    /// </summary>
    public static IAsyncEnumerable<SweepUpdate<T, MatterPointOutput>> WatchAsync<T>(this IReadOnlyList<T> sweep, OqtantClient client,
        SweepRunOptions? options = null, CancellationToken cancellationToken = default)
        where T : IMatterExperiment
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(client);
        options ??= new SweepRunOptions();
        return SweepBudget.WithinAsync(ct => RunCoreAsync(sweep, client, options, ct), options.Timeout, cancellationToken);
    }

    private static async IAsyncEnumerable<SweepUpdate<T, MatterPointOutput>> RunCoreAsync<T>(IReadOnlyList<T> sweep, OqtantClient client,
        SweepRunOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : IMatterExperiment
    {
        var state = new Tally(sweep.Count);
        var inputs = new MatterInput?[sweep.Count];
        var invalid = new List<PointResult<T, MatterPointOutput>>();
        for (var i = 0; i < sweep.Count; i++)
        {
            try
            {
                inputs[i] = sweep[i].ToInput();
            }
            catch (ExperimentValidationException e)
            {
                invalid.Add(new PointResult<T, MatterPointOutput>(i, sweep[i], null, new PointFailure("invalid point: " + e.Message)));
            }
        }

        foreach (var bad in invalid)
        {
            yield return new SweepUpdate<T, MatterPointOutput>(state.Fail(), null, null, bad);
        }

        var chunks = Chunk(inputs, options.MaxInputsPerJob);
        if (chunks.Count == 0)
        {
            yield break;
        }

        var name = sweep[0].JobName;
        var key = new JournalKey("matter", client.Endpoint, "user:" + client.UserId, Hash(name, inputs, options.RunName));
        var journal = RunJournal.Open(options.JournalDirectory, key, options.NewRun);
        if (!journal.HasRemoteWork)
        {
            var note = SweepLog.Started(client.Logger, journal, options.NewRun, "matter", chunks.Sum(c => c.Count), chunks.Count, "job", client.Endpoint);
            yield return new SweepUpdate<T, MatterPointOutput>(state.Now with { Note = note }, null, SweepStatus.Started, null);
        }

        var ids = new string[chunks.Count];
        var byJob = new Dictionary<string, IReadOnlyList<int>>(StringComparer.Ordinal);
        using var activity = ClientTelemetry.Source.StartActivity("matter sweep");
        activity?.SetTag("quantumdsl.points", sweep.Count);
        activity?.SetTag("quantumdsl.jobs", chunks.Count);

        try
        {
            for (var c = 0; c < chunks.Count; c++)
            {
                var entry = journal.Find(c) ?? journal.Intend(c, chunks[c]);
                string? note = null;
                var status = SweepStatus.Submitted;
                if (entry.RemoteId is { } known)
                {
                    if (await LookUpAsync(client, known, chunks[c].Count, cancellationToken).ConfigureAwait(false) is { } found)
                    {
                        note = SweepLog.Reattached(client.Logger, "job", known, found.SubmittedAt, found.Done, chunks[c].Count);
                        status = SweepStatus.Reattached;
                    }
                    else
                    {
                        note = SweepLog.Unknown(client.Logger, "job", known, client.Endpoint, chunks[c].Count);
                        entry = journal.Forget(c);
                    }
                }

                if (entry.RemoteId is null)
                {
                    var job = MatterJob.Create(name, chunks[c].Select(i => inputs[i]!));
                    var created = await client.SubmitJobAsync(job, entry.IdempotencyKey, cancellationToken).ConfigureAwait(false);
                    journal.Assigned(c, created.JobId);
                    entry = entry with { RemoteId = created.JobId };
                }

                ids[c] = entry.RemoteId;
                byJob[entry.RemoteId] = chunks[c];
                yield return new SweepUpdate<T, MatterPointOutput>(state.Submit(chunks[c].Count) with { Note = note }, entry.RemoteId, status, null);
            }

            await foreach (var update in client.WatchJobsAsync(ids, journal.CreatedAt.AddMinutes(-5), cancellationToken).ConfigureAwait(false))
            {
                if (update.Job is null)
                {
                    yield return new SweepUpdate<T, MatterPointOutput>(state.Now, update.JobId, SweepStatus.Of(update.Status), null);
                    continue;
                }

                // A cancelled job keeps the outputs of the runs that finished before the cancel (runs run in order): only
                // the rest are cancelled. COMPLETE and INCOMPLETE jobs have an output (or a failure) per run.
                var points = byJob[update.JobId];
                var withOutputs = update.Status is JobStatus.Complete or JobStatus.Incomplete or JobStatus.Failed or JobStatus.Cancelled;
                var cancelledFrom = int.MaxValue;
                for (var run = 1; run <= points.Count; run++)
                {
                    var index = points[run - 1];
                    // The run's input carries its output, or (failed runs) the reasons in its errors.
                    var input = withOutputs && run < cancelledFrom
                        ? (run == 1 ? update.Job : await client.GetJobAsync(update.JobId, run, cancellationToken).ConfigureAwait(false))
                            .Inputs.FirstOrDefault()
                        : null;
                    var output = input?.Output;
                    if (output is null && update.Status == JobStatus.Cancelled)
                    {
                        cancelledFrom = Math.Min(cancelledFrom, run);
                    }

                    var reason = update.Status == JobStatus.Cancelled
                        ? $"job {update.JobId} was cancelled before run {run} finished"
                        : input?.Errors is { Count: > 0 } errors
                            ? $"run {run} failed: {string.Join("; ", errors)}"
                            : $"job ended {WireEnum<JobStatus>.Name(update.Status)} without an output for run {run}";
                    var result = output is null
                        ? new PointResult<T, MatterPointOutput>(index, sweep[index], null, new PointFailure(reason, update.JobId, WireEnum<JobStatus>.Name(update.Status)))
                        : new PointResult<T, MatterPointOutput>(index, sweep[index], new MatterPointOutput(update.JobId, run, output.Values), null);
                    yield return new SweepUpdate<T, MatterPointOutput>(result.Succeeded ? state.Complete() : state.Fail(), update.JobId, SweepStatus.Of(update.Status), result);
                }
            }
        }
        finally
        {
            if (cancellationToken.IsCancellationRequested && options.CancelRemoteOnCancellation)
            {
                foreach (var id in ids.Where(i => i is not null))
                {
                    try
                    {
                        await client.CancelJobAsync(id, CancellationToken.None).ConfigureAwait(false);
                    }
                    catch (QuantumServiceException)
                    {
                        // Already ended or gone: nothing left to cancel.
                    }
                }
            }
        }
    }

    /// <summary>
    /// An earlier run's job on the service: when it was submitted and how many of its points already ended (all once
    /// the job ended; while it runs, the runs with an output, which run in order); null when the service answers 404.
    /// </summary>
    private static async Task<(DateTimeOffset? SubmittedAt, int Done)?> LookUpAsync(OqtantClient client, string jobId, int points,
        CancellationToken cancellationToken)
    {
        OqtantJob job;
        try
        {
            job = await client.GetJobAsync(jobId, 1, cancellationToken).ConfigureAwait(false);
        }
        catch (QuantumServiceException e) when (e.Status == 404)
        {
            return null;
        }

        DateTimeOffset? submitted = job.TimeSubmit is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null;
        if (OqtantClient.IsTerminal(job.Status))
        {
            return (submitted, points);
        }

        var done = 0;
        if (job.Status == JobStatus.Running)
        {
            for (var run = 1; run <= points; run++)
            {
                var one = run == 1 ? job : await client.GetJobAsync(jobId, run, cancellationToken).ConfigureAwait(false);
                if (one.Inputs.FirstOrDefault()?.Output is null)
                {
                    break;
                }

                done++;
            }
        }

        return (submitted, done);
    }

    /// <summary>Consecutive valid points of one job type, at most <paramref name="size"/> per job.</summary>
    private static List<IReadOnlyList<int>> Chunk(MatterInput?[] inputs, int size)
    {
        var chunks = new List<IReadOnlyList<int>>();
        var current = new List<int>();
        JobType? type = null;
        for (var i = 0; i < inputs.Length; i++)
        {
            if (inputs[i] is not { } input)
            {
                continue;
            }

            if (current.Count == size || (type is not null && type != input.JobType))
            {
                chunks.Add(current);
                current = [];
            }

            type = input.JobType;
            current.Add(i);
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }

    private static string Hash(string name, MatterInput?[] inputs, string? runName) =>
        RunJournal.HashOf(new[] { "matter", name, runName ?? "" }.Concat(inputs.Select(i =>
            i is null ? "invalid" : JsonSerializer.Serialize(i.Values, OqtantJsonContext.Default.InputValues) + "|" + i.Notes)));

}

/// <summary>Counts of a running sweep.</summary>
internal sealed class Tally(int total)
{
    private int _submitted;
    private int _completed;
    private int _failed;

    public SweepProgress Now => new(total, _submitted, _completed, _failed);

    public SweepProgress Submit(int points)
    {
        _submitted += points;
        return Now;
    }

    public SweepProgress Complete()
    {
        _completed++;
        ClientTelemetry.PointsCompleted.Add(1);
        return Now;
    }

    public SweepProgress Fail()
    {
        _failed++;
        return Now;
    }
}
