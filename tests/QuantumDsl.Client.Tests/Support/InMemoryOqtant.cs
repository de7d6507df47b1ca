using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace QuantumDsl.Client.Tests.Support;

/// <summary>
/// A minimal in-process Oqtant job service (create with Idempotency-Key, get by run, search, cancel) used as the
/// server of a <see cref="ScriptedHandler"/> until the emulator's Oqtant surface is available. A job completes after
/// <c>pollsToComplete</c> reads of it; inputs whose end_time_ms equals <see cref="FailingEndTime"/> make the job FAILED.
/// </summary>
internal sealed partial class InMemoryOqtant(int pollsToComplete = 2)
{
    public const double FailingEndTime = 13;

    private readonly object _gate = new();
    private readonly List<Job> _jobs = [];
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    public int JobsCreated { get { lock (_gate) { return _jobs.Count; } } }

    public int Requests { get; private set; }

    public int SearchRequests { get; private set; }

    public HttpResponseMessage Handle(HttpRequestMessage request, string? body)
    {
        lock (_gate)
        {
            Requests++;
            var path = request.RequestUri!.AbsolutePath;
            var jobs = JobsPath().Match(path);
            if (!jobs.Success)
            {
                return ScriptedHandler.Json("""{"detail":"not found"}""", HttpStatusCode.NotFound);
            }

            var id = jobs.Groups["id"].Success ? jobs.Groups["id"].Value : null;
            var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri.Query);
            if (request.Method == HttpMethod.Post && id is null)
            {
                return Create(body!, request.Headers.TryGetValues("Idempotency-Key", out var k) ? k.Single() : null);
            }

            if (request.Method == HttpMethod.Get && id is null)
            {
                SearchRequests++;
                var since = query["submit_start"] is { } s ? DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal) : DateTime.MinValue;
                var limit = int.Parse(query["limit"] ?? "100", CultureInfo.InvariantCulture);
                var items = _jobs.Where(j => j.Submitted >= since).Take(limit).Select(j => Advance(j).Summary());
                return ScriptedHandler.Json(new JsonObject { ["items"] = new JsonArray([.. items]) }.ToJsonString());
            }

            var job = _jobs.FirstOrDefault(j => j.Id == id);
            if (job is null)
            {
                return ScriptedHandler.Json("""{"detail":"Job not found"}""", HttpStatusCode.NotFound);
            }

            if (request.Method == HttpMethod.Put)
            {
                job.Status = job.Status is "COMPLETE" or "FAILED" ? job.Status : "CANCELLED";
                return ScriptedHandler.Json("{}");
            }

            var run = int.Parse(query["run"] ?? "1", CultureInfo.InvariantCulture);
            return ScriptedHandler.Json(Advance(job).Full(run).ToJsonString());
        }
    }

    private HttpResponseMessage Create(string body, string? key)
    {
        if (key is not null && _keys.TryGetValue(key, out var existing))
        {
            return Created(_jobs.First(j => j.Id == existing));
        }

        var request = JsonNode.Parse(body)!.AsObject();
        var job = new Job(Guid.NewGuid().ToString(), request, DateTime.UtcNow);
        _jobs.Add(job);
        if (key is not null)
        {
            _keys[key] = job.Id;
        }

        return Created(job);
    }

    private HttpResponseMessage Created(Job job) => ScriptedHandler.Json(
        $$"""{"job_id":"{{job.Id}}","queue_position":{{_jobs.IndexOf(job)}},"est_time":"1"}""");

    private Job Advance(Job job)
    {
        if (job.Status is "PENDING" or "RUNNING" && ++job.Reads >= pollsToComplete)
        {
            var fails = job.Request["inputs"]!.AsArray().Any(i => i!["values"]!["end_time_ms"]!.GetValue<double>() == FailingEndTime);
            job.Status = fails ? "FAILED" : "COMPLETE";
        }
        else if (job.Status == "PENDING")
        {
            job.Status = "RUNNING";
        }

        return job;
    }

    [GeneratedRegex("/users/[^/]+/jobs(/(?<id>[^/]+))?(/cancel)?$")]
    private static partial Regex JobsPath();

    private sealed class Job(string id, JsonObject request, DateTime submitted)
    {
        public string Id { get; } = id;

        public JsonObject Request { get; } = request;

        public DateTime Submitted { get; } = submitted;

        public string Status { get; set; } = "PENDING";

        public int Reads { get; set; }

        public JsonObject Summary() => new()
        {
            ["name"] = Request["name"]!.GetValue<string>(),
            ["job_type"] = Request["job_type"]!.GetValue<string>(),
            ["status"] = Status,
            ["external_id"] = Id,
            ["time_submit"] = Submitted.ToString("O", CultureInfo.InvariantCulture),
            ["input_count"] = Request["inputs"]!.AsArray().Count,
        };

        public JsonObject Full(int run)
        {
            var inputs = Request["inputs"]!.AsArray();
            var input = inputs[run - 1]!.DeepClone().AsObject();
            input["run"] = run;
            var endTime = input["values"]!["end_time_ms"]!.GetValue<double>();
            input["output"] = Status == "COMPLETE"
                ? new JsonObject { ["input_id"] = run, ["values"] = new JsonObject { ["it_plot"] = new JsonObject { ["pixels"] = new JsonArray(endTime, run), ["rows"] = 1, ["columns"] = 2, ["pixcal"] = 0.344 } } }
                : null;
            var job = Summary();
            job["origin"] = "OQTAPI";
            job["display"] = true;
            job["qpu_name"] = "UNDEFINED";
            job["inputs"] = new JsonArray(input);
            return job;
        }
    }
}
