namespace QuantumDsl.Client.Pasqal;

/// <summary>Filters of <see cref="PasqalClient.GetBatchesAsync"/> (<c>BatchFilters</c>); unset filters are not sent.</summary>
public sealed record PasqalBatchFilters
{
    /// <summary>Only these batch ids.</summary>
    public IReadOnlyList<string>? Ids { get; init; }
    /// <summary>Only this project.</summary>
    public string? ProjectId { get; init; }
    /// <summary>Only these users.</summary>
    public IReadOnlyList<string>? UserIds { get; init; }
    /// <summary>Only this device type (see <see cref="PasqalDeviceTypes"/>).</summary>
    public string? DeviceType { get; init; }
    /// <summary>Only these statuses.</summary>
    public IReadOnlyList<PasqalBatchStatus>? Status { get; init; }
    /// <summary>Only open (true) or closed (false) batches.</summary>
    public bool? Open { get; init; }
    /// <summary>Created at or after.</summary>
    public DateTimeOffset? StartDate { get; init; }
    /// <summary>Created at or before.</summary>
    public DateTimeOffset? EndDate { get; init; }
    /// <summary>Only this queue priority.</summary>
    public PasqalQueuePriority? QueuePriority { get; init; }
    /// <summary>Only batches with this tag.</summary>
    public string? Tag { get; init; }

    internal void AddTo(QueryString q) => q
        .AddEach("id", Ids).Add("project_id", ProjectId).AddEach("user_id", UserIds).Add("device_type", DeviceType)
        .AddEach("status", Status).Add("open", Open).Add("start_date", StartDate)
        .Add("end_date", EndDate).Add("queue_priority", QueuePriority).Add("tag", Tag);
}

/// <summary>Filters of <see cref="PasqalClient.GetJobsAsync"/> (<c>JobFilters</c>).</summary>
public sealed record PasqalJobFilters
{
    /// <summary>Only these job ids.</summary>
    public IReadOnlyList<string>? Ids { get; init; }
    /// <summary>Only this project.</summary>
    public string? ProjectId { get; init; }
    /// <summary>Only these users.</summary>
    public IReadOnlyList<string>? UserIds { get; init; }
    /// <summary>Only jobs of this batch.</summary>
    public string? BatchId { get; init; }
    /// <summary>Only these statuses.</summary>
    public IReadOnlyList<PasqalJobStatus>? Status { get; init; }
    /// <summary>At least this many runs.</summary>
    public int? MinRuns { get; init; }
    /// <summary>At most this many runs.</summary>
    public int? MaxRuns { get; init; }
    /// <summary>Only jobs with (true) or without (false) errors.</summary>
    public bool? Errors { get; init; }
    /// <summary>Created at or after.</summary>
    public DateTimeOffset? StartDate { get; init; }
    /// <summary>Created at or before.</summary>
    public DateTimeOffset? EndDate { get; init; }

    internal void AddTo(QueryString q) => q
        .AddEach("id", Ids).Add("project_id", ProjectId).AddEach("user_id", UserIds).Add("batch_id", BatchId)
        .AddEach("status", Status).Add("min_runs", MinRuns).Add("max_runs", MaxRuns)
        .Add("errors", Errors).Add("start_date", StartDate).Add("end_date", EndDate);
}

/// <summary>Which jobs of a closed batch <see cref="PasqalClient.RebatchAsync(WaitUntil, string, PasqalRebatchFilters?, CancellationToken)"/> retries (<c>RebatchFilters</c>); none = all.</summary>
public sealed record PasqalRebatchFilters
{
    /// <summary>Only these job ids.</summary>
    public IReadOnlyList<string>? Ids { get; init; }
    /// <summary>Only jobs in these statuses.</summary>
    public IReadOnlyList<PasqalJobStatus>? Status { get; init; }
    /// <summary>At least this many runs.</summary>
    public int? MinRuns { get; init; }
    /// <summary>At most this many runs.</summary>
    public int? MaxRuns { get; init; }
    /// <summary>Created at or after.</summary>
    public DateTimeOffset? StartDate { get; init; }
    /// <summary>Created at or before.</summary>
    public DateTimeOffset? EndDate { get; init; }

    internal void AddTo(QueryString q) => q
        .AddEach("id", Ids).AddEach("status", Status).Add("min_runs", MinRuns)
        .Add("max_runs", MaxRuns).Add("start_date", StartDate).Add("end_date", EndDate);
}

/// <summary>Which jobs of a batch <see cref="PasqalClient.CancelJobsAsync"/> cancels (<c>CancelJobFilters</c>).</summary>
public sealed record PasqalCancelJobFilters
{
    /// <summary>Only these job ids.</summary>
    public IReadOnlyList<string>? Ids { get; init; }
    /// <summary>At least this many runs.</summary>
    public int? MinRuns { get; init; }
    /// <summary>At most this many runs.</summary>
    public int? MaxRuns { get; init; }
    /// <summary>Created at or after.</summary>
    public DateTimeOffset? StartDate { get; init; }
    /// <summary>Created at or before.</summary>
    public DateTimeOffset? EndDate { get; init; }

    internal void AddTo(QueryString q) => q
        .AddEach("id", Ids).Add("min_runs", MinRuns).Add("max_runs", MaxRuns).Add("start_date", StartDate).Add("end_date", EndDate);
}
