using System.Net;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Support;

namespace QuantumDsl.Client.Tests.Resilience;

/// <summary>The Polly pipeline: what is retried, with which delay, and that a retried create keeps its idempotency key.</summary>
public sealed class ResiliencePipelineTests
{
    private static QuantumResilienceOptions Fast(List<(int Attempt, TimeSpan Delay, string Cause)> retries) => new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromSeconds(5),
        OnRetry = (a, d, c) => { lock (retries) { retries.Add((a, d, c)); } },
    };

    private static PasqalClient Client(HttpMessageHandler script, QuantumResilienceOptions resilience) =>
        new(new HttpClient(QuantumResilience.CreateHandler(resilience, script)),
            new PasqalClientOptions { Endpoint = new Uri("http://127.0.0.1:9/core-fast"), Token = "t" });

    private static string Ok => Fixtures.Pasqal(HttpMethod.Post, "/api/v1/batches")!;

    [Theory]
    [InlineData(408)]
    [InlineData(425)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Transient_statuses_are_retried_and_the_retry_carries_the_same_idempotency_key(int status)
    {
        var calls = 0;
        var script = new ScriptedHandler((_, _) => ++calls <= 2 ? new HttpResponseMessage((HttpStatusCode)status) : ScriptedHandler.Json(Ok));
        var retries = new List<(int, TimeSpan, string)>();
        using var client = Client(script, Fast(retries));

        var batch = await client.CreateBatchAsync(WaitUntil.Started, "seq", [new PasqalJobRequest(10)]);

        Assert.Equal("00000000-0000-0000-0000-000000000001", batch.Id);
        Assert.Equal(3, script.Requests.Count);
        Assert.Single(script.Requests.Select(r => r.IdempotencyKey).Distinct());
        Assert.Equal(2, retries.Count);
        Assert.All(retries, r => Assert.Equal(status.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Item3));
    }

    [Fact]
    public async Task Network_errors_are_retried()
    {
        var calls = 0;
        var script = new ScriptedHandler((_, _) => ++calls == 1 ? throw new HttpRequestException("connection reset") : ScriptedHandler.Json(Ok));
        var retries = new List<(int, TimeSpan, string)>();
        using var client = Client(script, Fast(retries));
        await client.CreateBatchAsync(WaitUntil.Started, "seq", [new PasqalJobRequest(10)]);
        Assert.Equal("HttpRequestException", Assert.Single(retries).Item3);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(422)]
    public async Task Client_errors_are_not_retried(int status)
    {
        var script = new ScriptedHandler((_, _) => ScriptedHandler.Json("""{"status":"fail","message":"nope"}""", (HttpStatusCode)status));
        using var client = Client(script, Fast([]));
        var e = await Assert.ThrowsAsync<QuantumServiceException>(() => client.GetJobAsync("j"));
        Assert.Equal(status, e.Status);
        Assert.Equal("nope", e.ServiceMessage);
        Assert.Single(script.Requests);
    }

    [Fact]
    public async Task Retry_after_from_the_service_sets_the_delay()
    {
        var calls = 0;
        var script = new ScriptedHandler((_, _) =>
        {
            if (++calls > 1)
            {
                return ScriptedHandler.Json(Ok);
            }

            var busy = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            busy.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
            return busy;
        });
        var retries = new List<(int Attempt, TimeSpan Delay, string Cause)>();
        using var client = Client(script, Fast(retries));
        await client.CreateBatchAsync(WaitUntil.Started, "seq", [new PasqalJobRequest(10)]);
        Assert.Equal(TimeSpan.FromSeconds(1), Assert.Single(retries).Delay);
    }

    [Fact]
    public async Task Exhausted_retries_surface_as_the_service_exception_with_the_last_status()
    {
        var script = new ScriptedHandler((_, _) => ScriptedHandler.Json("""{"status":"fail","message":"down"}""", HttpStatusCode.BadGateway));
        var options = Fast([]);
        options.MaxRetries = 2;
        using var client = Client(script, options);
        var e = await Assert.ThrowsAsync<QuantumServiceException>(() => client.GetJobAsync("j"));
        Assert.Equal(502, e.Status);
        Assert.True(e.IsTransient);
        Assert.Equal(3, script.Requests.Count);
    }

    [Fact]
    public async Task The_circuit_opens_after_sustained_failures_and_calls_then_fail_fast()
    {
        var script = new ScriptedHandler((_, _) => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var options = Fast([]);
        options.MaxRetries = 0;
        options.BreakerMinimumThroughput = 4;
        options.BreakerFailureRatio = 0.5;
        options.BreakDuration = TimeSpan.FromMinutes(1);
        using var client = Client(script, options);
        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<QuantumServiceException>(() => client.GetJobAsync("j"));
        }

        var sent = script.Requests.Count;
        var open = await Assert.ThrowsAsync<QuantumServiceException>(() => client.GetJobAsync("j"));
        Assert.Equal(0, open.Status);
        Assert.IsType<Polly.CircuitBreaker.BrokenCircuitException>(open.InnerException);
        Assert.Equal(sent, script.Requests.Count);
    }
}
