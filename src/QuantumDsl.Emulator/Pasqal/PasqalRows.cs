namespace QuantumDsl.Emulator.Pasqal;

/// <summary>A stored batch. Times are Unix microseconds (UTC).</summary>
internal sealed record BatchRow(
    long Seq, string Id, string Owner, string ProjectId, string DeviceType, string Status, bool Open,
    string? SequenceBuilder, string? Webhook, string? Configuration, string? BackendConfiguration, string Tags,
    string? ParentId, long CreatedAt, long UpdatedAt, long? StartAt, long? EndAt, long LastActivity);

/// <summary>A stored job. <see cref="Result"/> is only a presence mark ('' or null) as read by <c>PasqalStore</c>; the JSON <c>{counter, raw}</c> is read by <c>ResultOf</c>.</summary>
internal sealed record JobRow(
    long Seq, string Id, string BatchId, string Owner, string ProjectId, int? Runs, string? Variables, string? Sequence,
    string Status, string Errors, string? Result, string? ParentId, long CreatedAt, long UpdatedAt, long? StartAt, long? EndAt);

/// <summary>A job to create: <c>runs</c>, <c>variables</c> (JSON object text) and an optional own sequence.</summary>
internal sealed record NewJob(int? Runs, string? Variables, string? Sequence, string? ParentId = null);

/// <summary>A batch to create.</summary>
internal sealed record NewBatch(
    string ProjectId, string DeviceType, bool Open, string? SequenceBuilder, string? Webhook, string? Configuration,
    string? BackendConfiguration, IReadOnlyList<string> Tags, string? ParentId, IReadOnlyList<NewJob> Jobs);
