namespace QuantumDsl.Matter;

/// <summary>Terminal-state helper for <see cref="JobStatus"/> (as <c>PasqalStatusExtensions</c> is for Pasqal's statuses).</summary>
public static class JobStatusExtensions
{
    /// <summary>True once an Oqtant job can no longer change (COMPLETE, FAILED, INCOMPLETE, CANCELLED). Unlike the Python client, CANCELLED ends tracking too.</summary>
    public static bool IsTerminal(this JobStatus status) =>
        status is JobStatus.Complete or JobStatus.Failed or JobStatus.Incomplete or JobStatus.Cancelled;
}
