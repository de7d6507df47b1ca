using QuantumDsl.Client.Pasqal;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// The batch, job and workload statuses the emulator stores and serves: the wire names of the shared status enums
/// (<see cref="PasqalBatchStatus"/>, <see cref="PasqalJobStatus"/>; one source for client and emulator). The emulator
/// never pauses, so PAUSED and CANCELING are not among the statuses it produces or filters by.
/// </summary>
internal static class PasqalStatus
{
    public static readonly string Pending = PasqalWireNames.Of(PasqalBatchStatus.Pending);
    public static readonly string Running = PasqalWireNames.Of(PasqalBatchStatus.Running);
    public static readonly string Done = PasqalWireNames.Of(PasqalBatchStatus.Done);
    public static readonly string Error = PasqalWireNames.Of(PasqalBatchStatus.Error);
    public static readonly string Canceled = PasqalWireNames.Of(PasqalBatchStatus.Canceled);
    public static readonly string TimedOut = PasqalWireNames.Of(PasqalBatchStatus.TimedOut);

    public static readonly IReadOnlyList<string> BatchStatuses = [Pending, Running, Done, Error, Canceled, TimedOut];
    public static readonly IReadOnlyList<string> JobStatuses = [Pending, Running, Done, Error, Canceled];

    /// <summary>Whether a stored batch, job or workload status is final (the shared <c>IsTerminal</c> rule).</summary>
    public static bool IsTerminal(string status) => PasqalWireNames.BatchStatus(status).IsTerminal();
}

/// <summary>Queue priorities accepted by the batch filter (every emulator batch is MEDIUM).</summary>
internal static class QueuePriority
{
    public static readonly string Default = PasqalWireNames.Of(PasqalQueuePriority.Medium);
    public static readonly IReadOnlyList<string> All = [.. Enum.GetValues<PasqalQueuePriority>().Select(PasqalWireNames.Of)];
}
