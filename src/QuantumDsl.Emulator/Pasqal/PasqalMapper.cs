using System.Text.Json;
using QuantumDsl.Emulator.Storage;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>Turns stored rows into wire DTOs.</summary>
internal static class PasqalMapper
{
    /// <summary>Every batch has priority 10, the value the service's fixtures show.</summary>
    private const int Priority = 10;

    /// <summary>The <c>variables</c> of every workload.</summary>
    private static readonly IReadOnlyDictionary<string, string> EmptyVariables = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;

    public static BatchDto Batch(BatchRow row, IReadOnlyList<JobRow> jobs, bool embedJobs) => new()
    {
        Id = row.Id,
        Open = row.Open,
        Complete = !row.Open,
        CreatedAt = UnixTime.Pasqal(row.CreatedAt),
        UpdatedAt = UnixTime.Pasqal(row.UpdatedAt),
        DeviceType = row.DeviceType,
        ProjectId = row.ProjectId,
        UserId = row.Owner,
        Status = row.Status,
        Priority = Priority,
        QueuePriority = QueuePriority.Default,
        SequenceBuilder = row.SequenceBuilder,
        Webhook = row.Webhook,
        Configuration = Element(row.Configuration),
        BackendConfiguration = row.BackendConfiguration,
        Tags = JsonSerializer.Deserialize(row.Tags, PasqalStoreJson.Default.IReadOnlyListString) ?? [],
        ParentId = row.ParentId,
        StartDatetime = UnixTime.Pasqal(row.StartAt),
        EndDatetime = UnixTime.Pasqal(row.EndAt),
        JobsCount = jobs.Count,
        JobsCountPerStatus = PasqalStatus.JobStatuses.ToDictionary(s => s, s => jobs.Count(j => j.Status == s), StringComparer.Ordinal),
        Jobs = embedJobs ? [.. jobs.Select(j => Job(j, includeSequence: false))] : null,
        JobIds = embedJobs ? null : [.. jobs.Select(j => j.Id)],
    };

    public static JobDto Job(JobRow row, bool includeSequence)
    {
        return new JobDto
        {
            Id = row.Id,
            BatchId = row.BatchId,
            ProjectId = row.ProjectId,
            Runs = row.Runs,
            Status = row.Status,
            CreatedAt = UnixTime.Pasqal(row.CreatedAt),
            UpdatedAt = UnixTime.Pasqal(row.UpdatedAt),
            StartTimestamp = UnixTime.Pasqal(row.StartAt),
            EndTimestamp = UnixTime.Pasqal(row.EndAt),
            Errors = JsonSerializer.Deserialize(row.Errors, PasqalStoreJson.Default.IReadOnlyListString) ?? [],
            Variables = Element(row.Variables),
            ParentId = row.ParentId,
            Sequence = includeSequence ? row.Sequence ?? "" : null,
        };
    }

    /// <summary>A workload; <paramref name="resultLink"/> is its pre-signed download (null until DONE).</summary>
    public static WorkloadDto Workload(WorkloadRow row, string? resultLink) => new()
    {
        Id = row.Id,
        ProjectId = row.ProjectId,
        Status = row.Status,
        Backend = row.Backend,
        WorkloadType = row.WorkloadType,
        Config = Element(row.Config)!.Value,
        CreatedAt = UnixTime.Pasqal(row.CreatedAt),
        UpdatedAt = UnixTime.Pasqal(row.UpdatedAt),
        StartTimestamp = UnixTime.Pasqal(row.StartAt),
        EndTimestamp = UnixTime.Pasqal(row.EndAt),
        Errors = JsonSerializer.Deserialize(row.Errors, PasqalStoreJson.Default.IReadOnlyListString) ?? [],
        Result = Element(row.Result),
        ResultLink = resultLink,
        Variables = EmptyVariables,
    };

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
