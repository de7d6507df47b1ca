using QuantumDsl.Matter;

namespace QuantumDsl.Client.Oqtant;

/// <summary>
/// An Oqtant job as a long-running operation (<see cref="QuantumOperation{T}"/>): its state as last read (run 1),
/// polling until it ends, its runs and cancel. Made by <see cref="OqtantClient.SubmitJobAsync(WaitUntil, MatterJob, string?, CancellationToken)"/>,
/// or from a job id alone by <see cref="OqtantClient.GetJobOperation"/> (to resume after a restart). A job that ended
/// FAILED or INCOMPLETE is returned, not thrown: <see cref="OqtantJob.FailedInputs"/> and each run's errors say why.
/// </summary>
public sealed class OqtantJobOperation : QuantumOperation<OqtantJob>
{
    private readonly OqtantClient _client;

    internal OqtantJobOperation(OqtantClient client, string id, OqtantJob? job, JobCreateResponse? submission)
        : base(id, job)
    {
        _client = client;
        Submission = submission;
    }

    /// <summary>Queue position and estimated time, when this handle came from a submission.</summary>
    public JobCreateResponse? Submission { get; }

    /// <summary>True once the job ended (COMPLETE, FAILED, INCOMPLETE or CANCELLED).</summary>
    public override bool HasCompleted => Latest is { } job && job.Status.IsTerminal();

    /// <summary>
    /// Re-reads the job (one request). A change from the status last read (PENDING for a job this handle submitted) is
    /// logged (Information), and so is each failed run of a job that ended (Debug).
    /// </summary>
    public override async Task<OqtantJob> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        var previous = Latest?.Status ?? (Submission is null ? null : JobStatus.Pending);
        var job = await _client.GetJobAsync(Id, 1, cancellationToken).ConfigureAwait(false);
        SetValue(job);
        _client.LogStatusSeen(Id, previous, job.Status, job.FailedInputs);
        return job;
    }

    /// <summary>Every run of the job (one request per run beyond the first).</summary>
    public async Task<IReadOnlyList<OqtantJob>> GetRunsAsync(CancellationToken cancellationToken = default)
    {
        var first = Latest ?? await UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
        var runs = new List<OqtantJob> { first };
        for (var run = 2; run <= (first.InputCount ?? 1); run++)
        {
            runs.Add(await _client.GetJobAsync(Id, run, cancellationToken).ConfigureAwait(false));
        }

        return runs;
    }

    /// <summary>Cancels the job; a job that already ended refuses (logged, then thrown as <see cref="QuantumServiceException"/>).</summary>
    public override Task CancelAsync(CancellationToken cancellationToken = default) => _client.CancelJobAsync(Id, cancellationToken);

    private protected override string Kind => "Job";

    private protected override TimeSpan PollInterval => _client.Options.PollInterval;

    private protected override TimeSpan MaxPollInterval => _client.Options.MaxPollInterval;

    /// <summary>A job that ended joins the client's active jobs (<see cref="OqtantClient.ActiveJobs"/>).</summary>
    private protected override void OnCompleted() => _client.Remember(Value);
}
