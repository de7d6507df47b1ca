using QuantumDsl.Matter;

namespace QuantumDsl.Client.Oqtant;

/// <summary>An Oqtant job as a long-running operation: its latest state (run 1), and polling until it ends.</summary>
public sealed class OqtantJobOperation
{
    private readonly OqtantClient _client;

    internal OqtantJobOperation(OqtantClient client, string id, OqtantJob? job, JobCreateResponse? submission)
    {
        _client = client;
        Id = id;
        Value = job;
        Submission = submission;
    }

    /// <summary>The job's external id.</summary>
    public string Id { get; }

    /// <summary>Queue position and estimated time, when this handle came from a submission.</summary>
    public JobCreateResponse? Submission { get; }

    /// <summary>The job as last read (run 1), or null before the first read.</summary>
    public OqtantJob? Value { get; private set; }

    /// <summary>True once the job ended (COMPLETE, FAILED, INCOMPLETE or CANCELLED).</summary>
    public bool HasCompleted => Value is { } job && OqtantClient.IsTerminal(job.Status);

    /// <summary>
    /// Re-reads the job (one request). A change from the status last read (PENDING for a job this handle submitted) is
    /// logged (Information), and so is each failed run of a job that ended (Debug).
    /// </summary>
    public async Task<OqtantJob> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        var previous = Value?.Status ?? (Submission is null ? null : JobStatus.Pending);
        var job = await _client.GetJobAsync(Id, 1, cancellationToken).ConfigureAwait(false);
        Value = job;
        _client.LogStatusSeen(Id, previous, job.Status, job.FailedInputs);
        return job;
    }

    /// <summary>Polls with exponential backoff until the job ends; returns it with run 1's output.</summary>
    public async Task<OqtantJob> WaitForCompletionAsync(CancellationToken cancellationToken = default)
    {
        var delay = _client.Options.PollInterval;
        await UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
        while (!HasCompleted)
        {
            delay = await PollBackoff.WaitAsync(delay, _client.Options.MaxPollInterval, cancellationToken).ConfigureAwait(false);
            await UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
        }

        _client.Remember(Value!);
        return Value!;
    }

    /// <summary>Every run of the finished job (one request per run beyond the first).</summary>
    public async Task<IReadOnlyList<OqtantJob>> GetRunsAsync(CancellationToken cancellationToken = default)
    {
        var first = Value ?? await UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
        var runs = new List<OqtantJob> { first };
        for (var run = 2; run <= (first.InputCount ?? 1); run++)
        {
            runs.Add(await _client.GetJobAsync(Id, run, cancellationToken).ConfigureAwait(false));
        }

        return runs;
    }

    /// <summary>Cancels the job.</summary>
    public Task CancelAsync(CancellationToken cancellationToken = default) => _client.CancelJobAsync(Id, cancellationToken);
}
