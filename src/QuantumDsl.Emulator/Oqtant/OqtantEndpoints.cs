using System.Globalization;
using QuantumDsl.Emulator.Auth;
using QuantumDsl.Emulator.Http;
using QuantumDsl.Emulator.Pasqal;
using QuantumDsl.Matter;

namespace QuantumDsl.Emulator.Oqtant;

/// <summary>
/// The Oqtant REST surface under <c>/oqtant/api/users/{sub}</c>: submit, get (one run), raw images (one run), search, cancel, delete and
/// job limits. <c>{sub}</c> is the token's <c>sub</c> without <c>auth0|</c> (or with it) and must match the token;
/// the owner is always taken from the token.
/// </summary>
internal static class OqtantEndpoints
{
    public const string Base = "/oqtant/api/users/{sub}";
    public const int SearchLimitMax = 100;
    private const string IdempotencyHeader = "Idempotency-Key";

    public static void MapOqtant(this IEndpointRouteBuilder app)
    {
        var user = app.MapGroup(Base).RequireAuthorization().AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var sub = http.GetRouteValue("sub") as string;
            var owner = AccountDirectory.Owner(http.User);
            // Oqtant 0.16 kept the "auth0|" prefix in the job_limits URL; both spellings name the same user.
            return string.Equals(sub, owner, StringComparison.Ordinal) || string.Equals(sub, TokenIssuer.SubjectPrefix + owner, StringComparison.Ordinal)
                ? await next(context).ConfigureAwait(false)
                : OqtantErrors.Detail(403, $"path user '{Http.Excerpt.Of(sub)}' does not match the token's subject 'auth0|{owner}'");
        });

        user.MapPost("/jobs", Submit);
        user.MapGet("/jobs", Search);
        user.MapGet("/jobs/{id}", Get);
        user.MapGet("/jobs/{id}/raw_images", RawImages);
        user.MapPut("/jobs/{id}/cancel", Cancel);
        user.MapDelete("/jobs/{id}", Delete);
        user.MapGet("/job_limits", Limits);
    }

    private static async Task<IResult> Submit(HttpContext context, OqtantStore store, EmulatorOptions options)
    {
        var sub = Owner(context);
        var key = context.Request.Headers[IdempotencyHeader].ToString();
        if (key.Length > Storage.IdempotencyStore.MaxKeyLength)
        {
            return OqtantErrors.Detail(400, $"{IdempotencyHeader}: longer than {Storage.IdempotencyStore.MaxKeyLength} characters");
        }

        var (document, status, error) = await RequestBody.ReadJsonAsync(context, options.MaxRequestBodyBytes).ConfigureAwait(false);
        using (document)
        {
            if (document is null)
            {
                return status == 422
                    ? OqtantErrors.Invalid([new ErrorDetail(["body"], error!, "value_error.jsondecode")])
                    : OqtantErrors.Detail(status, error!);
            }

            MatterJob job;
            try
            {
                job = MatterJob.FromJson(document.RootElement);
            }
            catch (ExperimentValidationException ex)
            {
                return OqtantErrors.Invalid(ex.Violations.Select(v => OqtantErrors.FromViolation(v)));
            }
            catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
            {
                return OqtantErrors.Invalid([new ErrorDetail(["body"], $"not a valid Oqtant job: {ex.Message}", "value_error")]);
            }

            var (row, position, quota) = store.Submit(sub, job, key.Length == 0 ? null : key);
            if (quota is not null)
            {
                return OqtantErrors.Detail(429, quota);
            }

            return Results.Json(new JobCreateResponse { JobId = row!.ExternalId, QueuePosition = position, EstTime = position.ToString(CultureInfo.InvariantCulture) },
                OqtantJsonContext.Default.JobCreateResponse);
        }
    }

    /// <summary>The <c>run</c> query parameter (default 1), or the 422 naming its value.</summary>
    private static (int Run, IResult? Error) RunQuery(HttpContext context)
    {
        var runText = context.Request.Query["run"].ToString();
        var run = 1;
        return runText.Length > 0 && !int.TryParse(runText, NumberStyles.Integer, CultureInfo.InvariantCulture, out run)
            ? (0, OqtantErrors.Invalid([new ErrorDetail(["query", "run"], $"'{Http.Excerpt.Of(runText)}' is not an integer", "type_error.integer")]))
            : (run, null);
    }

    /// <summary>
    /// <c>GET /jobs/{id}/raw_images?run=N</c>: the run's raw camera images (<c>RawImagesResponse</c> list), 404 when the
    /// job or run is unknown or the run has no images (not run yet, failed or cancelled).
    /// </summary>
    private static IResult RawImages(HttpContext context, OqtantStore store, string id)
    {
        var (run, error) = RunQuery(context);
        if (error is not null)
        {
            return error;
        }

        var (job, raw) = store.RawImages(Owner(context), id, run);
        if (job is null)
        {
            return OqtantErrors.Detail(404, $"job '{id}' not found");
        }

        if (run < 1 || run > job.InputCount)
        {
            return OqtantErrors.Detail(404, $"run {run} not found: job '{id}' has runs 1..{job.InputCount}");
        }

        if (raw is null)
        {
            return OqtantErrors.Detail(404, $"run {run} of job '{id}' has no raw images: the job is {job.Status} and the run has no output");
        }

        var images = System.Text.Json.JsonSerializer.Deserialize(raw, OqtantJsonContext.Default.IReadOnlyListRawImages)!;
        return Results.Json<IReadOnlyList<RawImages>>([.. images.Select(i => i with { JobExternalId = job.ExternalId, Run = run })],
            OqtantJsonContext.Default.IReadOnlyListRawImages);
    }

    private static IResult Get(HttpContext context, OqtantStore store, string id)
    {
        var sub = Owner(context);
        var (run, error) = RunQuery(context);
        if (error is not null)
        {
            return error;
        }

        if (store.Get(sub, id) is not { } found)
        {
            return OqtantErrors.Detail(404, $"job '{Http.Excerpt.Of(id)}' not found");
        }

        if (run < 1 || run > found.Job.InputCount)
        {
            return OqtantErrors.Detail(404, $"run {run} not found: job '{Http.Excerpt.Of(id)}' has runs 1..{found.Job.InputCount}");
        }

        var job = OqtantMapper.Job(found.Job, [.. found.Inputs.Where(i => i.Run == run)]);
        return Results.Json(job, OqtantJsonContext.Default.OqtantJob);
    }

    private static IResult Search(HttpContext context, OqtantStore store)
    {
        var sub = Owner(context);
        var query = context.Request.Query;
        var errors = new List<ErrorDetail>();
        string? Single(string name)
        {
            var values = query[name];
            if (values.Count > 1)
            {
                errors.Add(new ErrorDetail(["query", name], $"expects one value, got {values.Count}", "value_error"));
            }

            return values.Count == 0 || string.IsNullOrEmpty(values[0]) ? null : values[0];
        }

        DateOnly? Date(string name)
        {
            var text = Single(name);
            if (text is null)
            {
                return null;
            }

            if (Storage.UnixTime.TryParseIso(text, out var value))
            {
                return DateOnly.FromDateTime(value.UtcDateTime);
            }

            errors.Add(new ErrorDetail(["query", name], $"'{Http.Excerpt.Of(text)}' is not an ISO-8601 date or date-time (e.g. 2024-07-24 or 2024-07-24T16:52:25Z)", "type_error.datetime"));
            return null;
        }

        string? jobType = null;
        if (Single("job_type") is { } type)
        {
            var known = WireEnum<JobType>.Names;
            jobType = known.FirstOrDefault(k => string.Equals(k, type, StringComparison.OrdinalIgnoreCase));
            if (jobType is null)
            {
                errors.Add(new ErrorDetail(["query", "job_type"], $"'{Http.Excerpt.Of(type)}' is not one of {WireEnum<JobType>.AllowedText}", "type_error.enum"));
            }
        }

        var limit = 100;
        if (Single("limit") is { } limitText && (!int.TryParse(limitText, NumberStyles.Integer, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > SearchLimitMax))
        {
            errors.Add(new ErrorDetail(["query", "limit"], $"'{Http.Excerpt.Of(limitText)}' is not an integer in 1..{SearchLimitMax}", "value_error.number"));
        }

        var search = new OqtantSearch(jobType, Single("name"), Date("submit_start"), Date("submit_end"), Single("notes"), limit);
        if (errors.Count > 0)
        {
            return OqtantErrors.Invalid(errors);
        }

        var page = new JobSearchPage { Items = [.. store.Search(sub, search).Select(j => OqtantMapper.Summary(j.Job, j.Inputs))] };
        return Results.Json(page, OqtantJsonContext.Default.JobSearchPage);
    }

    private static IResult Cancel(HttpContext context, OqtantStore store, string id) =>
        store.Cancel(Owner(context), id) switch
        {
            null => OqtantErrors.Detail(404, $"job '{Http.Excerpt.Of(id)}' not found"),
            var status when OqtantStatus.IsCancellable(status) => OqtantErrors.Detail(200, $"job '{Http.Excerpt.Of(id)}' cancelled"),
            var status => OqtantErrors.Detail(400, $"job '{Http.Excerpt.Of(id)}' is {status} and can no longer be cancelled"),
        };

    private static IResult Delete(HttpContext context, OqtantStore store, string id) =>
        store.Delete(Owner(context), id) ? OqtantErrors.Detail(200, $"job '{Http.Excerpt.Of(id)}' deleted") : OqtantErrors.Detail(404, $"job '{Http.Excerpt.Of(id)}' not found");

    private static IResult Limits(HttpContext context, OqtantStore store, EmulatorOptions options)
    {
        var used = store.UsedToday(Owner(context));
        return Results.Json(new JobLimits
        {
            DailyLimit = options.DailyJobLimit,
            DailyRemaining = Math.Max(0, options.DailyJobLimit - used),
            StandardCredits = Math.Max(0, options.DailyJobLimit - used),
            PriorityCredits = 0,
        }, OqtantJsonContext.Default.JobLimits);
    }

    private static string Owner(HttpContext context) =>
        AccountDirectory.Owner(context.User) ?? throw new InvalidOperationException("authorization did not run");
}
