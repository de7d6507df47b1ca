using QuantumDsl.Client.Pasqal;
using QuantumDsl.Matter;

namespace QuantumDsl;

/// <summary>
/// What a <see cref="SweepUpdate{TPoint, TOutput}"/> reports: a step of the run (<see cref="Started"/>,
/// <see cref="Reattached"/>, <see cref="Submitted"/>, <see cref="DeviceSpecsDrift"/>, <see cref="DeviceSpecsMissing"/>) or
/// a job's status on its service, typed (<see cref="OqtantStatus"/> / <see cref="PasqalStatus"/>). <see cref="Text"/>
/// (also <see cref="ToString"/>) is the wire text — <c>SUBMITTED</c>, <c>COMPLETE</c>, <c>DONE</c>, … — and a string
/// converts to a status, so <c>update.Status == "SUBMITTED"</c> reads as before.
/// </summary>
/// <param name="Text">The wire text.</param>
public readonly record struct SweepStatus(string Text)
{
    /// <summary>The run starts (its note says fresh, new or re-attached).</summary>
    public static SweepStatus Started { get; } = new("STARTED");

    /// <summary>Work of an earlier run was found on the service and is followed again.</summary>
    public static SweepStatus Reattached { get; } = new("REATTACHED");

    /// <summary>A job or batch was submitted.</summary>
    public static SweepStatus Submitted { get; } = new("SUBMITTED");

    /// <summary>The published device specs differ from the compiled device (the update's message lists how).</summary>
    public static SweepStatus DeviceSpecsDrift { get; } = new(PublishedDeviceCheck.Drift);

    /// <summary>The service publishes no specs for the batch's device type.</summary>
    public static SweepStatus DeviceSpecsMissing { get; } = new(PublishedDeviceCheck.Missing);

    /// <summary>The Oqtant job status, when this status is one.</summary>
    public JobStatus? OqtantStatus { get; private init; }

    /// <summary>The Pasqal job status, when this status is one.</summary>
    public PasqalJobStatus? PasqalStatus { get; private init; }

    /// <summary>An Oqtant job's status.</summary>
    public static SweepStatus Of(JobStatus status) => new(WireEnum<JobStatus>.Name(status)) { OqtantStatus = status };

    /// <summary>A Pasqal job's status.</summary>
    public static SweepStatus Of(PasqalJobStatus status) => new(WireEnum<PasqalJobStatus>.Name(status)) { PasqalStatus = status };

    /// <summary>A status from its wire text (a run step; a service status is better made with <see cref="Of(JobStatus)"/>).</summary>
    public static implicit operator SweepStatus(string text) => new(text);

    /// <summary>The wire text.</summary>
    public override string ToString() => Text;

    /// <summary>Statuses are equal when their wire texts are (an Oqtant and a Pasqal <c>PENDING</c> read the same).</summary>
    public bool Equals(SweepStatus other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text ?? string.Empty);
}
