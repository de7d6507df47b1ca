using System.Text.Json;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Emulator.Storage;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>Turns stored rows into the Pasqal wire records (the same records the client reads).</summary>
internal static class PasqalMapper
{
    /// <summary>Every batch has priority 10, the value the service's fixtures show.</summary>
    private const int Priority = 10;

    /// <summary>The <c>variables</c> of every workload.</summary>
    private static readonly IReadOnlyDictionary<string, string> EmptyVariables = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    public static PasqalBatchInfo Batch(BatchRow row, IReadOnlyList<JobRow> jobs, bool embedJobs) => new(
        Id: row.Id,
        Open: row.Open,
        CreatedAt: UnixTime.Pasqal(row.CreatedAt),
        UpdatedAt: UnixTime.Pasqal(row.UpdatedAt),
        DeviceType: row.DeviceType,
        ProjectId: row.ProjectId,
        UserId: row.Owner,
        Status: WireEnum<PasqalBatchStatus>.Parse(row.Status),
        Complete: !row.Open,
        Priority: Priority,
        Webhook: row.Webhook,
        StartDatetime: UnixTime.Pasqal(row.StartAt),
        EndDatetime: UnixTime.Pasqal(row.EndAt),
        ParentId: row.ParentId,
        Configuration: Element(row.Configuration),
        BackendConfiguration: row.BackendConfiguration,
        Tags: JsonSerializer.Deserialize(row.Tags, PasqalStoreJson.Default.IReadOnlyListString) ?? [],
        SequenceBuilder: row.SequenceBuilder,
        Jobs: embedJobs ? [.. jobs.Select(j => Job(j, includeSequence: false))] : null,
        JobIds: embedJobs ? null : [.. jobs.Select(j => j.Id)],
        JobsCount: jobs.Count,
        JobsCountPerStatus: PasqalStatus.JobStatuses.ToDictionary(s => s, s => jobs.Count(j => j.Status == s), StringComparer.Ordinal),
        QueuePriority: QueuePriority.Default);

    public static PasqalJobInfo Job(JobRow row, bool includeSequence)
    {
        return new PasqalJobInfo(
            Id: row.Id,
            BatchId: row.BatchId,
            ProjectId: row.ProjectId,
            Runs: row.Runs,
            Status: WireEnum<PasqalJobStatus>.Parse(row.Status),
            CreatedAt: UnixTime.Pasqal(row.CreatedAt),
            UpdatedAt: UnixTime.Pasqal(row.UpdatedAt),
            Errors: JsonSerializer.Deserialize(row.Errors, PasqalStoreJson.Default.IReadOnlyListString) ?? [],
            StartTimestamp: UnixTime.Pasqal(row.StartAt),
            EndTimestamp: UnixTime.Pasqal(row.EndAt),
            Variables: row.Variables is null ? null : JsonSerializer.Deserialize(row.Variables, PasqalJsonContext.Default.DictionaryStringJsonElement),
            ParentId: row.ParentId,
            // No results: the service serves them only through GET /api/v1/jobs/{id}/results_link, so pages stay small.
            Sequence: includeSequence ? row.Sequence ?? "" : null);
    }

    /// <summary>A workload; <paramref name="resultLink"/> is its pre-signed download (null until DONE).</summary>
    public static PasqalWorkloadInfo Workload(WorkloadRow row, string? resultLink) => new(
        Id: row.Id,
        ProjectId: row.ProjectId,
        Status: WireEnum<PasqalWorkloadStatus>.Parse(row.Status),
        Backend: row.Backend,
        WorkloadType: row.WorkloadType,
        Config: Element(row.Config)!.Value,
        CreatedAt: UnixTime.Pasqal(row.CreatedAt),
        UpdatedAt: UnixTime.Pasqal(row.UpdatedAt),
        Errors: JsonSerializer.Deserialize(row.Errors, PasqalStoreJson.Default.IReadOnlyListString) ?? [],
        StartTimestamp: UnixTime.Pasqal(row.StartAt),
        EndTimestamp: UnixTime.Pasqal(row.EndAt),
        ResultLink: resultLink,
        Result: Element(row.Result),
        Variables: EmptyVariables);

    private static JsonElement? Element(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json, Http.JsonLimits.Read);
        return document.RootElement.Clone();
    }
}
