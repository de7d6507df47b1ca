using Microsoft.Extensions.Logging;

namespace QuantumDsl.Client.Pasqal;

/// <summary>
/// A batch as a long-running operation (the SDK's <c>Batch</c>): its latest state, its jobs in creation order,
/// and the calls that act on it. Not thread-safe; one handle per caller.
/// </summary>
public sealed class PasqalBatchOperation
{
    private readonly PasqalClient _client;
    private (int Total, int Ended)? _lastEnded;

    internal PasqalBatchOperation(PasqalClient client, PasqalBatchInfo batch)
    {
        _client = client;
        Value = batch;
        Jobs = batch.Jobs ?? [];
    }

    /// <summary>The batch id.</summary>
    public string Id => Value.Id;

    /// <summary>The batch as last read from the service.</summary>
    public PasqalBatchInfo Value { get; private set; }

    /// <summary>The batch's jobs in creation order, as last read (<c>ordered_jobs</c>).</summary>
    public IReadOnlyList<PasqalJobInfo> Jobs { get; private set; }

    /// <summary>True when the batch has ended, or every job it has so far has ended (an open batch stays usable).</summary>
    public bool HasCompleted =>
        Value.Status.IsTerminal() || (Jobs.Count > 0 && Jobs.All(j => j.Status.IsTerminal()) && (Value.Open || Jobs.Count >= (Value.JobIds?.Count ?? 0)));

    /// <summary>
    /// Re-reads the batch (one request) and, only when more of its jobs have ended since the last read (from
    /// <c>jobs_count_per_status</c>), its job list in creation order (one request per 100 jobs). Each status change
    /// seen since the previous read is logged: the batch's (Information), its jobs' (Debug).
    /// </summary>
    public async Task<PasqalBatchInfo> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        var batch = await _client.GetBatchInfoAsync(Id, cancellationToken).ConfigureAwait(false);
        var previous = Value.Status;
        Value = batch;
        if (batch.Status != previous)
        {
            PasqalClient.LogBatchStatusChanged(_client.Logger, Id, WireEnum<PasqalBatchStatus>.Name(previous), WireEnum<PasqalBatchStatus>.Name(batch.Status));
        }

        var ended = Ended(batch.JobsCountPerStatus);
        if (ended is null || ended != _lastEnded || Jobs.Count == 0)
        {
            var before = Jobs;
            Jobs = await ListJobsAsync(cancellationToken).ConfigureAwait(false);
            LogJobChanges(before, Jobs);
        }

        _lastEnded = ended;
        return batch;
    }

    private void LogJobChanges(IReadOnlyList<PasqalJobInfo> before, IReadOnlyList<PasqalJobInfo> after)
    {
        if (before.Count == 0 || !_client.Logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        var known = new Dictionary<string, PasqalJobStatus>(before.Count, StringComparer.Ordinal);
        foreach (var job in before)
        {
            known[job.Id] = job.Status;
        }

        foreach (var job in after)
        {
            if (known.TryGetValue(job.Id, out var status) && status != job.Status)
            {
                PasqalClient.LogJobStatusChanged(_client.Logger, job.Id, Id, WireEnum<PasqalJobStatus>.Name(status), WireEnum<PasqalJobStatus>.Name(job.Status));
            }
        }
    }

    /// <summary>(jobs in the batch, jobs that ended), or null when the service does not send counts.</summary>
    private static (int Total, int Ended)? Ended(IReadOnlyDictionary<string, int>? counts) =>
        counts is null ? null : (counts.Values.Sum(), counts.Where(kv => kv.Key is "DONE" or "ERROR" or "CANCELED").Sum(kv => kv.Value));

    /// <summary>Polls with exponential backoff (from <see cref="PasqalClientOptions.PollInterval"/> to its maximum) until <see cref="HasCompleted"/>.</summary>
    public async Task<PasqalBatchInfo> WaitForCompletionAsync(CancellationToken cancellationToken = default)
    {
        var delay = _client.Options.PollInterval;
        await UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
        while (!HasCompleted)
        {
            delay = await PollBackoff.WaitAsync(delay, _client.Options.MaxPollInterval, cancellationToken).ConfigureAwait(false);
            await UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
        }

        return Value;
    }

    /// <summary>Adds jobs to this open batch; with <paramref name="wait"/> waits until they end.</summary>
    public async Task AddJobsAsync(IReadOnlyList<PasqalJobRequest> jobs, bool wait = false, CancellationToken cancellationToken = default)
    {
        Apply(await _client.AddJobsAsync(Id, jobs, cancellationToken: cancellationToken).ConfigureAwait(false));
        if (wait)
        {
            await WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Retries one job in this open batch by re-posting its runs and variables; with <paramref name="wait"/> waits for it.</summary>
    public Task RetryAsync(PasqalJobInfo job, bool wait = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!Value.Open)
        {
            throw new InvalidOperationException($"Batch {Id} is closed: retry needs an open batch (use RebatchAsync for closed ones).");
        }

        return AddJobsAsync([new PasqalJobRequest(job.Runs, job.Variables, job.Sequence)], wait, cancellationToken);
    }

    /// <summary>Closes this open batch; with <paramref name="wait"/> waits for its jobs.</summary>
    public async Task CloseAsync(bool wait = false, CancellationToken cancellationToken = default)
    {
        Apply(await _client.CloseBatchAsync(Id, cancellationToken).ConfigureAwait(false));
        if (wait)
        {
            await WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Cancels this batch.</summary>
    public async Task CancelAsync(CancellationToken cancellationToken = default) =>
        Apply(await _client.CancelBatchAsync(Id, cancellationToken).ConfigureAwait(false));

    /// <summary>Replaces this batch's tags.</summary>
    public async Task SetTagsAsync(IReadOnlyList<string> tags, CancellationToken cancellationToken = default) =>
        Apply(await _client.SetBatchTagsAsync(Id, tags, cancellationToken).ConfigureAwait(false));

    /// <summary>Downloads the result of every DONE job (others map to null), in job order.</summary>
    public async Task<IReadOnlyList<(PasqalJobInfo Job, PasqalJobResult? Result)>> GetResultsAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<(PasqalJobInfo, PasqalJobResult?)>(Jobs.Count);
        foreach (var job in Jobs)
        {
            var result = job.Status == PasqalJobStatus.Done
                ? job.FullResult ?? await _client.GetJobResultAsync(job.Id, cancellationToken).ConfigureAwait(false)
                : null;
            results.Add((job, result));
        }

        return results;
    }

    private async Task<IReadOnlyList<PasqalJobInfo>> ListJobsAsync(CancellationToken cancellationToken)
    {
        var jobs = new List<PasqalJobInfo>();
        await foreach (var job in _client.GetJobsAsync(new PasqalJobFilters { BatchId = Id }, creationOrder: true)
            .WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            jobs.Add(job);
        }

        return jobs;
    }

    private void Apply(PasqalBatchInfo batch)
    {
        Value = batch;
        if (batch.Jobs is { } jobs)
        {
            Jobs = jobs;
        }
    }
}
