using System.Text.Json;

namespace QuantumDsl.Client.Pasqal;

// Workloads: create, get and cancel, optionally waiting for the end, and reading the result.
public sealed partial class PasqalClient
{
    /// <summary>
    /// Creates a workload (<c>POST /api/v1/workloads</c>, with an <c>Idempotency-Key</c>) as a long-running operation;
    /// the project is <see cref="PasqalClientOptions.ProjectId"/> unless the request gives one. With
    /// <see cref="WaitUntil.Started"/> returns once the service accepted it, with <see cref="WaitUntil.Completed"/> once it
    /// is no longer PENDING or RUNNING. Keep the operation's <see cref="QuantumOperation{T}.Id"/> to resume it after a
    /// restart (<see cref="GetWorkloadOperation"/>).
    /// </summary>
    public async Task<PasqalWorkloadOperation> CreateWorkloadAsync(WaitUntil waitUntil, PasqalWorkloadRequest request,
        CancellationToken cancellationToken = default)
    {
        QuantumOperation<PasqalWorkloadInfo>.Check(waitUntil);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.WorkloadType);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Backend);
        if (request.Config.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException($"A workload's config must be a JSON object, not {request.Config.ValueKind}.", nameof(request));
        }

        var body = request with { ProjectId = request.ProjectId ?? Options.ProjectId };
        var workload = await SendAsync(HttpMethod.Post, "/api/v1/workloads", PasqalJsonContext.Default.JSendPasqalWorkloadInfo, cancellationToken,
            ServiceHttp.Json(body, PasqalJsonContext.Default.PasqalWorkloadRequest), ServiceHttp.NewIdempotencyKey()).ConfigureAwait(false);
        LogWorkloadCreated(Logger, workload.Id, workload.WorkloadType, workload.Backend);
        return await QuantumOperation<PasqalWorkloadInfo>.StartedAsync(new PasqalWorkloadOperation(this, workload.Id, workload), waitUntil, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>Creates a workload; with <paramref name="wait"/>, returns once it is no longer PENDING or RUNNING.</summary>
    [Obsolete("Use CreateWorkloadAsync(WaitUntil.Started or WaitUntil.Completed, request, cancellationToken), which returns the workload as an operation (its Value).")]
    public async Task<PasqalWorkloadInfo> CreateWorkloadAsync(PasqalWorkloadRequest request, bool wait = false, CancellationToken cancellationToken = default) =>
        (await CreateWorkloadAsync(wait ? WaitUntil.Completed : WaitUntil.Started, request, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Gets a workload (<c>GET /api/v2/workloads/{id}</c>); to wait for it, use <see cref="GetWorkloadOperation"/>.</summary>
    public Task<PasqalWorkloadInfo> GetWorkloadAsync(string workloadId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Get, "/api/v2/workloads/" + Id(workloadId), PasqalJsonContext.Default.JSendPasqalWorkloadInfo, cancellationToken);

    /// <summary>Gets a workload; with <paramref name="wait"/>, once it is no longer PENDING or RUNNING.</summary>
    [Obsolete("Use GetWorkloadAsync(workloadId, cancellationToken), or GetWorkloadOperation(workloadId).WaitForCompletionAsync(cancellationToken) to wait.")]
    public async Task<PasqalWorkloadInfo> GetWorkloadAsync(string workloadId, bool wait, CancellationToken cancellationToken = default) =>
        wait ? await GetWorkloadOperation(workloadId).WaitForCompletionAsync(cancellationToken).ConfigureAwait(false)
            : await GetWorkloadAsync(workloadId, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The operation of an existing workload, from its id alone (no request: the first <c>UpdateStatusAsync</c> or
    /// <c>WaitForCompletionAsync</c> reads it; an unknown id is then a 404 <see cref="QuantumServiceException"/>).
    /// </summary>
    public PasqalWorkloadOperation GetWorkloadOperation(string workloadId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workloadId);
        return new PasqalWorkloadOperation(this, workloadId, null);
    }

    /// <summary>Cancels a pending or running workload (<c>PUT /api/v1/workloads/{id}/cancel</c>) and returns it.</summary>
    public async Task<PasqalWorkloadInfo> CancelWorkloadAsync(string workloadId, CancellationToken cancellationToken = default)
    {
        var workload = await SendAsync(HttpMethod.Put, $"/api/v1/workloads/{Id(workloadId)}/cancel", PasqalJsonContext.Default.JSendPasqalWorkloadInfo,
            cancellationToken).ConfigureAwait(false);
        LogWorkloadCancelled(Logger, workload.Id, WireEnum<PasqalWorkloadStatus>.Name(workload.Status));
        return workload;
    }

    /// <summary>
    /// The workload's result as pasqal-cloud reads it: <see cref="PasqalWorkloadInfo.Result"/> when it is a non-empty
    /// object, else the JSON object downloaded from <see cref="PasqalWorkloadInfo.ResultLink"/> (pre-signed: fetched
    /// without the bearer token), else null (no result yet). A link that does not give a JSON object is an error.
    /// </summary>
    public async Task<JsonElement?> GetWorkloadResultAsync(PasqalWorkloadInfo workload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workload);
        if (workload.Result is { ValueKind: JsonValueKind.Object } inline && inline.EnumerateObject().Any())
        {
            return inline;
        }

        if (workload.ResultLink is not { Length: > 0 } url)
        {
            return null;
        }

        var target = Uri.TryCreate(url, UriKind.Absolute, out var absolute) ? absolute : new Uri(_http.BaseUri, url);
        var result = await _http.SendAsync(HttpMethod.Get, target.ToString(), PasqalJsonContext.Default.JsonElement, cancellationToken,
            authenticated: false).ConfigureAwait(false);
        if (result.ValueKind != JsonValueKind.Object)
        {
            throw new QuantumProtocolException($"the workload result is {result.ValueKind}, not a JSON object", result.GetRawText(), "GET " + target);
        }

        LogWorkloadResultDownloaded(Logger, workload.Id);
        return result;
    }
}
