using System.Text.Json;
namespace QuantumDsl.Client.Pasqal;

/// <summary>
/// Client of Pasqal Cloud's batch API (the pasqal-cloud SDK's <c>SDK</c> object): batches of jobs sharing one Pulser
/// sequence, filters and pagination, rebatch, cancel, tags, device specs and results.
/// </summary>
public sealed partial class PasqalClient : IDisposable
{
    private readonly ServiceHttp _http;
    private readonly HttpClient _results;
    private readonly IDisposable? _owned;

    /// <summary>Creates the client over an HttpClient that already carries resilience (e.g. from IHttpClientFactory).</summary>
    public PasqalClient(HttpClient httpClient, PasqalClientOptions options, ITokenProvider? tokenProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        Options = options ?? throw new ArgumentNullException(nameof(options));
        var endpoint = options.Endpoint ?? throw new ArgumentException("PasqalClientOptions.Endpoint is required.", nameof(options));
        var tokens = tokenProvider
            ?? (options.Token is { } t ? new StaticTokenProvider(t)
                : options.Credentials is { } c ? new PasswordGrantTokenProvider(httpClient, c) : null);
        _http = new ServiceHttp(httpClient, endpoint, tokens, "pasqal");
        _results = httpClient;
    }

    private PasqalClient(HttpClient owned, PasqalClientOptions options, bool owns)
        : this(owned, options, tokenProvider: null)
    {
        _owned = owns ? owned : null;
    }

    /// <summary>Creates a client with its own HttpClient and the default resilience pipeline.</summary>
    public static PasqalClient Create(PasqalClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new PasqalClient(new HttpClient(QuantumResilience.CreateHandler(options.Resilience)), options, owns: true);
    }

    /// <summary>The options the client was built with.</summary>
    public PasqalClientOptions Options { get; }

    // ---- batches -------------------------------------------------------------------------------------------------

    /// <summary>
    /// Creates a batch of jobs sharing <paramref name="sequence"/> (Pulser abstract repr). Closed unless
    /// <c>open</c>; with <paramref name="wait"/> returns once every job has ended.
    /// </summary>
    public async Task<PasqalBatchOperation> CreateBatchAsync(string? sequence, IReadOnlyList<PasqalJobRequest> jobs,
        CreateBatchOptions? options = null, bool wait = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        options ??= new CreateBatchOptions();
        ValidateJobs(sequence, jobs);
        var request = new PasqalBatchRequest(sequence, jobs, options.Open, options.DeviceType, options.Webhook,
            options.Configuration, options.Tags is { Count: > 0 } ? options.Tags : null, options.BackendConfiguration,
            options.ProjectId ?? Options.ProjectId);
        var content = ServiceHttp.Json(request, PasqalJsonContext.Default.PasqalBatchRequest, Options.GzipRequests);
        var batch = await SendAsync(HttpMethod.Post, "/api/v1/batches", PasqalJsonContext.Default.JSendPasqalBatchInfo,
            cancellationToken, content, options.IdempotencyKey ?? ServiceHttp.NewIdempotencyKey()).ConfigureAwait(false);
        var operation = new PasqalBatchOperation(this, batch);
        if (wait)
        {
            await operation.WaitForCompletionAsync(cancellationToken).ConfigureAwait(false);
        }

        return operation;
    }

    /// <summary>Gets a batch (v2: with <c>job_ids</c>) as a handle; its ordered jobs are listed on demand.</summary>
    public async Task<PasqalBatchOperation> GetBatchAsync(string batchId, CancellationToken cancellationToken = default) =>
        new(this, await GetBatchInfoAsync(batchId, cancellationToken).ConfigureAwait(false));

    internal Task<PasqalBatchInfo> GetBatchInfoAsync(string batchId, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, "/api/v2/batches/" + Id(batchId), PasqalJsonContext.Default.JSendPasqalBatchInfo, cancellationToken);

    /// <summary>Lists batches, newest first, page by page (each page carries the total).</summary>
    public AsyncPageable<PasqalBatchInfo> GetBatchesAsync(PasqalBatchFilters? filters = null, int offset = 0, int? limit = null) =>
        Pageable<PasqalBatchInfo>(offset, limit, (q, ct) =>
        {
            filters?.AddTo(q);
            return SendPageAsync("/api/v1/batches" + q, PasqalJsonContext.Default.JSendListPasqalBatchInfo, ct);
        });

    /// <summary>Adds jobs to an open batch in one request (to wait for them, use <see cref="PasqalBatchOperation.AddJobsAsync"/>).</summary>
    public async Task<PasqalBatchInfo> AddJobsAsync(string batchId, IReadOnlyList<PasqalJobRequest> jobs, string? idempotencyKey = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ValidateJobs("batch sequence", jobs);
        var content = ServiceHttp.Json(jobs as List<PasqalJobRequest> ?? [.. jobs], PasqalJsonContext.Default.ListPasqalJobRequest, Options.GzipRequests);
        return await SendAsync(HttpMethod.Post, $"/api/v2/batches/{Id(batchId)}/jobs", PasqalJsonContext.Default.JSendPasqalBatchInfo,
            cancellationToken, content, idempotencyKey ?? ServiceHttp.NewIdempotencyKey()).ConfigureAwait(false);
    }

    /// <summary>Closes an open batch: queued jobs still run, no new jobs are accepted.</summary>
    public Task<PasqalBatchInfo> CloseBatchAsync(string batchId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Patch, $"/api/v2/batches/{Id(batchId)}/complete", PasqalJsonContext.Default.JSendPasqalBatchInfo, cancellationToken);

    /// <summary>Cancels a batch (removes it from the queue or cancels its pending jobs).</summary>
    public Task<PasqalBatchInfo> CancelBatchAsync(string batchId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Patch, $"/api/v2/batches/{Id(batchId)}/cancel", PasqalJsonContext.Default.JSendPasqalBatchInfo, cancellationToken);

    /// <summary>Cancels several batches at once; the answer says, per batch, which could not be cancelled and why.</summary>
    public Task<PasqalBatchCancellation> CancelBatchesAsync(IReadOnlyList<string> batchIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batchIds);
        var content = ServiceHttp.Json(new PasqalCancelBatchesRequest(batchIds), PasqalJsonContext.Default.PasqalCancelBatchesRequest);
        return SendAsync(HttpMethod.Patch, "/api/v1/batches/cancel", PasqalJsonContext.Default.JSendPasqalBatchCancellation, cancellationToken, content);
    }

    /// <summary>Retries jobs of a closed batch in a new batch (whose <c>parent_id</c> is the old one); no filter = every job.</summary>
    public async Task<PasqalBatchOperation> RebatchAsync(string batchId, PasqalRebatchFilters? filters = null, CancellationToken cancellationToken = default)
    {
        var q = new QueryString();
        filters?.AddTo(q);
        var batch = await SendAsync(HttpMethod.Post, $"/api/v1/batches/{Id(batchId)}/rebatch{q}", PasqalJsonContext.Default.JSendPasqalBatchInfo,
            cancellationToken, idempotencyKey: ServiceHttp.NewIdempotencyKey()).ConfigureAwait(false);
        return new PasqalBatchOperation(this, batch);
    }

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
    public Task<PasqalJobInfo> CancelJobAsync(string jobId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Patch, $"/api/v2/jobs/{Id(jobId)}/cancel", PasqalJsonContext.Default.JSendPasqalJobInfo, cancellationToken);

    /// <summary>Cancels the jobs of a batch that match <paramref name="filters"/>; the answer lists per-job failures.</summary>
    public Task<PasqalJobCancellation> CancelJobsAsync(string batchId, PasqalCancelJobFilters? filters = null, CancellationToken cancellationToken = default)
    {
        var q = new QueryString();
        filters?.AddTo(q);
        return SendAsync(HttpMethod.Patch, $"/api/v2/batches/{Id(batchId)}/cancel/jobs{q}", PasqalJsonContext.Default.JSendPasqalJobCancellation, cancellationToken);
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
            return null;
        }

        var target = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute : new Uri(_http.BaseUri, url);
        return await _http.SendAsync(HttpMethod.Get, target.ToString(), PasqalJsonContext.Default.PasqalJobResult, cancellationToken,
            authenticated: false).ConfigureAwait(false);
    }

    // ---- devices ------------------------------------------------------------------------------------------------

    /// <summary>Device specs by device type (Pulser device JSON strings); needs authentication.</summary>
    public Task<Dictionary<string, string>> GetDeviceSpecsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "/api/v1/devices/specs", PasqalJsonContext.Default.JSendDictionaryStringString, cancellationToken);

    /// <summary>Public device specs (no authentication needed).</summary>
    public Task<List<PasqalDeviceSpecs>> GetPublicDeviceSpecsAsync(CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "/api/v1/devices/public-specs", PasqalJsonContext.Default.JSendListPasqalDeviceSpecs, cancellationToken, authenticated: false);

    /// <inheritdoc />
    public void Dispose() => _owned?.Dispose();

    // ---- plumbing ------------------------------------------------------------------------------------------------

    private async Task<T> SendAsync<T>(HttpMethod method, string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<JSend<T>> type,
        CancellationToken cancellationToken, HttpContent? content = null, string? idempotencyKey = null, bool authenticated = true)
    {
        var envelope = await _http.SendAsync(method, path, type, cancellationToken, content, idempotencyKey, authenticated).ConfigureAwait(false);
        return envelope.Data ?? throw new QuantumServiceException(200, "the response has no data", null, method.Method + " " + path);
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
