using System.Text.Json;

namespace QuantumDsl.Client.Pasqal;

// Workloads: create, get and cancel, optionally waiting for the end, and reading the result.
public sealed partial class PasqalClient
{
    /// <summary>
    /// Creates a workload (<c>POST /api/v1/workloads</c>, with an <c>Idempotency-Key</c>); the project is
    /// <see cref="PasqalClientOptions.ProjectId"/> unless the request gives one. With <paramref name="wait"/>, returns
    /// once the workload is no longer PENDING or RUNNING.
    /// </summary>
    public async Task<PasqalWorkloadInfo> CreateWorkloadAsync(PasqalWorkloadRequest request, bool wait = false, CancellationToken cancellationToken = default)
    {
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
        return wait ? await WaitForWorkloadAsync(workload, cancellationToken).ConfigureAwait(false) : workload;
    }

    /// <summary>Gets a workload (<c>GET /api/v2/workloads/{id}</c>); with <paramref name="wait"/>, once it is no longer PENDING or RUNNING.</summary>
    public async Task<PasqalWorkloadInfo> GetWorkloadAsync(string workloadId, bool wait = false, CancellationToken cancellationToken = default)
    {
        var workload = await SendAsync(HttpMethod.Get, "/api/v2/workloads/" + Id(workloadId), PasqalJsonContext.Default.JSendPasqalWorkloadInfo, cancellationToken)
            .ConfigureAwait(false);
        return wait ? await WaitForWorkloadAsync(workload, cancellationToken).ConfigureAwait(false) : workload;
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

    /// <summary>
    /// Polls with exponential backoff while the workload is PENDING or RUNNING (as pasqal-cloud's <c>wait=True</c>),
    /// logging each status change it sees.
    /// </summary>
    private async Task<PasqalWorkloadInfo> WaitForWorkloadAsync(PasqalWorkloadInfo workload, CancellationToken cancellationToken)
    {
        var delay = Options.PollInterval;
        while (workload.Status is PasqalWorkloadStatus.Pending or PasqalWorkloadStatus.Running)
        {
            delay = await PollBackoff.WaitAsync(delay, Options.MaxPollInterval, cancellationToken).ConfigureAwait(false);
            var previous = workload.Status;
            workload = await GetWorkloadAsync(workload.Id, wait: false, cancellationToken).ConfigureAwait(false);
            if (workload.Status != previous)
            {
                LogWorkloadStatusChanged(Logger, workload.Id, WireEnum<PasqalWorkloadStatus>.Name(previous), WireEnum<PasqalWorkloadStatus>.Name(workload.Status));
            }
        }

        return workload;
    }
}
