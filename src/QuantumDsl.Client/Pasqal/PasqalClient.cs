using QuantumDsl.Analog;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace QuantumDsl.Client.Pasqal;

/// <summary>
/// Client of Pasqal Cloud's batch API (the pasqal-cloud SDK's <c>SDK</c> object): batches of jobs sharing one Pulser
/// sequence, filters and pagination, rebatch, cancel, tags, device specs and results. Logs through
/// <see cref="ILogger{TCategoryName}"/>: batches and workloads created, status changes seen while polling,
/// cancellations, result downloads and retried requests (never a token).
/// </summary>
public sealed partial class PasqalClient : IDisposable
{
    private readonly ServiceHttp _http;
    private readonly IDisposable? _owned;

    /// <summary>Creates the client over an HttpClient that already carries resilience (e.g. from IHttpClientFactory).</summary>
    public PasqalClient(HttpClient httpClient, PasqalClientOptions options, ITokenProvider? tokenProvider = null, ILogger<PasqalClient>? logger = null)
        : this(httpClient, options, tokenProvider, logger, owns: false)
    {
    }

    private PasqalClient(HttpClient httpClient, PasqalClientOptions options, ITokenProvider? tokenProvider, ILogger? logger, bool owns)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        Options = options ?? throw new ArgumentNullException(nameof(options));
        var endpoint = options.Endpoint ?? throw new ArgumentException("PasqalClientOptions.Endpoint is required.", nameof(options));
        var tokens = tokenProvider
            ?? (options.Token is { } t ? new StaticTokenProvider(t)
                : options.Credentials is { } c ? new PasswordGrantTokenProvider(httpClient, c) : null);
        Logger = logger ?? NullLogger.Instance;
        Endpoint = endpoint;
        _http = new ServiceHttp(httpClient, endpoint, tokens, "pasqal", logger: Logger);
        _owned = owns ? httpClient : null;
    }

    /// <summary>Creates a client with its own HttpClient and the default resilience pipeline.</summary>
    public static PasqalClient Create(PasqalClientOptions options, ILogger<PasqalClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PasqalClient(new HttpClient(QuantumResilience.CreateHandler(options.Resilience)), options, null, logger, owns: true);
    }

    /// <summary>The options the client was built with.</summary>
    public PasqalClientOptions Options { get; }

    /// <summary>The core URL the client was built for (what run journals are keyed by, with the account).</summary>
    internal Uri Endpoint { get; }

    /// <summary>Watches the retries of this client's calls until the returned handle is disposed.</summary>
    internal IDisposable ObserveRetries(Action<RetryNotice> observer) => _http.ObserveRetries(observer);

    /// <summary>
    /// Who the calls run as, for run journals: the project and the token's <c>sub</c> claim (a hash of the token when it
    /// has none, so two accounts never share a journal).
    /// </summary>
    internal async ValueTask<string> AccountAsync(CancellationToken cancellationToken)
    {
        var token = _http.Tokens is { } tokens ? await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false) : null;
        var who = token is null ? "anonymous" : Jwt.ReadSubject(token) is { } sub ? "sub:" + sub : "token:" + RunJournal.HashOf([token]);
        return "project:" + (Options.ProjectId ?? "") + "|" + who;
    }

    // ---- batches -------------------------------------------------------------------------------------------------

    /// <summary>
    /// Creates a batch of jobs sharing <paramref name="sequence"/> (Pulser abstract repr; null when every job has its
    /// own), closed unless <see cref="CreateBatchOptions.Open"/>. With <see cref="WaitUntil.Started"/> returns once the
    /// service accepted it, with <see cref="WaitUntil.Completed"/> once every job has ended. Keep the operation's
    /// <see cref="QuantumOperation{T}.Id"/> to resume it after a restart (<see cref="GetBatchOperation"/>).
    /// </summary>
    public async Task<PasqalBatchOperation> CreateBatchAsync(WaitUntil waitUntil, string? sequence, IReadOnlyList<PasqalJobRequest> jobs,
        CreateBatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        QuantumOperation<PasqalBatchInfo>.Check(waitUntil);
        ArgumentNullException.ThrowIfNull(jobs);
        options ??= new CreateBatchOptions();
        ValidateJobs(sequence, jobs);
        var request = new PasqalBatchRequest(sequence, jobs, options.Open, options.DeviceType, options.Webhook,
            options.Configuration, options.Tags is { Count: > 0 } ? options.Tags : null, options.BackendConfiguration,
            options.ProjectId ?? Options.ProjectId);
        var content = ServiceHttp.Json(request, PasqalJsonContext.Default.PasqalBatchRequest, Options.GzipRequests);
        var batch = await SendAsync(HttpMethod.Post, "/api/v1/batches", PasqalJsonContext.Default.JSendPasqalBatchInfo,
            cancellationToken, content, options.IdempotencyKey ?? ServiceHttp.NewIdempotencyKey()).ConfigureAwait(false);
        LogBatchCreated(Logger, batch.Id, batch.Jobs?.Count ?? batch.JobIds?.Count ?? jobs.Count, batch.DeviceType, batch.Open);
        return await QuantumOperation<PasqalBatchInfo>.StartedAsync(new PasqalBatchOperation(this, batch), waitUntil, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates a batch; with <paramref name="wait"/> returns once every job has ended.</summary>
    [Obsolete("Use CreateBatchAsync(WaitUntil.Started or WaitUntil.Completed, sequence, jobs, options, cancellationToken): every starting call takes WaitUntil first.")]
    public Task<PasqalBatchOperation> CreateBatchAsync(string? sequence, IReadOnlyList<PasqalJobRequest> jobs,
        CreateBatchOptions? options = null, bool wait = false, CancellationToken cancellationToken = default) =>
        CreateBatchAsync(wait ? WaitUntil.Completed : WaitUntil.Started, sequence, jobs, options, cancellationToken);

    /// <summary>Gets a batch (v2: with <c>job_ids</c>) as an operation, read once; its ordered jobs are listed on demand.</summary>
    public async Task<PasqalBatchOperation> GetBatchAsync(string batchId, CancellationToken cancellationToken = default) =>
        new(this, await GetBatchInfoAsync(batchId, cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// The operation of an existing batch, from its id alone (no request: the first <c>UpdateStatusAsync</c> or
    /// <c>WaitForCompletionAsync</c> reads it and its jobs; an unknown id is then a 404 <see cref="QuantumServiceException"/>).
    /// This is how a batch is resumed after a restart.
    /// </summary>
    public PasqalBatchOperation GetBatchOperation(string batchId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchId);
        return new PasqalBatchOperation(this, batchId);
    }

    internal Task<PasqalBatchInfo> GetBatchInfoAsync(string batchId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "/api/v2/batches/" + Id(batchId), PasqalJsonContext.Default.JSendPasqalBatchInfo, cancellationToken);

    /// <summary>Lists batches, newest first, page by page (each page carries the total).</summary>
    public AsyncPageable<PasqalBatchInfo> GetBatchesAsync(PasqalBatchFilters? filters = null, int offset = 0, int? limit = null) =>
        Pageable<PasqalBatchInfo>(offset, limit, (q, ct) =>
        {
            filters?.AddTo(q);
            return SendPageAsync("/api/v1/batches" + q, PasqalJsonContext.Default.JSendListPasqalBatchInfo, ct);
        });

    /// <summary>Adds jobs to an open batch in one request (to wait for them, use <see cref="PasqalBatchOperation.AddJobsAsync(WaitUntil, IReadOnlyList{PasqalJobRequest}, CancellationToken)"/>).</summary>
    public async Task<PasqalBatchInfo> AddJobsAsync(string batchId, IReadOnlyList<PasqalJobRequest> jobs, string? idempotencyKey = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ValidateJobs("batch sequence", jobs);
        var content = ServiceHttp.Json(jobs as List<PasqalJobRequest> ?? [.. jobs], PasqalJsonContext.Default.ListPasqalJobRequest, Options.GzipRequests);
        var batch = await SendAsync(HttpMethod.Post, $"/api/v2/batches/{Id(batchId)}/jobs", PasqalJsonContext.Default.JSendPasqalBatchInfo,
            cancellationToken, content, idempotencyKey ?? ServiceHttp.NewIdempotencyKey()).ConfigureAwait(false);
        LogJobsAdded(Logger, jobs.Count, batch.Id);
        return batch;
    }

    /// <summary>Closes an open batch: queued jobs still run, no new jobs are accepted.</summary>
    public async Task<PasqalBatchInfo> CloseBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        var batch = await SendAsync(HttpMethod.Patch, $"/api/v2/batches/{Id(batchId)}/complete", PasqalJsonContext.Default.JSendPasqalBatchInfo, cancellationToken)
            .ConfigureAwait(false);
        LogBatchClosed(Logger, batch.Id, WireEnum<PasqalBatchStatus>.Name(batch.Status));
        return batch;
    }

    /// <summary>Cancels a batch (removes it from the queue or cancels its pending jobs).</summary>
    public async Task<PasqalBatchInfo> CancelBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        var batch = await SendAsync(HttpMethod.Patch, $"/api/v2/batches/{Id(batchId)}/cancel", PasqalJsonContext.Default.JSendPasqalBatchInfo, cancellationToken)
            .ConfigureAwait(false);
        LogBatchCancelled(Logger, batch.Id, WireEnum<PasqalBatchStatus>.Name(batch.Status));
        return batch;
    }

    /// <summary>Cancels several batches at once; the answer says, per batch, which could not be cancelled and why.</summary>
    public async Task<PasqalBatchCancellation> CancelBatchesAsync(IReadOnlyList<string> batchIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batchIds);
        var content = ServiceHttp.Json(new PasqalCancelBatchesRequest(batchIds), PasqalJsonContext.Default.PasqalCancelBatchesRequest);
        var answer = await SendAsync(HttpMethod.Patch, "/api/v1/batches/cancel", PasqalJsonContext.Default.JSendPasqalBatchCancellation, cancellationToken, content)
            .ConfigureAwait(false);
        LogBatchesCancelled(Logger, answer.Batches.Count, batchIds.Count);
        LogRefusals("batch", answer.Errors);
        return answer;
    }

    /// <summary>
    /// Retries jobs of a closed batch in a new batch (whose <c>parent_id</c> is the old one); no filter = every job.
    /// With <see cref="WaitUntil.Completed"/> returns once the new batch's jobs have ended.
    /// </summary>
    public async Task<PasqalBatchOperation> RebatchAsync(WaitUntil waitUntil, string batchId, PasqalRebatchFilters? filters = null,
        CancellationToken cancellationToken = default)
    {
        QuantumOperation<PasqalBatchInfo>.Check(waitUntil);
        var q = new QueryString();
        filters?.AddTo(q);
        var batch = await SendAsync(HttpMethod.Post, $"/api/v1/batches/{Id(batchId)}/rebatch{q}", PasqalJsonContext.Default.JSendPasqalBatchInfo,
            cancellationToken, idempotencyKey: ServiceHttp.NewIdempotencyKey()).ConfigureAwait(false);
        LogRebatched(Logger, batch.Id, batch.Jobs?.Count ?? batch.JobIds?.Count ?? 0, batchId);
        return await QuantumOperation<PasqalBatchInfo>.StartedAsync(new PasqalBatchOperation(this, batch), waitUntil, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Retries jobs of a closed batch in a new batch; no filter = every job.</summary>
    [Obsolete("Use RebatchAsync(WaitUntil.Started, batchId, filters, cancellationToken): every starting call takes WaitUntil first.")]
    public Task<PasqalBatchOperation> RebatchAsync(string batchId, PasqalRebatchFilters? filters = null, CancellationToken cancellationToken = default) =>
        RebatchAsync(WaitUntil.Started, batchId, filters, cancellationToken);

    /// <summary>Replaces a batch's tags.</summary>
    public Task<PasqalBatchInfo> SetBatchTagsAsync(string batchId, IReadOnlyList<string> tags, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var content = ServiceHttp.Json(tags as List<string> ?? [.. tags], PasqalJsonContext.Default.ListString);
        return SendAsync(HttpMethod.Patch, $"/api/v1/batches/{Id(batchId)}/tags", PasqalJsonContext.Default.JSendPasqalBatchInfo, cancellationToken, content);
    }

    // ---- jobs ----------------------------------------------------------------------------------------------------

    /// <summary>Lists jobs, newest first (or a batch's jobs in creation order with <paramref name="creationOrder"/>).</summary>
    public AsyncPageable<PasqalJobInfo> GetJobsAsync(PasqalJobFilters? filters = null, int offset = 0, int? limit = null, bool creationOrder = false) =>
        Pageable<PasqalJobInfo>(offset, limit, (q, ct) =>
        {
            filters?.AddTo(q);
            if (creationOrder)
            {
                q.Add("order_by", "creation_order").Add("order_by_direction", "ASC");
            }

            return SendPageAsync("/api/v2/jobs" + q, PasqalJsonContext.Default.JSendListPasqalJobInfo, ct);
        });

    /// <summary>Gets one job (with its own <c>sequence</c>).</summary>
    public Task<PasqalJobInfo> GetJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "/api/v2/jobs/" + Id(jobId), PasqalJsonContext.Default.JSendPasqalJobInfo, cancellationToken);

    /// <summary>Cancels one job.</summary>
    public async Task<PasqalJobInfo> CancelJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        var job = await SendAsync(HttpMethod.Patch, $"/api/v2/jobs/{Id(jobId)}/cancel", PasqalJsonContext.Default.JSendPasqalJobInfo, cancellationToken)
            .ConfigureAwait(false);
        LogJobCancelled(Logger, job.Id, job.BatchId, WireEnum<PasqalJobStatus>.Name(job.Status));
        return job;
    }

    /// <summary>Cancels the jobs of a batch that match <paramref name="filters"/>; the answer lists per-job failures.</summary>
    public async Task<PasqalJobCancellation> CancelJobsAsync(string batchId, PasqalCancelJobFilters? filters = null, CancellationToken cancellationToken = default)
    {
        var q = new QueryString();
        filters?.AddTo(q);
        var answer = await SendAsync(HttpMethod.Patch, $"/api/v2/batches/{Id(batchId)}/cancel/jobs{q}", PasqalJsonContext.Default.JSendPasqalJobCancellation,
            cancellationToken).ConfigureAwait(false);
        LogJobsCancelled(Logger, answer.Jobs.Count, batchId);
        LogRefusals("job", answer.Errors);
        return answer;
    }

    /// <summary>
    /// Downloads a job's result through its results link (<c>null</c> when the service has none yet). The link is
    /// pre-signed, so it is fetched without the bearer token.
    /// </summary>
    public async Task<PasqalJobResult?> GetJobResultAsync(string jobId, CancellationToken cancellationToken = default)
    {
        var link = await SendAsync(HttpMethod.Get, $"/api/v1/jobs/{Id(jobId)}/results_link", PasqalJsonContext.Default.JSendPasqalResultsLink, cancellationToken)
            .ConfigureAwait(false);
        if (link.ResultsLink is not { Length: > 0 } url)
        {
            LogJobResultNotReady(Logger, jobId);
            return null;
        }

        var target = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute : new Uri(_http.BaseUri, url);
        var result = await _http.SendAsync(HttpMethod.Get, target.ToString(), PasqalJsonContext.Default.PasqalJobResult, cancellationToken,
            authenticated: false).ConfigureAwait(false);
        LogJobResultDownloaded(Logger, jobId, result.Counter?.Values.Sum() ?? 0, result.Counter?.Count ?? 0);
        return result;
    }

    // ---- devices ------------------------------------------------------------------------------------------------

    /// <summary>
    /// The devices the service publishes, by device type (for example <c>FRESNEL</c>), read from their Pulser device JSON
    /// into <see cref="Device"/> (usable for validation: see <see cref="SequenceDevice.OnDevice"/>); needs authentication.
    /// </summary>
    /// <exception cref="AbstractReprException">A published device cannot be read; the path starts with its device type.</exception>
    public async Task<IReadOnlyDictionary<string, Device>> GetDeviceSpecsAsync(CancellationToken cancellationToken = default)
    {
        var raw = await GetDeviceSpecsJsonAsync(cancellationToken).ConfigureAwait(false);
        var devices = new SortedDictionary<string, Device>(StringComparer.Ordinal);
        foreach (var (deviceType, json) in raw)
        {
            try
            {
                devices[deviceType] = Device.FromAbstractRepr(json);
            }
            catch (AbstractReprException e)
            {
                throw new AbstractReprException(e.Path == "$" ? deviceType : $"{deviceType}.{e.Path}", e.Reason);
            }
        }

        return devices;
    }

    /// <summary>The device specs exactly as published: Pulser device JSON strings by device type; needs authentication.</summary>
    public async Task<IReadOnlyDictionary<string, string>> GetDeviceSpecsJsonAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/api/v1/devices/specs", PasqalJsonContext.Default.JSendDictionaryStringString, cancellationToken).ConfigureAwait(false);

    /// <summary>Public device specs (no authentication needed).</summary>
    public async Task<IReadOnlyList<PasqalDeviceSpecs>> GetPublicDeviceSpecsAsync(CancellationToken cancellationToken = default) =>
        await SendAsync(HttpMethod.Get, "/api/v1/devices/public-specs", PasqalJsonContext.Default.JSendListPasqalDeviceSpecs, cancellationToken, authenticated: false).ConfigureAwait(false);

    /// <inheritdoc />
    public void Dispose() => _owned?.Dispose();

    // ---- plumbing ------------------------------------------------------------------------------------------------

    /// <summary>Where the client and its batch handles log (a no-op logger when none was given).</summary>
    internal ILogger Logger { get; }

    private void LogRefusals(string kind, IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (id, reason) in errors)
        {
            LogCancelRefused(Logger, kind, id, reason);
        }
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<JSend<T>> type,
        CancellationToken cancellationToken, HttpContent? content = null, string? idempotencyKey = null, bool authenticated = true)
    {
        var envelope = await _http.SendAsync(method, path, type, cancellationToken, content, idempotencyKey, authenticated).ConfigureAwait(false);
        return envelope.Data ?? throw new QuantumProtocolException("the response has no data", null, method.Method + " " + path);
    }

    private async Task<Page<T>> SendPageAsync<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<JSend<List<T>>> type, CancellationToken cancellationToken)
    {
        var envelope = await _http.SendAsync(HttpMethod.Get, path, type, cancellationToken).ConfigureAwait(false);
        var items = envelope.Data ?? [];
        var offset = envelope.Pagination?.Offset ?? envelope.Pagination?.Start ?? 0;
        return new Page<T>(items, offset, envelope.Pagination?.Total ?? items.Count);
    }

    private AsyncPageable<T> Pageable<T>(int offset, int? limit, Func<QueryString, CancellationToken, Task<Page<T>>> fetch)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        if (limit is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "limit must be at least 1.");
        }

        return new AsyncPageable<T>(async (o, size, ct) =>
        {
            var q = new QueryString().Add("offset", o).Add("limit", size);
            var page = await fetch(q, ct).ConfigureAwait(false);
            // Services that echo no offset: trust ours.
            return page.Offset == 0 && o != 0 ? page with { Offset = o } : page;
        }, Options.PageSize, offset, limit);
    }

    private static string Id(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Uri.EscapeDataString(id);
    }

    private static void ValidateJobs(string? sequence, IReadOnlyList<PasqalJobRequest> jobs)
    {
        var problems = new List<Violation>();
        for (var i = 0; i < jobs.Count; i++)
        {
            var job = jobs[i];
            if (job is null)
            {
                problems.Add(Violation.Rule($"jobs[{i}]", "null", "must be a job"));
                continue;
            }

            if (job.Runs is < 1)
            {
                problems.Add(Violation.BelowMinimum($"jobs[{i}].runs", job.Runs.Value, 1));
            }

            if (sequence is null && job.Sequence is null)
            {
                problems.Add(Violation.Rule($"jobs[{i}].sequence", "null", "is required when the batch has no sequence (MissingJobSequence)"));
            }

            if (job.Sequence is not null && job.Variables is { Count: > 0 })
            {
                problems.Add(Violation.Rule($"jobs[{i}].variables", "set", "must be empty when the job has its own sequence (JobSequenceVariablesConflict)"));
            }
        }

        ExperimentValidationException.ThrowIfAny(problems);
    }
}
