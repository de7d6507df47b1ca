using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Oqtant;

/// <summary>
/// Client of the Oqtant (Infleqtion) job API, with every capability of the Python <c>OqtantClient</c>: get, generate,
/// submit, run, search, track, load (from ids and files) and write jobs, the active-jobs list, cancel, delete, limits,
/// raw images and queue status.
/// Logs through <see cref="ILogger{TCategoryName}"/>: jobs submitted, status changes seen while tracking,
/// cancellations, deletions and refusals, output downloads and retried requests (never a token).
/// </summary>
public sealed partial class OqtantClient : IDisposable
{
    private readonly ServiceHttp _http;
    private readonly IDisposable? _owned;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, OqtantJob> _active = new(StringComparer.Ordinal);

    /// <summary>Creates the client over an HttpClient that already carries resilience (e.g. from IHttpClientFactory).</summary>
    public OqtantClient(HttpClient httpClient, OqtantClientOptions options, ITokenProvider? tokenProvider = null, ILogger<OqtantClient>? logger = null)
        : this(httpClient, options, tokenProvider, logger, owns: false)
    {
    }

    private OqtantClient(HttpClient httpClient, OqtantClientOptions options, ITokenProvider? tokenProvider, ILogger? logger, bool owns)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        Options = options ?? throw new ArgumentNullException(nameof(options));
        var endpoint = options.Endpoint ?? throw new ArgumentException("OqtantClientOptions.Endpoint is required.", nameof(options));
        var tokens = tokenProvider ?? (options.Token is { } t ? new StaticTokenProvider(t)
            : throw new ArgumentException("An Oqtant client needs a token (OqtantClientOptions.Token or a token provider).", nameof(options)));
        var user = options.UserId ?? (options.Token is { } token ? UserIdFromToken(token) : null)
            ?? throw new ArgumentException("No user id: the token has no 'sub' claim; set OqtantClientOptions.UserId.", nameof(options));
        UserId = user;
        Endpoint = endpoint;
        var users = new Uri(endpoint.ToString().TrimEnd('/') + "/users/" + Uri.EscapeDataString(user));
        _logger = logger ?? NullLogger.Instance;
        _http = new ServiceHttp(httpClient, users, tokens, "oqtant", [new("X-Client-Version", options.ClientVersion)], _logger);
        _owned = owns ? httpClient : null;
    }

    /// <summary>
    /// Creates a client from a token with its own HttpClient and the resilience pipeline of <paramref name="options"/>
    /// (<c>get_oqtant_client</c>). <paramref name="options"/> is not changed: the client keeps a copy carrying the token.
    /// </summary>
    public static OqtantClient Create(string token, OqtantClientOptions? options = null, ILogger<OqtantClient>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        options = (options ?? new OqtantClientOptions()).WithToken(token);
        return new OqtantClient(new HttpClient(QuantumResilience.CreateHandler(options.Resilience)), options, null, logger, owns: true);
    }

    /// <summary>The options the client was built with.</summary>
    public OqtantClientOptions Options { get; }

    /// <summary>The user id used in URLs.</summary>
    public string UserId { get; }

    /// <summary>Jobs loaded or run in this client's lifetime (<c>active_jobs</c>), by external id.</summary>
    public IReadOnlyDictionary<string, OqtantJob> ActiveJobs => _active;

    // ---- single jobs ---------------------------------------------------------------------------------------------

    /// <summary>
    /// Gets a job with the outputs of one run (default run 1), whatever its status (<c>get_job</c>); a run that came
    /// with its output is logged (Debug).
    /// </summary>
    public async Task<OqtantJob> GetJobAsync(string jobId, int run = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(run, 1);
        var job = await _http.SendAsync(HttpMethod.Get, $"/jobs/{Id(jobId)}?run={run.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            OqtantJsonContext.Default.OqtantJob, cancellationToken).ConfigureAwait(false);
        if (_logger.IsEnabled(LogLevel.Debug))
        {
            foreach (var input in job.Inputs)
            {
                if (input.Output is not null)
                {
                    LogOutputDownloaded(_logger, input.Run ?? run, jobId, WireEnum<JobStatus>.Name(job.Status));
                }
            }
        }

        return job;
    }

    /// <summary>
    /// A job's inputs without outputs, as a job definition ready to resubmit (<c>get_job_inputs_without_output</c>):
    /// every run, or only <paramref name="run"/>; notes only with <paramref name="includeNotes"/>.
    /// </summary>
    public async Task<MatterJob> GetJobInputsWithoutOutputAsync(string jobId, int? run = null, bool includeNotes = false,
        CancellationToken cancellationToken = default)
    {
        var first = await GetJobAsync(jobId, run ?? 1, cancellationToken).ConfigureAwait(false);
        var inputs = new List<JobInput>(first.Inputs);
        if (run is null)
        {
            for (var r = 2; r <= (first.InputCount ?? 1); r++)
            {
                inputs.AddRange((await GetJobAsync(jobId, r, cancellationToken).ConfigureAwait(false)).Inputs);
            }
        }

        return MatterJob.Create(first.Name, inputs.Select(i => new MatterInput(i.Values, includeNotes ? i.Notes : null)));
    }

    /// <summary>Submits one job: its id, queue position and estimated time (<c>submit_job</c>). The create carries an Idempotency-Key.</summary>
    public async Task<JobCreateResponse> SubmitJobAsync(MatterJob job, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var content = ServiceHttp.Json(job.ToRequest(), OqtantJsonContext.Default.JobCreateRequest);
        var submitted = await _http.SendAsync(HttpMethod.Post, "/jobs", OqtantJsonContext.Default.JobCreateResponse, cancellationToken, content,
            idempotencyKey ?? ServiceHttp.NewIdempotencyKey()).ConfigureAwait(false);
        LogJobSubmitted(_logger, submitted.JobId, job.Name, job.Inputs.Count, submitted.QueuePosition);
        return submitted;
    }

    /// <summary>
    /// Submits one job as a long-running operation: with <see cref="WaitUntil.Started"/> returns once the service
    /// accepted it (<see cref="OqtantJobOperation.Submission"/> has the queue position), with
    /// <see cref="WaitUntil.Completed"/> once it ended (run 1 in <see cref="QuantumOperation{T}.Value"/>). Keep the
    /// operation's <see cref="QuantumOperation{T}.Id"/> to resume it after a restart (<see cref="GetJobOperation"/>).
    /// </summary>
    public async Task<OqtantJobOperation> SubmitJobAsync(WaitUntil waitUntil, MatterJob job, string? idempotencyKey = null,
        CancellationToken cancellationToken = default)
    {
        QuantumOperation<OqtantJob>.Check(waitUntil);
        var submitted = await SubmitJobAsync(job, idempotencyKey, cancellationToken).ConfigureAwait(false);
        return await QuantumOperation<OqtantJob>.StartedAsync(new OqtantJobOperation(this, submitted.JobId, null, submitted), waitUntil, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Submits a job and returns it as a long-running operation.</summary>
    [Obsolete("Use SubmitJobAsync(WaitUntil.Started, job, idempotencyKey, cancellationToken): every starting call takes WaitUntil first.")]
    public Task<OqtantJobOperation> StartJobAsync(MatterJob job, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SubmitJobAsync(WaitUntil.Started, job, idempotencyKey, cancellationToken);

    /// <summary>
    /// The operation of an existing job, from its id alone (no request: the first <c>UpdateStatusAsync</c> or
    /// <c>WaitForCompletionAsync</c> reads it; an unknown id is then a 404 <see cref="QuantumServiceException"/>).
    /// This is how a job is resumed after a restart.
    /// </summary>
    public OqtantJobOperation GetJobOperation(string jobId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jobId);
        return new OqtantJobOperation(this, jobId, null, null);
    }

    /// <summary>Cancels a job; a refusal (a job that ended can no longer be cancelled) is logged, then thrown.</summary>
    public async Task CancelJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        try
        {
            await _http.SendForStringAsync(HttpMethod.Put, $"/jobs/{Id(jobId)}/cancel", cancellationToken).ConfigureAwait(false);
        }
        catch (QuantumServiceException e) when (IsRefusal(e))
        {
            LogCancelRefused(_logger, jobId, e.Status, e.ServiceMessage ?? string.Empty);
            throw;
        }

        LogJobCancelled(_logger, jobId);
    }

    /// <summary>Deletes a job (it is then gone for every call) and drops it from the active jobs; a refusal is logged, then thrown.</summary>
    public async Task DeleteJobAsync(string jobId, CancellationToken cancellationToken = default)
    {
        try
        {
            await _http.SendForStringAsync(HttpMethod.Delete, $"/jobs/{Id(jobId)}", cancellationToken).ConfigureAwait(false);
        }
        catch (QuantumServiceException e) when (IsRefusal(e))
        {
            LogDeleteRefused(_logger, jobId, e.Status, e.ServiceMessage ?? string.Empty);
            throw;
        }

        _active.TryRemove(jobId, out _);
        LogJobDeleted(_logger, jobId);
    }

    /// <summary>The account's job limits (daily limit and remaining, credits).</summary>
    public Task<JobLimits> GetJobLimitsAsync(CancellationToken cancellationToken = default) =>
        _http.SendAsync(HttpMethod.Get, "/job_limits", OqtantJsonContext.Default.JobLimits, cancellationToken);

    /// <summary>The account's jobs matching <paramref name="search"/> (<c>search_jobs</c>); each item carries its status.</summary>
    public async Task<IReadOnlyList<JobSummary>> GetJobsAsync(OqtantJobSearch? search = null, CancellationToken cancellationToken = default)
    {
        search ??= new OqtantJobSearch();
        if (search.Limit is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(search), search.Limit, "OqtantJobSearch.Limit must be in 1..100.");
        }

        var q = new QueryString()
            .Add("job_type", search.JobType)
            .Add("name", search.Name).Add("submit_start", search.SubmitStart).Add("submit_end", search.SubmitEnd)
            .Add("notes", search.Notes).Add("limit", search.Limit);
        var page = await _http.SendAsync(HttpMethod.Get, "/jobs" + q, OqtantJsonContext.Default.JobSearchPage, cancellationToken).ConfigureAwait(false);
        return page.Items;
    }

    // ---- active jobs ---------------------------------------------------------------------------------------------

    /// <summary>Reads a job (one run, default 1) and adds it to the active jobs (<c>load_job_from_id</c>).</summary>
    public async Task<OqtantJob> AddActiveJobAsync(string jobId, int run = 1, CancellationToken cancellationToken = default)
    {
        var job = await GetJobAsync(jobId, run, cancellationToken).ConfigureAwait(false);
        _active[jobId] = job;
        return job;
    }

    /// <summary>Reads jobs (first run) and adds them to the active jobs (<c>load_job_from_id_list</c>).</summary>
    public async Task<IReadOnlyList<OqtantJob>> AddActiveJobsAsync(IEnumerable<string> jobIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        var jobs = new List<OqtantJob>();
        foreach (var id in jobIds)
        {
            jobs.Add(await AddActiveJobAsync(id, 1, cancellationToken).ConfigureAwait(false));
        }

        return jobs;
    }

    /// <summary>Reads a job file and adds that job (first run, re-read from the service) to the active jobs (<c>load_job_from_file</c>).</summary>
    public async Task<OqtantJob> AddActiveJobFromFileAsync(string path, CancellationToken cancellationToken = default)
    {
        var saved = await OqtantJobFile.ReadAsync(path, cancellationToken).ConfigureAwait(false);
        var id = saved.ExternalId ?? throw new InvalidDataException($"{path}: the job has no external_id (a simulator result cannot be reloaded).");
        return await AddActiveJobAsync(id, 1, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the jobs of several job files to the active jobs (<c>load_job_from_file_list</c>).</summary>
    public async Task<IReadOnlyList<OqtantJob>> AddActiveJobsFromFilesAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var jobs = new List<OqtantJob>();
        foreach (var path in paths)
        {
            jobs.Add(await AddActiveJobFromFileAsync(path, cancellationToken).ConfigureAwait(false));
        }

        return jobs;
    }

    /// <summary>
    /// The active jobs (<c>see_active_jobs</c>), oldest submission first; with <paramref name="refresh"/>, pending and
    /// running ones are re-read first (status changes logged).
    /// </summary>
    public async Task<IReadOnlyList<OqtantJob>> GetActiveJobsAsync(bool refresh = false, CancellationToken cancellationToken = default)
    {
        if (refresh)
        {
            foreach (var (id, job) in _active.ToArray())
            {
                if (job.Status is JobStatus.Pending or JobStatus.Running)
                {
                    var fresh = await GetJobAsync(id, job.Inputs.FirstOrDefault()?.Run ?? 1, cancellationToken).ConfigureAwait(false);
                    LogStatusSeen(id, job.Status, fresh.Status, fresh.FailedInputs);
                    _active[id] = fresh;
                }
            }
        }

        return [.. _active.Values.OrderBy(j => j.TimeSubmit).ThenBy(j => j.ExternalId, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public void Dispose() => _owned?.Dispose();

    internal void Remember(OqtantJob job)
    {
        if (job.ExternalId is { } id)
        {
            _active[id] = job;
        }
    }

    internal ILogger Logger => _logger;

    /// <summary>The API base the client was built for (what run journals are keyed by, with <see cref="UserId"/>).</summary>
    internal Uri Endpoint { get; }

    /// <summary>Watches the retries of this client's calls until the returned handle is disposed.</summary>
    internal IDisposable ObserveRetries(Action<RetryNotice> observer) => _http.ObserveRetries(observer);

    private static string? UserIdFromToken(string token) =>
        Jwt.ReadSubject(token) is { } sub ? (sub.StartsWith("auth0|", StringComparison.Ordinal) ? sub["auth0|".Length..] : sub) : null;

    private static string Id(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return Uri.EscapeDataString(id);
    }
}
