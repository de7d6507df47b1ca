namespace QuantumDsl.Client;

/// <summary>
/// What a service makes of a sweep before anything is sent: updates about the whole sweep (a device-specs drift),
/// the points that fail before submission, and the remote units (Oqtant jobs, Pasqal batches) the other points go in,
/// each a list of point indices. <see cref="ContentHash"/> identifies the sweep's content in the run journal.
/// </summary>
internal sealed record SweepPlan<TPoint, TOutput>(
    IReadOnlyList<SweepNotice> Notices,
    IReadOnlyList<PointResult<TPoint, TOutput>> Invalid,
    IReadOnlyList<IReadOnlyList<int>> Units,
    string ContentHash)
    where TOutput : class
{
    /// <summary>How the units are sent, added to the run's start note (e.g. one batch per distinct sequence), or null.</summary>
    public string? Note { get; init; }
}

/// <summary>An update about the whole sweep: its status (e.g. <c>DEVICE_SPECS_DRIFT</c>) and what it says.</summary>
internal sealed record SweepNotice(SweepStatus Status, string? Message);

/// <summary>A unit of the plan with the id the service gave it: its index in the plan and its points.</summary>
internal sealed record SweepUnit(int Index, string RemoteId, IReadOnlyList<int> Points);

/// <summary>A unit of an earlier run found on the service: when it was submitted and how many of its points already ended.</summary>
internal readonly record struct FoundUnit(DateTimeOffset? SubmittedAt, int Done);

/// <summary>What tracking sees: a remote job's new status, with the point it finished when it ended.</summary>
internal readonly record struct SweepEvent<TPoint, TOutput>(string JobId, SweepStatus Status, PointResult<TPoint, TOutput>? Point)
    where TOutput : class;
