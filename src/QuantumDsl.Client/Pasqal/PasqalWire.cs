using System.Text.Json;

namespace QuantumDsl.Client.Pasqal;

/// <summary>A Pasqal job as the service returns it. Timestamps are kept as the service's strings (formats vary).</summary>
public sealed record PasqalJobInfo(
    string Id,
    string BatchId,
    string ProjectId,
    int? Runs,
    PasqalJobStatus Status,
    string CreatedAt,
    string UpdatedAt,
    IReadOnlyList<string>? Errors = null,
    string? StartTimestamp = null,
    string? EndTimestamp = null,
    IReadOnlyDictionary<string, JsonElement>? Variables = null,
    string? ParentId = null,
    string? Sequence = null,
    IReadOnlyDictionary<string, int>? Result = null,
    PasqalJobResult? FullResult = null);

/// <summary>A Pasqal batch as the service returns it (create/add/close/rebatch embed <see cref="Jobs"/>; v2 GET gives <see cref="JobIds"/>).</summary>
public sealed record PasqalBatchInfo(
    string Id,
    bool Open,
    string CreatedAt,
    string UpdatedAt,
    string DeviceType,
    string ProjectId,
    string UserId,
    PasqalBatchStatus Status,
    bool? Complete = null,
    int? Priority = null,
    string? Webhook = null,
    string? StartDatetime = null,
    string? EndDatetime = null,
    string? DeviceStatus = null,
    string? ParentId = null,
    JsonElement? Configuration = null,
    string? BackendConfiguration = null,
    IReadOnlyList<string>? Tags = null,
    string? SequenceBuilder = null,
    IReadOnlyList<PasqalJobInfo>? Jobs = null,
    IReadOnlyList<string>? JobIds = null,
    int? JobsCount = null,
    IReadOnlyDictionary<string, int>? JobsCountPerStatus = null);

/// <summary>The downloaded result of a job: bitstring counts, raw shots and (some emulators) a Pulser results string.</summary>
public sealed record PasqalJobResult(
    IReadOnlyDictionary<string, int> Counter,
    IReadOnlyList<string>? Raw = null,
    string? SerialisedResults = null);

/// <summary>Partial-success answer of cancel-batches: the cancelled batches and, per batch id, why others were not.</summary>
public sealed record PasqalBatchCancellation(IReadOnlyList<PasqalBatchInfo> Batches, IReadOnlyDictionary<string, string> Errors);

/// <summary>Partial-success answer of cancel-jobs: the cancelled jobs and, per job id, why others were not.</summary>
public sealed record PasqalJobCancellation(IReadOnlyList<PasqalJobInfo> Jobs, IReadOnlyDictionary<string, string> Errors);

/// <summary>A device's specs from the public endpoint: its type and the Pulser device JSON string.</summary>
public sealed record PasqalDeviceSpecs(string DeviceType, string Specs);

/// <summary>
/// A workload (a job of a given <see cref="WorkloadType"/> run on <see cref="Backend"/> with its <see cref="Config"/>).
/// Its result is inline in <see cref="Result"/> or behind the pre-signed <see cref="ResultLink"/>: read it with
/// <see cref="PasqalClient.GetWorkloadResultAsync"/>.
/// </summary>
public sealed record PasqalWorkloadInfo(
    string Id,
    string ProjectId,
    PasqalWorkloadStatus Status,
    string Backend,
    string WorkloadType,
    JsonElement Config,
    string CreatedAt,
    string UpdatedAt,
    IReadOnlyList<string>? Errors = null,
    string? StartTimestamp = null,
    string? EndTimestamp = null,
    string? ResultLink = null,
    JsonElement? Result = null);

/// <summary>One job to create: shots, values for the sequence's variables and optionally its own sequence.</summary>
public sealed record PasqalJobRequest(int? Runs, IReadOnlyDictionary<string, JsonElement>? Variables = null, string? Sequence = null)
{
    /// <summary>A job with numeric variable values.</summary>
    public static PasqalJobRequest Create(int runs, IReadOnlyDictionary<string, double>? variables = null) =>
        new(runs, variables?.ToDictionary(kv => kv.Key, kv => JsonNumber(kv.Value), StringComparer.Ordinal));

    private static JsonElement JsonNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Variable values must be finite numbers.");
        }

        using var doc = JsonDocument.Parse(value.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        return doc.RootElement.Clone();
    }
}

/// <summary>The body of create-batch.</summary>
public sealed record PasqalBatchRequest(
    string? SequenceBuilder,
    IReadOnlyList<PasqalJobRequest> Jobs,
    bool Open = false,
    string? DeviceType = null,
    string? Webhook = null,
    JsonElement? Configuration = null,
    IReadOnlyList<string>? Tags = null,
    string? BackendConfiguration = null,
    string? ProjectId = null);

/// <summary>The body of create-workload: the type, the backend it runs on and its type-specific config object.</summary>
public sealed record PasqalWorkloadRequest(string WorkloadType, string Backend, JsonElement Config, string? ProjectId = null);

/// <summary>JSend envelope of every Pasqal response.</summary>
internal sealed record JSend<T>(string? Status = null, string? Message = null, JsonElement? Code = null, T? Data = default, PasqalPagination? Pagination = null);

/// <summary>Pagination of list responses (<c>start</c> or <c>offset</c>, both seen).</summary>
internal sealed record PasqalPagination(int Total, int? Start = null, int? Offset = null, int? End = null);

/// <summary><c>{"results_link": ...}</c>.</summary>
internal sealed record PasqalResultsLink(string? ResultsLink);

/// <summary><c>{"batch_ids": [...]}</c>.</summary>
internal sealed record PasqalCancelBatchesRequest(IReadOnlyList<string> BatchIds);
