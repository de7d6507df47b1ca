using System.Globalization;
using System.Runtime.CompilerServices;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Oqtant;

public sealed partial class OqtantClient
{
    /// <summary>True when a job can no longer change; use <see cref="JobStatusExtensions.IsTerminal(JobStatus)"/> (<c>status.IsTerminal()</c>).</summary>
    [Obsolete("Use the extension method status.IsTerminal() (QuantumDsl.Matter.JobStatusExtensions), as for Pasqal's statuses.")]
    public static bool IsTerminal(JobStatus status) => status.IsTerminal();

    /// <summary>
    /// Submits jobs in order (<c>run_jobs</c>) and returns their ids. Lists longer than
    /// <see cref="OqtantClientOptions.RunListLimit"/> (30) are split into several runs, which is logged, since they may
    /// not run back to back. With <see cref="OqtantTrackOptions.TrackStatus"/> waits for every job (and writes files
    /// when asked).
    /// </summary>
    public async Task<IReadOnlyList<string>> RunJobsAsync(IReadOnlyList<MatterJob> jobs, OqtantTrackOptions? options = null,
        IProgress<OqtantJobUpdate>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        options ??= new OqtantTrackOptions { TrackStatus = false };
        CheckFileNames(options, jobs.Count);
        var limit = Options.RunListLimit;
        if (jobs.Count > limit)
        {
            LogSplit(_logger, jobs.Count, limit, (jobs.Count + limit - 1) / limit);
        }

        var since = DateTimeOffset.UtcNow.AddMinutes(-5);
        var ids = new List<string>(jobs.Count);
        foreach (var job in jobs)
        {
            var submitted = await SubmitJobAsync(job, cancellationToken: cancellationToken).ConfigureAwait(false);
            ids.Add(submitted.JobId);
            progress?.Report(new OqtantJobUpdate(submitted.JobId, JobStatus.Pending));
        }

        if (options.TrackStatus)
        {
            await TrackCoreAsync(ids, options, progress, since, cancellationToken).ConfigureAwait(false);
        }

        return ids;
    }

    /// <summary>Waits until every job ends, reporting each status change (<c>track_jobs</c>); writes files when asked. Returns the jobs (run 1).</summary>
    public Task<IReadOnlyList<OqtantJob>> TrackJobsAsync(IReadOnlyList<string> jobIds, OqtantTrackOptions? options = null,
        IProgress<OqtantJobUpdate>? progress = null, CancellationToken cancellationToken = default) =>
        TrackCoreAsync(jobIds, options, progress, null, cancellationToken);

    private async Task<IReadOnlyList<OqtantJob>> TrackCoreAsync(IReadOnlyList<string> jobIds, OqtantTrackOptions? options,
        IProgress<OqtantJobUpdate>? progress, DateTimeOffset? submittedSince, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        options ??= new OqtantTrackOptions();
        CheckFileNames(options, jobIds.Count);
        var finals = new Dictionary<string, OqtantJob>(StringComparer.Ordinal);
        await foreach (var update in WatchJobsAsync(jobIds, submittedSince, cancellationToken).ConfigureAwait(false))
        {
            progress?.Report(update);
            if (update.Job is { } job)
            {
                finals[update.JobId] = job;
                Remember(job);
                if (options.Write)
                {
                    var index = IndexOf(jobIds, update.JobId);
                    await WriteAllRunsAsync(job, options.FileNames?[index], options.Directory, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return [.. jobIds.Select(id => finals[id])];
    }

    /// <summary>
    /// Streams status changes of the given jobs until all have ended; each terminal update carries the job (run 1).
    /// Statuses come from the search endpoint (<c>GET /jobs?submit_start=…</c>, up to 100 jobs per request) — the
    /// Oqtant API has no list-by-ids call — and only jobs the search did not return are read one by one. Each change
    /// from a status seen before is logged (Information; from PENDING for jobs <see cref="RunJobsAsync"/> just
    /// submitted), and each failed run of a job that ended (Debug).
    /// </summary>
    public IAsyncEnumerable<OqtantJobUpdate> WatchJobsAsync(IReadOnlyList<string> jobIds, CancellationToken cancellationToken = default) =>
        WatchJobsAsync(jobIds, null, cancellationToken);

    internal async IAsyncEnumerable<OqtantJobUpdate> WatchJobsAsync(IReadOnlyList<string> jobIds, DateTimeOffset? submittedSince,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        var pending = new HashSet<string>(jobIds, StringComparer.Ordinal);
        var last = new Dictionary<string, JobStatus>(StringComparer.Ordinal);
        var submitTimes = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var delay = Options.PollInterval;
        while (pending.Count > 0)
        {
            var statuses = await PollStatusesAsync(pending, submitTimes, submittedSince, cancellationToken).ConfigureAwait(false);
            foreach (var (id, status) in statuses)
            {
                var seen = last.TryGetValue(id, out var before);
                if (seen && before == status)
                {
                    continue;
                }

                // The status this change is from: the last one seen, or PENDING for a job RunJobsAsync just submitted.
                JobStatus? previous = seen ? before : submittedSince is null ? null : JobStatus.Pending;

                last[id] = status;
                if (!status.IsTerminal())
                {
                    LogStatusSeen(id, previous, status);
                    yield return new OqtantJobUpdate(id, status);
                    continue;
                }

                var job = await GetJobAsync(id, 1, cancellationToken).ConfigureAwait(false);
                LogStatusSeen(id, previous, job.Status, job.FailedInputs);
                pending.Remove(id);
                yield return new OqtantJobUpdate(id, job.Status, job);
            }

            if (pending.Count == 0)
            {
                yield break;
            }

            delay = await PollBackoff.WaitAsync(delay, Options.MaxPollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>One polling round: a search page for the window of pending jobs, then single reads for any it missed.</summary>
    private async Task<List<(string Id, JobStatus Status)>> PollStatusesAsync(HashSet<string> pending,
        Dictionary<string, DateTimeOffset> submitTimes, DateTimeOffset? submittedSince, CancellationToken cancellationToken)
    {
        var result = new List<(string, JobStatus)>(pending.Count);
        var missing = new HashSet<string>(pending, StringComparer.Ordinal);
        var known = pending.Where(submitTimes.ContainsKey).Select(id => submitTimes[id]).ToList();
        DateTimeOffset? since = known.Count == pending.Count && known.Count > 0 ? known.Min().AddSeconds(-1) : submittedSince;
        if (since is not null && pending.Count > 1)
        {
            var items = await GetJobsAsync(new OqtantJobSearch { SubmitStart = since, Limit = 100 }, cancellationToken).ConfigureAwait(false);
            foreach (var item in items)
            {
                if (item.ExternalId is { } id && missing.Remove(id))
                {
                    result.Add((id, item.Status));
                    if (item.TimeSubmit is { } t)
                    {
                        submitTimes[id] = new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc));
                    }
                }
            }
        }

        foreach (var id in missing.Order(StringComparer.Ordinal))
        {
            var job = await GetJobAsync(id, 1, cancellationToken).ConfigureAwait(false);
            if (job.TimeSubmit is { } t)
            {
                submitTimes[id] = new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc));
            }

            result.Add((id, job.Status));
        }

        return result;
    }

    private async Task WriteAllRunsAsync(OqtantJob job, string? fileName, string? directory, CancellationToken cancellationToken)
    {
        var runs = job.InputCount ?? 1;
        for (var run = 1; run <= runs; run++)
        {
            var one = run == 1 ? job : await GetJobAsync(job.ExternalId!, run, cancellationToken).ConfigureAwait(false);
            var name = OqtantJobFile.DefaultFileName(one, fileName);
            await OqtantJobFile.WriteAsync(one, Path.Combine(directory ?? ".", name), cancellationToken).ConfigureAwait(false);
        }
    }

    private static void CheckFileNames(OqtantTrackOptions options, int jobs)
    {
        if (options.FileNames is { } names && names.Count != jobs)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"FileNames has {names.Count} names for {jobs} jobs: give one name per job."), nameof(options));
        }
    }

    private static int IndexOf(IReadOnlyList<string> ids, string id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (string.Equals(ids[i], id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
