using QuantumDsl.Client.Pasqal;
using QuantumDsl.Emulator.Http;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// The workload calls of pasqal-cloud: create (<c>POST /api/v1/workloads</c>), get (<c>GET /api/v2/workloads/{id}</c>,
/// also v1) and cancel (<c>PUT /api/v1/workloads/{id}/cancel</c>, also PATCH and v2), plus the pre-signed result download.
/// </summary>
internal static class WorkloadEndpoints
{
    private static readonly PasqalJsonContext Json = PasqalJsonContext.Wire;

    public static void MapWorkloads(this IEndpointRouteBuilder api)
    {
        api.MapPost("/v1/workloads", Create);
        foreach (var version in new[] { "v1", "v2" })
        {
            api.MapGet($"/{version}/workloads/{{id}}", Get);
            api.MapMethods($"/{version}/workloads/{{id}}/cancel", ["PUT", "PATCH"], Cancel);
        }
    }

    private static async Task<IResult> Create(HttpContext context, WorkloadStore store, ResultLinks links, EmulatorOptions options)
    {
        var owner = PasqalEndpoints.Owner(context);
        var key = PasqalEndpoints.IdempotencyKey(context, out var keyError);
        if (keyError is not null)
        {
            return keyError;
        }

        var (document, status, error) = await RequestBody.ReadJsonAsync(context, options.MaxRequestBodyBytes).ConfigureAwait(false);
        using (document)
        {
            if (document is null)
            {
                return PasqalEndpoints.BodyFailure(status, error!);
            }

            var parser = new WorkloadRequests();
            var workload = parser.ParseCreate(document.RootElement, ProjectIds.Default(owner));
            if (parser.Errors.Count > 0 || workload is null)
            {
                return PasqalEndpoints.Invalid(parser.Errors);
            }

            return Answer(context, links, store.Create(owner, workload, key), codeAsString: false);
        }
    }

    private static IResult Get(HttpContext context, WorkloadStore store, ResultLinks links, string id) =>
        store.Get(PasqalEndpoints.Owner(context), id) is { } workload
            ? Answer(context, links, workload, codeAsString: false)
            : PasqalEndpoints.Fail(PasqalFailure.NotFound("Workload", id));

    private static IResult Cancel(HttpContext context, WorkloadStore store, ResultLinks links, string id) =>
        Answer(context, links, store.Cancel(PasqalEndpoints.Owner(context), id), codeAsString: true);

    public static IResult DownloadResult(WorkloadStore store, ResultLinks links, string workloadId, string? signature)
    {
        if (!links.VerifyWorkload(workloadId, signature))
        {
            return PasqalEndpoints.Fail(new PasqalFailure(403, "Forbidden",
                [new ErrorDetail(["query", "signature"], "missing or invalid signature for this result link", "forbidden")]));
        }

        var result = store.ResultOf(workloadId);
        return result is null ? PasqalEndpoints.Fail(PasqalFailure.NotFound("Result", workloadId)) : Results.Text(result, "application/json");
    }

    /// <summary>The workload in a JSend envelope (the service sends <c>code</c> as a string on cancel), or the failure.</summary>
    private static IResult Answer(HttpContext context, ResultLinks links, PasqalOutcome<WorkloadRow> outcome, bool codeAsString)
    {
        if (outcome.Failure is { } failure)
        {
            return PasqalEndpoints.Fail(failure);
        }

        var workload = outcome.Value!;
        var link = workload.Result is null ? null : links.WorkloadLink(PasqalEndpoints.Base, workload.Id);
        return PasqalEndpoints.Ok(PasqalMapper.Workload(workload, link), Json.JSendPasqalWorkloadInfo, codeAsString);
    }
}
