using QuantumDsl.Matter;

namespace QuantumDsl.Emulator.Oqtant;

/// <summary>The job statuses the emulator stores and serves: the wire names of the shared <see cref="JobStatus"/> (one map for client and emulator).</summary>
internal static class OqtantStatus
{
    public static readonly string Pending = WireEnum<JobStatus>.Name(JobStatus.Pending);
    public static readonly string Running = WireEnum<JobStatus>.Name(JobStatus.Running);
    public static readonly string Complete = WireEnum<JobStatus>.Name(JobStatus.Complete);
    public static readonly string Failed = WireEnum<JobStatus>.Name(JobStatus.Failed);
    public static readonly string Incomplete = WireEnum<JobStatus>.Name(JobStatus.Incomplete);

    /// <summary>Whether a stored job can still be cancelled (PENDING or RUNNING).</summary>
    public static bool IsCancellable(string status) => status == Pending || status == Running;
}
