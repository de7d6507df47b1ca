using QuantumDsl.Client.Pasqal;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using QuantumDsl.Emulator.Auth;
using QuantumDsl.Emulator.Http;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// The Pasqal Cloud core surface under <c>/pasqal/core-fast</c>: every batch and job endpoint pasqal-cloud 0.20–0.23
/// calls (v1 and v2 paths, PUT and PATCH variants), workloads (<see cref="WorkloadEndpoints"/>), device specs and the
/// pre-signed result downloads.
/// </summary>
internal static class PasqalEndpoints
{
    public const string Base = "/pasqal/core-fast";
    private const string IdempotencyHeader = "Idempotency-Key";
    private static readonly PasqalJsonContext Json = PasqalJsonContext.Wire;

    public static void MapPasqal(this IEndpointRouteBuilder app)
    {
        var open = app.MapGroup(Base);
        open.MapGet("/api/v1/devices/public-specs", () => Ok<IReadOnlyList<PasqalDeviceSpecs>>(
            [.. DeviceSpecs.All.Select(kv => new PasqalDeviceSpecs(kv.Key, kv.Value))], Json.JSendIReadOnlyListPasqalDeviceSpecs));
        open.MapGet(ResultLinks.Path, DownloadResult);
        open.MapGet(ResultLinks.WorkloadPath, WorkloadEndpoints.DownloadResult);

        var api = app.MapGroup(Base + "/api").RequireAuthorization();
        api.MapGet("/v1/devices/specs", () => Ok(DeviceSpecs.All, Json.JSendIReadOnlyDictionaryStringString));

        api.MapPost("/v1/batches", CreateBatch);
        api.MapGet("/v1/batches", ListBatches);
        api.MapGet("/v1/batches/{id}", (HttpContext c, PasqalStore s, string id) => GetBatch(c, s, id, embedJobs: true));
        api.MapGet("/v2/batches/{id}", (HttpContext c, PasqalStore s, string id) => GetBatch(c, s, id, embedJobs: false));
        foreach (var version in new[] { "v1", "v2" })
        {
            api.MapPost($"/{version}/batches/{{id}}/jobs", AddJobs);
            api.MapMethods($"/{version}/batches/{{id}}/complete", ["PUT", "PATCH"], Close);
            api.MapMethods($"/{version}/batches/cancel", ["PUT", "PATCH"], CancelBatches);
            api.MapMethods($"/{version}/batches/{{id}}/cancel/jobs", ["PUT", "PATCH"], CancelJobs);
            api.MapGet($"/{version}/jobs", ListJobs);
            api.MapGet($"/{version}/jobs/{{id}}", GetJob);
            api.MapMethods($"/{version}/jobs/{{id}}/cancel", ["PUT", "PATCH"], CancelJob);
        }

        // v1 cancel answers {jobs, errors} (the SDK's fixture); v2 answers the batch.
        api.MapMethods("/v1/batches/{id}/cancel", ["PUT", "PATCH"], CancelBatchV1);
        api.MapMethods("/v2/batches/{id}/cancel", ["PUT", "PATCH"], CancelBatchV2);
        api.MapPost("/v1/batches/{id}/rebatch", Rebatch);
        api.MapMethods("/v1/batches/{id}/tags", ["PATCH", "PUT"], SetTags);
        api.MapGet("/v1/jobs/{id}/results_link", ResultsLink);
        api.MapWorkloads();
    }

    // ---- batches ----------------------------------------------------------------------------------------------------

    private static async Task<IResult> CreateBatch(HttpContext context, PasqalStore store, EmulatorOptions options)
    {
        var owner = Owner(context);
        var key = IdempotencyKey(context, out var keyError);
        if (keyError is not null)
        {
            return keyError;
        }

        var (document, status, error) = await RequestBody.ReadJsonAsync(context, options.MaxRequestBodyBytes).ConfigureAwait(false);
        using (document)
        {
            if (document is null)
            {
                return BodyFailure(status, error!);
            }

            var parser = new PasqalRequests();
            var batch = parser.ParseCreate(document.RootElement, ProjectIds.Default(owner));
            if (parser.Errors.Count > 0 || batch is null)
            {
                return Invalid(parser.Errors);
            }

            return BatchResult(store, store.CreateBatch(owner, batch, key), embedJobs: true);
        }
    }

    private static IResult GetBatch(HttpContext context, PasqalStore store, string id, bool embedJobs) =>
        store.GetBatch(Owner(context), id) is { } batch
            ? Ok(PasqalMapper.Batch(batch, store.JobsOf(batch.Id), embedJobs), Json.JSendPasqalBatchInfo)
            : Fail(PasqalFailure.NotFound("Batch", id));

    private static IResult ListBatches(HttpContext context, PasqalStore store)
    {
        var query = new QueryReader(context.Request.Query);
        var filter = query.Batches();
        var (offset, limit) = query.Page();
        if (query.Errors.Count > 0)
        {
            return Invalid(query.Errors);
        }

        var (all, total) = store.ListBatches(Owner(context), filter, offset, limit);
        var jobs = all.ToDictionary(b => b.Id, b => store.JobsOf(b.Id), StringComparer.Ordinal);
        var rows = ListBudget.Batches(all, b => jobs[b.Id].Count);
        IReadOnlyList<PasqalBatchInfo> data = [.. rows.Select(b => PasqalMapper.Batch(b, jobs[b.Id], embedJobs: false) with { SequenceBuilder = null })];
        return Ok(data, Json.JSendIReadOnlyListPasqalBatchInfo, page: Page(total, offset, rows.Count));
    }

    private static async Task<IResult> AddJobs(HttpContext context, PasqalStore store, EmulatorOptions options, string id)
    {
        var owner = Owner(context);
        var batch = store.GetBatch(owner, id);
        if (batch is null)
        {
            return Fail(PasqalFailure.NotFound("Batch", id));
        }

        var (document, status, error) = await RequestBody.ReadJsonAsync(context, options.MaxRequestBodyBytes).ConfigureAwait(false);
        using (document)
        {
            if (document is null)
            {
                return BodyFailure(status, error!);
            }

            var parser = new PasqalRequests();
            var jobs = parser.ParseJobs(document.RootElement, ["body"], PasqalDeviceType.Find(batch.DeviceType), batch.SequenceBuilder is null);
            if (parser.Errors.Count > 0 || jobs is null)
            {
                return Invalid(parser.Errors);
            }

            if (jobs.Count == 0)
            {
                return Invalid([new ErrorDetail(["body"], "expected at least one job", "value_error.list.min_items")]);
            }

            return BatchResult(store, store.AddJobs(owner, id, jobs), embedJobs: true);
        }
    }

    private static IResult Close(HttpContext context, PasqalStore store, string id) =>
        BatchResult(store, store.Close(Owner(context), id), embedJobs: true);

    private static IResult CancelBatchV2(HttpContext context, PasqalStore store, string id)
    {
        var outcome = store.CancelBatch(Owner(context), id);
        return outcome.Failure is { } failure
            ? Fail(failure)
            : Ok(PasqalMapper.Batch(outcome.Value.Batch, store.JobsOf(id), embedJobs: true), Json.JSendPasqalBatchInfo, codeAsString: true);
    }

    private static IResult CancelBatchV1(HttpContext context, PasqalStore store, string id)
    {
        var outcome = store.CancelBatch(Owner(context), id);
        return outcome.Failure is { } failure
            ? Fail(failure)
            : Ok(new PasqalJobCancellation([.. outcome.Value.Canceled.Select(j => PasqalMapper.Job(j, includeSequence: false))],
                new Dictionary<string, string>()), Json.JSendPasqalJobCancellation, codeAsString: true);
    }

    private static async Task<IResult> CancelBatches(HttpContext context, PasqalStore store, EmulatorOptions options)
    {
        var (document, status, error) = await RequestBody.ReadJsonAsync(context, options.MaxRequestBodyBytes).ConfigureAwait(false);
        using (document)
        {
            if (document is null)
            {
                return BodyFailure(status, error!);
            }

            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("batch_ids", out var ids) || ids.ValueKind != JsonValueKind.Array)
            {
                return Invalid([new ErrorDetail(["body", "batch_ids"], "required: an array of batch ids", "value_error.missing")]);
            }

            var list = new List<string>();
            var errors = new List<ErrorDetail>();
            var index = 0;
            foreach (var item in ids.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                {
                    list.Add(item.GetString()!);
                }
                else
                {
                    errors.Add(new ErrorDetail(["body", "batch_ids", index], $"expected a string, got {item.Kind()}", "type_error.str"));
                }

                index++;
            }

            if (errors.Count > 0)
            {
                return Invalid(errors);
            }

            var (batches, failures) = store.CancelBatches(Owner(context), list);
            return Ok(new PasqalBatchCancellation([.. batches.Select(b => PasqalMapper.Batch(b, store.JobsOf(b.Id), embedJobs: false))], failures),
                Json.JSendPasqalBatchCancellation, codeAsString: true);
        }
    }

    private static IResult CancelJobs(HttpContext context, PasqalStore store, string id)
    {
        var query = new QueryReader(context.Request.Query);
        var filter = JobFilter.None with
        {
            Ids = query.Uuids("id"),
            MinRuns = query.Int("min_runs", 0, int.MaxValue),
            MaxRuns = query.Int("max_runs", 0, int.MaxValue),
            StartDate = query.Date("start_date"),
            EndDate = query.Date("end_date"),
        };
        if (query.Errors.Count > 0)
        {
            return Invalid(query.Errors);
        }

        var outcome = store.CancelJobs(Owner(context), id, filter);
        return outcome.Failure is { } failure
            ? Fail(failure)
            : Ok(new PasqalJobCancellation([.. outcome.Value.Jobs.Select(j => PasqalMapper.Job(j, includeSequence: false))], outcome.Value.Errors),
                Json.JSendPasqalJobCancellation, codeAsString: true);
    }

    private static IResult Rebatch(HttpContext context, PasqalStore store, string id)
    {
        var query = new QueryReader(context.Request.Query);
        var filter = JobFilter.None with
        {
            Ids = query.Uuids("id"),
            Statuses = query.Enums("status", PasqalStatus.JobStatuses),
            MinRuns = query.Int("min_runs", 0, int.MaxValue),
            MaxRuns = query.Int("max_runs", 0, int.MaxValue),
            StartDate = query.Date("start_date"),
            EndDate = query.Date("end_date"),
        };
        return query.Errors.Count > 0 ? Invalid(query.Errors) : BatchResult(store, store.Rebatch(Owner(context), id, filter), embedJobs: true);
    }

    private static async Task<IResult> SetTags(HttpContext context, PasqalStore store, EmulatorOptions options, string id)
    {
        var (document, status, error) = await RequestBody.ReadJsonAsync(context, options.MaxRequestBodyBytes).ConfigureAwait(false);
        using (document)
        {
            if (document is null)
            {
                return BodyFailure(status, error!);
            }

            var parser = new PasqalRequests();
            var tags = parser.ParseTags(document.RootElement, ["body"]);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                parser.Errors.Add(new ErrorDetail(["body"], "expected an array of strings, got null", "type_error.list"));
            }

            return parser.Errors.Count > 0 ? Invalid(parser.Errors) : BatchResult(store, store.SetTags(Owner(context), id, tags), embedJobs: true);
        }
    }

    // ---- jobs -------------------------------------------------------------------------------------------------------

    private static IResult ListJobs(HttpContext context, PasqalStore store)
    {
        var query = new QueryReader(context.Request.Query);
        var filter = query.Jobs();
        var (offset, limit) = query.Page();
        if (query.Errors.Count > 0)
        {
            return Invalid(query.Errors);
        }

        var (all, total) = store.ListJobs(Owner(context), filter, offset, limit);
        var rows = ListBudget.Jobs(all);
        IReadOnlyList<PasqalJobInfo> data = [.. rows.Select(j => PasqalMapper.Job(j, includeSequence: false))];
        return Ok(data, Json.JSendIReadOnlyListPasqalJobInfo, page: Page(total, offset, rows.Count));
    }

    private static IResult GetJob(HttpContext context, PasqalStore store, string id)
    {
        var owner = Owner(context);
        if (store.GetJob(owner, id) is not { } job)
        {
            return Fail(PasqalFailure.NotFound("Job", id));
        }

        var sequence = job.Sequence ?? store.GetBatch(owner, job.BatchId)?.SequenceBuilder;
        return Ok(PasqalMapper.Job(job, includeSequence: false) with { Sequence = sequence ?? "" }, Json.JSendPasqalJobInfo);
    }

    private static IResult CancelJob(HttpContext context, PasqalStore store, string id)
    {
        var outcome = store.CancelJob(Owner(context), id);
        return outcome.Failure is { } failure
            ? Fail(failure)
            : Ok(PasqalMapper.Job(outcome.Value!, includeSequence: false), Json.JSendPasqalJobInfo, codeAsString: true);
    }

    private static IResult ResultsLink(HttpContext context, PasqalStore store, ResultLinks links, string id)
    {
        if (store.GetJob(Owner(context), id) is not { } job)
        {
            return Fail(PasqalFailure.NotFound("Job", id));
        }

        var link = job.Result is null ? null : links.Link(Base, id);
        return Ok(new PasqalResultsLink(link), Json.JSendPasqalResultsLink, codeAsString: true);
    }

    private static IResult DownloadResult(PasqalStore store, ResultLinks links, string jobId, string? signature)
    {
        if (!links.Verify(jobId, signature))
        {
            return Results.Json(new JSend<FailData>("fail", "Forbidden", JSendCode.Of(403, asString: true),
                new FailData([new ErrorDetail(["query", "signature"], "missing or invalid signature for this result link", "forbidden")])),
                Json.JSendFailData, statusCode: 403);
        }

        var result = store.ResultOf(jobId);
        return result is null ? Fail(PasqalFailure.NotFound("Result", jobId)) : Results.Text(result, "application/json");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    public static string Owner(HttpContext context) =>
        AccountDirectory.Owner(context.User) ?? throw new InvalidOperationException("authorization did not run");

    public static string? IdempotencyKey(HttpContext context, out IResult? error)
    {
        error = null;
        var key = context.Request.Headers[IdempotencyHeader].ToString();
        if (key.Length == 0)
        {
            return null;
        }

        if (key.Length > Storage.IdempotencyStore.MaxKeyLength)
        {
            error = Fail(new PasqalFailure(400, "Bad Request",
                [new ErrorDetail(["header", IdempotencyHeader], $"longer than {Storage.IdempotencyStore.MaxKeyLength} characters", "value_error")]));
        }

        return key;
    }

    private static IResult BatchResult(PasqalStore store, PasqalOutcome<BatchRow> outcome, bool embedJobs) =>
        outcome.Failure is { } failure
            ? Fail(failure)
            : Ok(PasqalMapper.Batch(outcome.Value!, store.JobsOf(outcome.Value!.Id), embedJobs), Json.JSendPasqalBatchInfo);

    private static PasqalPagination Page(int total, int offset, int count) => new(total, offset, offset, offset + count);

    public static IResult Ok<T>(T data, JsonTypeInfo<JSend<T>> info, bool codeAsString = false, PasqalPagination? page = null) =>
        Results.Json(new JSend<T>("success", "OK.", JSendCode.Of(200, codeAsString), data, page), info);

    public static IResult Invalid(IReadOnlyList<ErrorDetail> errors) =>
        Fail(new PasqalFailure(422, "Unprocessable Entity", errors));

    public static IResult BodyFailure(int status, string message) =>
        Fail(new PasqalFailure(status, ErrorResponses.Reason(status), [new ErrorDetail(["body"], message, "value_error")]));

    public static IResult Fail(PasqalFailure failure) =>
        Results.Json(new JSend<FailData>("fail", failure.Message, JSendCode.Of(failure.StatusCode, asString: true), new FailData(failure.Description)),
            Json.JSendFailData, statusCode: failure.StatusCode);
}
