namespace QuantumDsl.Client.Pasqal;

/// <summary>
/// A workload as a long-running operation (<see cref="QuantumOperation{T}"/>): made by
/// <see cref="PasqalClient.CreateWorkloadAsync(WaitUntil, PasqalWorkloadRequest, CancellationToken)"/>, or from a
/// workload id alone by <see cref="PasqalClient.GetWorkloadOperation"/> (to resume after a restart). It has ended once
/// it is no longer PENDING or RUNNING (as pasqal-cloud's <c>wait=True</c>); a workload that ended in ERROR is returned,
/// not thrown: its <see cref="PasqalWorkloadInfo.Errors"/> say why. Read the result with
/// <see cref="PasqalClient.GetWorkloadResultAsync"/>. Not thread-safe; one handle per caller.
/// </summary>
public sealed class PasqalWorkloadOperation : QuantumOperation<PasqalWorkloadInfo>
{
    private readonly PasqalClient _client;

    internal PasqalWorkloadOperation(PasqalClient client, string id, PasqalWorkloadInfo? workload)
        : base(id, workload) => _client = client;

    /// <summary>True once the workload is no longer PENDING or RUNNING.</summary>
    public override bool HasCompleted => Latest is { Status: not (PasqalWorkloadStatus.Pending or PasqalWorkloadStatus.Running) };

    /// <summary>Re-reads the workload (one request); a change from the status last read is logged (Information).</summary>
    public override async Task<PasqalWorkloadInfo> UpdateStatusAsync(CancellationToken cancellationToken = default)
    {
        var previous = Latest?.Status;
        var workload = await _client.GetWorkloadAsync(Id, cancellationToken).ConfigureAwait(false);
        SetValue(workload);
        if (previous is { } before && workload.Status != before)
        {
            PasqalClient.LogWorkloadStatusChanged(_client.Logger, Id, WireEnum<PasqalWorkloadStatus>.Name(before), WireEnum<PasqalWorkloadStatus>.Name(workload.Status));
        }

        return workload;
    }

    /// <summary>Cancels the pending or running workload (one that ended refuses with a 400 <see cref="QuantumServiceException"/>).</summary>
    public override async Task CancelAsync(CancellationToken cancellationToken = default) =>
        SetValue(await _client.CancelWorkloadAsync(Id, cancellationToken).ConfigureAwait(false));

    private protected override string Kind => "Workload";

    private protected override TimeSpan PollInterval => _client.Options.PollInterval;

    private protected override TimeSpan MaxPollInterval => _client.Options.MaxPollInterval;
}
