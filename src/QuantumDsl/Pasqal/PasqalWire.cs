using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuantumDsl.Client.Pasqal;

/// <summary>
/// A Pasqal job as the service returns it (the client reads it; the emulator writes it). Timestamps are kept as the
/// service's strings (formats vary). <see cref="Sequence"/> comes only from GET of one job.
/// </summary>
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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sequence = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, int>? Result = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PasqalJobResult? FullResult = null);

/// <summary>
/// A Pasqal batch as the service returns it (the client reads it; the emulator writes it): create/add/close/rebatch
/// embed <see cref="Jobs"/>, v2 GET gives <see cref="JobIds"/>.
/// </summary>
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
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SequenceBuilder = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<PasqalJobInfo>? Jobs = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? JobIds = null,
    int? JobsCount = null,
    IReadOnlyDictionary<string, int>? JobsCountPerStatus = null,
    string? QueuePriority = null);

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
/// <c>PasqalClient.GetWorkloadResultAsync</c>.
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
    JsonElement? Result = null,
    IReadOnlyDictionary<string, string>? Variables = null);

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

/// <summary>
/// JSend envelope of every Pasqal response. <see cref="Code"/> is the HTTP code, a number on most calls and a string on
/// cancels and errors (kept as JSON for both); <see cref="Pagination"/> comes with lists only.
/// </summary>
/// <typeparam name="T">The <c>data</c> type.</typeparam>
/// <param name="Status"><c>success</c>, <c>fail</c> or <c>error</c>.</param>
/// <param name="Message">For example <c>OK.</c>.</param>
/// <param name="Code">The HTTP code as the service writes it.</param>
/// <param name="Data">The payload.</param>
/// <param name="Pagination">List pagination, or null.</param>
public sealed record JSend<T>(
    string? Status = null,
    string? Message = null,
    JsonElement? Code = null,
    T? Data = default,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PasqalPagination? Pagination = null);

/// <summary>Pagination of list responses (the service has been seen sending <c>start</c> or <c>offset</c>; the emulator sends both).</summary>
/// <param name="Total">Items in all pages.</param>
/// <param name="Start">Index of the first item of this page.</param>
/// <param name="Offset">Same as <paramref name="Start"/>.</param>
/// <param name="End">Index after the last item of this page.</param>
public sealed record PasqalPagination(int Total, int? Start = null, int? Offset = null, int? End = null);

/// <summary><c>{"results_link": ...}</c>: where a job's results can be downloaded (null while there are none).</summary>
/// <param name="ResultsLink">The pre-signed link.</param>
public sealed record PasqalResultsLink(string? ResultsLink);

/// <summary><c>{"batch_ids": [...]}</c>.</summary>
/// <param name="BatchIds">The batches to cancel.</param>
public sealed record PasqalCancelBatchesRequest(IReadOnlyList<string> BatchIds);
