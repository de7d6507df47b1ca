using Microsoft.Extensions.Logging;

namespace QuantumDsl.Client.Pasqal;

/// <summary>
/// A batch as a long-running operation (<see cref="QuantumOperation{T}"/>; the SDK's <c>Batch</c>): its latest state,
/// its jobs in creation order, and the calls that act on it. Made by
/// <see cref="PasqalClient.CreateBatchAsync(WaitUntil, string?, IReadOnlyList{PasqalJobRequest}, CreateBatchOptions?, CancellationToken)"/>,
/// <see cref="PasqalClient.GetBatchAsync"/>, or from a batch id alone by <see cref="PasqalClient.GetBatchOperation"/>
/// (to resume after a restart). Jobs that ended in ERROR are returned, not thrown: each job's status and errors say why.
/// Not thread-safe; one handle per caller.
/// </summary>
public sealed class PasqalBatchOperation : QuantumOperation<PasqalBatchInfo>
{
    private readonly PasqalClient _client;
    private (int Total, int Ended)? _lastEnded;

    internal PasqalBatchOperation(PasqalClient client, PasqalBatchInfo batch)
        : base(batch.Id, batch)
    {
        _client = client;
        Jobs = batch.Jobs ?? [];
    }

    internal PasqalBatchOperation(PasqalClient client, string batchId)
        : base(batchId, null)
    {
        _client = client;
        Jobs = [];
    }

    /// <summary>The batch's jobs in creation order, as last read (<c>ordered_jobs</c>).</summary>
    public IReadOnlyList<PasqalJobInfo> Jobs { get; private set; }

    /// <summary>True when the batch has ended, or every job it has so far has ended (an open batch stays usable).</summary>
    public override bool HasCompleted => Latest is { } batch &&
        (batch.Status.IsTerminal() || (Jobs.Count > 0 && Jobs.All(j => j.Status.IsTerminal()) && (batch.Open || Jobs.Count >= (batch.JobIds?.Count ?? 0))));

    /// <summary>
    /// Re-reads the batch (one request) and, only when more of its jobs have ended since the last read (from
    /// <c>jobs_count_per_status</c>), its job list in creation order (one request per 100 jobs). Each status change
    /// seen since the previous read is logged: the batch's (Information), its jobs' (Debug).
    /// </summary>
    public override async Task<PasqalBatchInfo> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        var batch = await _client.GetBatchInfoAsync(Id, cancellationToken).ConfigureAwait(false);
        var previous = Latest?.Status;
        SetValue(batch);
        if (previous is { } before && batch.Status != before)
        {
            PasqalClient.LogBatchStatusChanged(_client.Logger, Id, WireEnum<PasqalBatchStatus>.Name(before), WireEnum<PasqalBatchStatus>.Name(batch.Status));
        }

        var ended = Ended(batch.JobsCountPerStatus);
        if (ended is null || ended != _lastEnded || Jobs.Count == 0)
        {
            var jobsBefore = Jobs;
            Jobs = await ListJobsAsync(cancellationToken).ConfigureAwait(false);
            LogJobChanges(jobsBefore, Jobs);
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

    /// <summary>Adds jobs to this open batch; with <see cref="WaitUntil.Completed"/> returns once every job of the batch has ended.</summary>
    public async Task AddJobsAsync(WaitUntil waitUntil, IReadOnlyList<PasqalJobRequest> jobs, CancellationToken cancellationToken = default)
    {
        Check(waitUntil);
        Apply(await _client.AddJobsAsync(Id, jobs, cancellationToken: cancellationToken).ConfigureAwait(false));
        await StartedAsync(this, waitUntil, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds jobs to this open batch; with <paramref name="wait"/> waits until they end.</summary>
    [Obsolete("Use AddJobsAsync(WaitUntil.Started or WaitUntil.Completed, jobs, cancellationToken): every starting call takes WaitUntil first.")]
    public Task AddJobsAsync(IReadOnlyList<PasqalJobRequest> jobs, bool wait = false, CancellationToken cancellationToken = default) =>
        AddJobsAsync(wait ? WaitUntil.Completed : WaitUntil.Started, jobs, cancellationToken);

    /// <summary>Retries one job in this open batch by re-posting its runs and variables; with <see cref="WaitUntil.Completed"/> waits for it.</summary>
    public Task RetryAsync(WaitUntil waitUntil, PasqalJobInfo job, CancellationToken cancellationToken = default)
    {
        Check(waitUntil);
        ArgumentNullException.ThrowIfNull(job);
        if (!Value.Open)
        {
            throw new InvalidOperationException($"Batch {Id} is closed: retry needs an open batch (use RebatchAsync for closed ones).");
        }

        return AddJobsAsync(waitUntil, [new PasqalJobRequest(job.Runs, job.Variables, job.Sequence)], cancellationToken);
    }

    /// <summary>Retries one job in this open batch; with <paramref name="wait"/> waits for it.</summary>
    [Obsolete("Use RetryAsync(WaitUntil.Started or WaitUntil.Completed, job, cancellationToken): every starting call takes WaitUntil first.")]
    public Task RetryAsync(PasqalJobInfo job, bool wait = false, CancellationToken cancellationToken = default) =>
        RetryAsync(wait ? WaitUntil.Completed : WaitUntil.Started, job, cancellationToken);

    /// <summary>Closes this open batch (queued jobs still run); with <see cref="WaitUntil.Completed"/> waits for its jobs.</summary>
    public async Task CloseAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default)
    {
        Check(waitUntil);
        Apply(await _client.CloseBatchAsync(Id, cancellationToken).ConfigureAwait(false));
        await StartedAsync(this, waitUntil, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Closes this open batch; with <paramref name="wait"/> waits for its jobs.</summary>
    [Obsolete("Use CloseAsync(WaitUntil.Started or WaitUntil.Completed, cancellationToken): every call that may wait takes WaitUntil first.")]
    public Task CloseAsync(bool wait = false, CancellationToken cancellationToken = default) =>
        CloseAsync(wait ? WaitUntil.Completed : WaitUntil.Started, cancellationToken);

    /// <summary>Cancels this batch.</summary>
    public override async Task CancelAsync(CancellationToken cancellationToken = default) =>
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

    private protected override string Kind => "Batch";

    private protected override TimeSpan PollInterval => _client.Options.PollInterval;

    private protected override TimeSpan MaxPollInterval => _client.Options.MaxPollInterval;

    private void Apply(PasqalBatchInfo batch)
    {
        SetValue(batch);
        if (batch.Jobs is { } jobs)
        {
            Jobs = jobs;
        }
    }
}
