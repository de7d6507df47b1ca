using QuantumDsl.Client.Pasqal;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// The batch, job and workload statuses the emulator stores and serves: the wire names of the shared status enums
/// (<see cref="PasqalBatchStatus"/>, <see cref="PasqalJobStatus"/>; one source for client and emulator). The emulator
/// never pauses, so PAUSED and CANCELING are not among the statuses it produces or filters by.
/// </summary>
internal static class PasqalStatus
{
    public static readonly string Pending = WireEnum<PasqalBatchStatus>.Name(PasqalBatchStatus.Pending);
    public static readonly string Running = WireEnum<PasqalBatchStatus>.Name(PasqalBatchStatus.Running);
    public static readonly string Done = WireEnum<PasqalBatchStatus>.Name(PasqalBatchStatus.Done);
    public static readonly string Error = WireEnum<PasqalBatchStatus>.Name(PasqalBatchStatus.Error);
    public static readonly string Canceled = WireEnum<PasqalBatchStatus>.Name(PasqalBatchStatus.Canceled);
    public static readonly string TimedOut = WireEnum<PasqalBatchStatus>.Name(PasqalBatchStatus.TimedOut);

    public static readonly IReadOnlyList<string> BatchStatuses = [Pending, Running, Done, Error, Canceled, TimedOut];
    public static readonly IReadOnlyList<string> JobStatuses = [Pending, Running, Done, Error, Canceled];

    /// <summary>Whether a stored batch, job or workload status is final (the shared <c>IsTerminal</c> rule).</summary>
    public static bool IsTerminal(string status) => WireEnum<PasqalBatchStatus>.Parse(status).IsTerminal();
}

/// <summary>Queue priorities accepted by the batch filter (every emulator batch is MEDIUM).</summary>
internal static class QueuePriority
{
    public static readonly string Default = WireEnum<PasqalQueuePriority>.Name(PasqalQueuePriority.Medium);
    public static readonly IReadOnlyList<string> All = WireEnum<PasqalQueuePriority>.Names;
}
