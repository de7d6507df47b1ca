namespace QuantumDsl.Client.Pasqal;

/// <summary>
/// Wire strings of the Pasqal enums (query strings and stored statuses; JSON uses the same names through the enums'
/// <c>JsonStringEnumMemberName</c>, and a test pins the two together). Shared by the client and the emulator.
/// </summary>
public static class PasqalWireNames
{
    /// <summary>The wire string of <paramref name="s"/>.</summary>
    public static string Of(PasqalBatchStatus s) => s switch
    {
        PasqalBatchStatus.Pending => "PENDING",
        PasqalBatchStatus.Running => "RUNNING",
        PasqalBatchStatus.Done => "DONE",
        PasqalBatchStatus.Error => "ERROR",
        PasqalBatchStatus.Canceled => "CANCELED",
        PasqalBatchStatus.TimedOut => "TIMED_OUT",
        PasqalBatchStatus.Paused => "PAUSED",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, "Unknown batch status."),
    };

    /// <summary>The wire string of <paramref name="s"/>.</summary>
    public static string Of(PasqalJobStatus s) => s switch
    {
        PasqalJobStatus.Pending => "PENDING",
        PasqalJobStatus.Running => "RUNNING",
        PasqalJobStatus.Done => "DONE",
        PasqalJobStatus.Error => "ERROR",
        PasqalJobStatus.Canceled => "CANCELED",
        PasqalJobStatus.Canceling => "CANCELING",
        PasqalJobStatus.Paused => "PAUSED",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, "Unknown job status."),
    };

    /// <summary>The wire string of <paramref name="s"/>.</summary>
    public static string Of(PasqalWorkloadStatus s) => s switch
    {
        PasqalWorkloadStatus.Pending => "PENDING",
        PasqalWorkloadStatus.Running => "RUNNING",
        PasqalWorkloadStatus.Done => "DONE",
        PasqalWorkloadStatus.Error => "ERROR",
        PasqalWorkloadStatus.Canceled => "CANCELED",
        PasqalWorkloadStatus.TimedOut => "TIMED_OUT",
        PasqalWorkloadStatus.Paused => "PAUSED",
        _ => throw new ArgumentOutOfRangeException(nameof(s), s, "Unknown workload status."),
    };

    /// <summary>The wire string of <paramref name="p"/>.</summary>
    public static string Of(PasqalQueuePriority p) => p switch
    {
        PasqalQueuePriority.Low => "LOW",
        PasqalQueuePriority.Medium => "MEDIUM",
        PasqalQueuePriority.High => "HIGH",
        _ => throw new ArgumentOutOfRangeException(nameof(p), p, "Unknown queue priority."),
    };

    /// <summary>The batch status written <paramref name="wire"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a batch status; the message lists them.</exception>
    public static PasqalBatchStatus BatchStatus(string wire) => Parse(wire, Enum.GetValues<PasqalBatchStatus>(), Of, "batch status");

    /// <summary>The job status written <paramref name="wire"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a job status; the message lists them.</exception>
    public static PasqalJobStatus JobStatus(string wire) => Parse(wire, Enum.GetValues<PasqalJobStatus>(), Of, "job status");

    /// <summary>The workload status written <paramref name="wire"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a workload status; the message lists them.</exception>
    public static PasqalWorkloadStatus WorkloadStatus(string wire) => Parse(wire, Enum.GetValues<PasqalWorkloadStatus>(), Of, "workload status");

    private static T Parse<T>(string wire, T[] values, Func<T, string> name, string what)
        where T : struct, Enum
    {
        foreach (var value in values)
        {
            if (name(value) == wire)
            {
                return value;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(wire), wire, $"'{wire}' is not a {what} ({string.Join(", ", values.Select(name))}).");
    }
}
