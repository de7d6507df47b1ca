using QuantumDsl.Matter;

namespace QuantumDsl.Client.Oqtant;

/// <summary>Criteria of <see cref="OqtantClient.GetJobsAsync"/>; unset criteria are not sent.</summary>
public sealed record OqtantJobSearch
{
    /// <summary>Only jobs of this type.</summary>
    public JobType? JobType { get; init; }

    /// <summary>Only jobs with this name.</summary>
    public string? Name { get; init; }

    /// <summary>Submitted at or after.</summary>
    public DateTimeOffset? SubmitStart { get; init; }

    /// <summary>Submitted at or before.</summary>
    public DateTimeOffset? SubmitEnd { get; init; }

    /// <summary>Only jobs whose notes match.</summary>
    public string? Notes { get; init; }

    /// <summary>At most this many jobs (the service allows up to 100).</summary>
    public int Limit { get; init; } = 100;
}

/// <summary>A status change seen while tracking: the job, its new status and, once complete, the job with outputs.</summary>
public sealed record OqtantJobUpdate(string JobId, JobStatus Status, OqtantJob? Job = null);

/// <summary>Options of <see cref="OqtantClient.RunJobsAsync"/> and <see cref="OqtantClient.TrackJobsAsync"/>.</summary>
public sealed record OqtantTrackOptions
{
    /// <summary>Wait until every job ends (<c>track_status</c>); without it run returns after submitting.</summary>
    public bool TrackStatus { get; init; } = true;

    /// <summary>Write each finished job to a file (never overwriting).</summary>
    public bool Write { get; init; }

    /// <summary>File names, one per job (default: <c>&lt;external_id&gt;.txt</c>, see <see cref="OqtantJobFile.DefaultFileName"/>).</summary>
    public IReadOnlyList<string>? FileNames { get; init; }

    /// <summary>Directory of the written files (default: current directory).</summary>
    public string? Directory { get; init; }
}
