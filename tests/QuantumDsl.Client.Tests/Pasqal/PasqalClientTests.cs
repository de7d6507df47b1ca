using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Support;

namespace QuantumDsl.Client.Tests.Pasqal;

/// <summary>The Pasqal client's requests (paths, queries, bodies, headers) against recorded service answers.</summary>
public sealed class PasqalClientTests
{
    private static readonly Uri Core = new("http://127.0.0.1:9/core-fast");

    private static (PasqalClient Client, ScriptedHandler Handler) Replay(Func<HttpRequestMessage, string?, HttpResponseMessage?>? extra = null)
    {
        var handler = new ScriptedHandler((request, body) =>
        {
            if (extra?.Invoke(request, body) is { } answer)
            {
                return answer;
            }

            var path = request.RequestUri!.AbsolutePath;
            path = path.StartsWith("/core-fast", StringComparison.Ordinal) ? path["/core-fast".Length..] : path;
            if (request.RequestUri.Host == "jobs-result-link")
            {
                return ScriptedHandler.Json(File.ReadAllText(Path.Combine(Fixtures.PasqalRoot, "api/v1/jobs/00000000-0000-0000-0000-000000022010/results_link/result.json")));
            }

            return Fixtures.Pasqal(request.Method, path) is { } json
                ? ScriptedHandler.Json(json)
                : ScriptedHandler.Json("""{"status":"fail","message":"Not Found","code":404,"data":{"description":"no fixture"}}""", HttpStatusCode.NotFound);
        });
        var client = new PasqalClient(new HttpClient(handler), new PasqalClientOptions { Endpoint = Core, ProjectId = "proj-1", Token = "tok" });
        return (client, handler);
    }

    [Fact]
    public async Task Create_batch_sends_sequence_jobs_device_tags_configuration_project_and_an_idempotency_key()
    {
        var (client, handler) = Replay();
        var configuration = JsonDocument.Parse("""{"dt": 10.0, "precision": "normal"}""").RootElement;
        var batch = await client.CreateBatchAsync(WaitUntil.Started, "{\"version\":\"1\"}",
            [PasqalJobRequest.Create(20, new Dictionary<string, double> { ["omega_max"] = 6 }), PasqalJobRequest.Create(50, new Dictionary<string, double> { ["omega_max"] = 10.5 })],
            new CreateBatchOptions { DeviceType = PasqalDeviceTypes.EmuFree, Open = true, Tags = ["special_experiment"], Configuration = configuration });

        Assert.Equal("00000000-0000-0000-0000-000000000001", batch.Id);
        Assert.Single(batch.Jobs);
        var sent = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, sent.Method);
        Assert.Equal("/core-fast/api/v1/batches", sent.Uri.AbsolutePath);
        Assert.Equal("Bearer tok", sent.Authorization);
        Assert.False(string.IsNullOrEmpty(sent.IdempotencyKey));
        using var body = JsonDocument.Parse(sent.Body!);
        var root = body.RootElement;
        Assert.Equal("{\"version\":\"1\"}", root.GetProperty("sequence_builder").GetString());
        Assert.Equal(10.5, root.GetProperty("jobs")[1].GetProperty("variables").GetProperty("omega_max").GetDouble());
        Assert.Equal(20, root.GetProperty("jobs")[0].GetProperty("runs").GetInt32());
        Assert.True(root.GetProperty("open").GetBoolean());
        Assert.Equal("EMU_FREE", root.GetProperty("device_type").GetString());
        Assert.Equal("special_experiment", root.GetProperty("tags")[0].GetString());
        Assert.Equal("normal", root.GetProperty("configuration").GetProperty("precision").GetString());
        Assert.Equal("proj-1", root.GetProperty("project_id").GetString());
    }

    [Fact]
    public async Task Bad_jobs_are_rejected_before_sending_with_every_violation_named()
    {
        var (client, handler) = Replay();
        var e = await Assert.ThrowsAsync<ExperimentValidationException>(() => client.CreateBatchAsync(WaitUntil.Started, null,
            [new PasqalJobRequest(0), new PasqalJobRequest(10, PasqalJobRequest.Create(1, new Dictionary<string, double> { ["x"] = 1 }).Variables, "seq")]));
        Assert.Equal(["jobs[0].runs", "jobs[0].sequence", "jobs[1].variables"], e.Violations.Select(v => v.Path));
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task Listing_follows_pages_until_the_total_and_encodes_every_filter()
    {
        var handler = new ScriptedHandler((request, _) =>
        {
            var query = request.RequestUri!.Query;
            var offset = int.Parse(Regex.Match(query, "offset=(\\d+)").Groups[1].Value);
            var limit = int.Parse(Regex.Match(query, "limit=(\\d+)").Groups[1].Value);
            var ids = Enumerable.Range(offset, Math.Max(0, Math.Min(limit, 250 - offset)));
            var items = string.Join(",", ids.Select(i =>
                $$"""{"id":"b{{i}}","open":false,"created_at":"t","updated_at":"t","device_type":"EMU_FREE","project_id":"p","user_id":"u","status":"DONE"}"""));
            var end = offset + limit;
            return ScriptedHandler.Json($$$"""{"status":"success","data":[{{{items}}}],"pagination":{"total":250,"start":{{{offset}}},"end":{{{end}}}}}""");
        });
        using var client = new PasqalClient(new HttpClient(handler), new PasqalClientOptions { Endpoint = Core, Token = "t" });
        var filters = new PasqalBatchFilters
        {
            Ids = ["a", "b"], ProjectId = "p", UserIds = ["u1"], DeviceType = "EMU_FREE", Status = [PasqalBatchStatus.Done, PasqalBatchStatus.TimedOut],
            Open = false, StartDate = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), EndDate = new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero),
            QueuePriority = PasqalQueuePriority.High, Tag = "special",
        };

        var pages = new List<Page<PasqalBatchInfo>>();
        await foreach (var page in client.GetBatchesAsync(filters).AsPages())
        {
            pages.Add(page);
        }

        Assert.Equal([100, 100, 50], pages.Select(p => p.Values.Count));
        Assert.All(pages, p => Assert.Equal(250, p.Total));
        Assert.Equal("b249", pages[^1].Values[^1].Id);
        var first = handler.Requests[0].Uri.Query;
        Assert.Equal("?offset=0&limit=100&id=a&id=b&project_id=p&user_id=u1&device_type=EMU_FREE&status=DONE&status=TIMED_OUT&open=False"
            + "&start_date=2026-01-02T03%3A04%3A05.000000&end_date=2026-02-01T00%3A00%3A00.000000&queue_priority=HIGH&tag=special", first);

        var limited = new List<PasqalBatchInfo>();
        await foreach (var b in client.GetBatchesAsync(offset: 200, limit: 40))
        {
            limited.Add(b);
        }

        Assert.Equal(40, limited.Count);
        Assert.Equal("b200", limited[0].Id);
    }

    [Fact]
    public async Task Job_filters_rebatch_filters_and_cancel_job_filters_are_sent_as_query_keys()
    {
        var (client, handler) = Replay();
        await foreach (var _ in client.GetJobsAsync(new PasqalJobFilters
        {
            BatchId = "00000000-0000-0000-0000-000000000001", Status = [PasqalJobStatus.Error], MinRuns = 5, MaxRuns = 10, Errors = true, Ids = ["j1"],
        }))
        {
        }

        var rebatch = await client.RebatchAsync(WaitUntil.Started, "00000000-0000-0000-0000-000000000001", new PasqalRebatchFilters { Status = [PasqalJobStatus.Canceled], MinRuns = 5, MaxRuns = 10 });
        var cancelled = await client.CancelJobsAsync("00000000-0000-0000-0000-000000000001", new PasqalCancelJobFilters { Ids = ["j1", "j2"] });

        Assert.Contains("batch_id=00000000-0000-0000-0000-000000000001&status=ERROR&min_runs=5&max_runs=10&errors=True", handler.Requests[0].Uri.Query, StringComparison.Ordinal);
        Assert.Equal("00000000-0000-0000-0000-000000000001", rebatch.Value.ParentId);
        Assert.Equal("?status=CANCELED&min_runs=5&max_runs=10", handler.Requests[1].Uri.Query);
        Assert.Equal("?id=j1&id=j2", handler.Requests[2].Uri.Query);
        Assert.Equal(HttpMethod.Patch, handler.Requests[2].Method);
        Assert.Single(cancelled.Errors);
    }

    [Fact]
    public async Task Results_come_through_the_results_link_without_the_bearer_token()
    {
        var (client, handler) = Replay();
        var result = await client.GetJobResultAsync("00000000-0000-0000-0000-000000022010");
        Assert.Equal(12, result!.Counter["1001"]);
        Assert.Null(handler.Requests[1].Authorization);
        Assert.Equal("jobs-result-link", handler.Requests[1].Uri.Host);
    }

    [Fact]
    public async Task Batch_handle_adds_closes_cancels_tags_and_lists_ordered_jobs()
    {
        var (client, handler) = Replay(extra: (request, _) =>
            request.RequestUri!.AbsolutePath.EndsWith("/api/v2/jobs", StringComparison.Ordinal)
                ? ScriptedHandler.Json(Fixtures.Pasqal(HttpMethod.Get, "/api/v2/jobs")!)
                : null);
        var batch = await client.GetBatchAsync("00000000-0000-0000-0000-000000000001");
        await batch.UpdateStatusAsync();
        Assert.Equal("00000000-0000-0000-0000-000000022010", Assert.Single(batch.Jobs).Id);
        Assert.True(batch.HasCompleted);
        await batch.SetTagsAsync(["a", "b"]);
        await batch.CloseAsync(WaitUntil.Started);
        await batch.CancelAsync();
        var cancel = await client.CancelBatchesAsync(["00000000-0000-0000-0000-000000000001", "00000000-0000-0000-0000-000000000002"]);
        Assert.Equal(2, cancel.Batches.Count);
        Assert.Contains(handler.Requests, r => r.Method == HttpMethod.Patch && r.Uri.AbsolutePath.EndsWith("/api/v1/batches/00000000-0000-0000-0000-000000000001/tags", StringComparison.Ordinal) && r.Body == "[\"a\",\"b\"]");
        Assert.Contains(handler.Requests, r => r.Uri.AbsolutePath.EndsWith("/complete", StringComparison.Ordinal));
        Assert.Contains(handler.Requests, r => r.Uri.AbsolutePath.EndsWith("/api/v1/batches/cancel", StringComparison.Ordinal) && r.Body!.Contains("batch_ids", StringComparison.Ordinal));
        Assert.Contains("order_by=creation_order&order_by_direction=ASC", handler.Requests[2].Uri.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_errors_surface_as_one_exception_with_status_and_the_service_message()
    {
        var (client, _) = Replay(extra: (_, _) => ScriptedHandler.Json(
            """{"status":"fail","message":"Unprocessable Entity","code":"422","data":{"description":[{"loc":["body","jobs"],"msg":"bad runs"}]}}""",
            HttpStatusCode.UnprocessableEntity));
        var e = await Assert.ThrowsAsync<QuantumServiceException>(() => client.GetJobAsync("x"));
        Assert.Equal(422, e.Status);
        Assert.Contains("bad runs", e.ServiceMessage, StringComparison.Ordinal);
        Assert.Contains("GET /api/v2/jobs/x", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Device_specs_public_and_authenticated()
    {
        var (client, handler) = Replay();
        var specs = await client.GetDeviceSpecsJsonAsync();
        var open = await client.GetPublicDeviceSpecsAsync();
        Assert.Contains("\"rydberg_level\":51", specs["FRESNEL"], StringComparison.Ordinal);
        var typed = await client.GetDeviceSpecsAsync(); // the recording's placeholder device, read as Pulser reads it
        Assert.Equal(("device", 51, 0), (typed["FRESNEL"].Name, typed["FRESNEL"].RydbergLevel, typed["FRESNEL"].Channels.Count));
        Assert.Equal("FRESNEL", Assert.Single(open).DeviceType);
        Assert.Null(handler.Requests[1].Authorization);
    }

    [Fact]
    public async Task Password_grant_token_is_cached_until_a_minute_before_expiry()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var issued = 0;
        var handler = new ScriptedHandler((_, body) =>
        {
            Assert.Contains("grant_type=http%3A%2F%2Fauth0.com%2Foauth%2Fgrant-type%2Fpassword-realm", body, StringComparison.Ordinal);
            Assert.Contains("username=ada", body, StringComparison.Ordinal);
            return ScriptedHandler.Json($$"""{"access_token":"t{{++issued}}","expires_in":3600,"token_type":"Bearer"}""");
        });
        using var provider = new PasswordGrantTokenProvider(new HttpClient(handler),
            new PasswordGrantOptions { ClientId = "c", Username = "ada", Password = "pw", TokenEndpoint = new Uri("http://127.0.0.1:9/oauth/token") }, clock);

        Assert.Equal("t1", await provider.GetTokenAsync(default));
        clock.Advance(TimeSpan.FromMinutes(58.9));
        Assert.Equal("t1", await provider.GetTokenAsync(default));
        clock.Advance(TimeSpan.FromMinutes(0.2));
        Assert.Equal("t2", await provider.GetTokenAsync(default));
        Assert.Equal(2, provider.TokensFetched);
    }
}
