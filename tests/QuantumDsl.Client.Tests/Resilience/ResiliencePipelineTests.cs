using System.Globalization;
using System.Net;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Support;

namespace QuantumDsl.Client.Tests.Resilience;

/// <summary>The Polly pipeline: what is retried, with which delay, and that a retried create keeps its idempotency key.</summary>
public sealed class ResiliencePipelineTests
{
    // Retries observed through Polly's own OnRetry (OnRetryArguments: attempt, delay, outcome).
    private static QuantumResilienceOptions Fast(List<(int Attempt, TimeSpan Delay, string Cause)> retries) =>
        TestResilience.Fast(onRetry: args =>
        {
            var cause = args.Outcome.Exception?.GetType().Name ?? ((int)args.Outcome.Result!.StatusCode).ToString(CultureInfo.InvariantCulture);
            lock (retries)
            {
                retries.Add((args.AttemptNumber, args.RetryDelay, cause));
            }

            return ValueTask.CompletedTask;
        });

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
        options.Retry!.MaxRetryAttempts = 2;
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
        options.Retry = null; // no retry strategy: each call is one attempt
        options.CircuitBreaker!.MinimumThroughput = 4;
        options.CircuitBreaker.FailureRatio = 0.5;
        options.CircuitBreaker.BreakDuration = TimeSpan.FromMinutes(1);
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

    [Fact]
    public async Task Without_a_retry_strategy_a_transient_failure_is_sent_once()
    {
        var script = new ScriptedHandler((_, _) => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var options = Fast([]);
        options.Retry = null;
        using var client = Client(script, options);
        var e = await Assert.ThrowsAsync<QuantumServiceException>(() => client.GetJobAsync("j"));
        Assert.Equal(503, e.Status);
        Assert.Single(script.Requests);
    }

    [Fact]
    public async Task The_total_request_timeout_ends_a_call_whose_attempts_keep_timing_out_before_the_retries_run_out()
    {
        var hanging = new HangingHandler();
        var options = Fast([]);
        options.AttemptTimeout!.Timeout = TimeSpan.FromMilliseconds(50);
        options.TotalRequestTimeout!.Timeout = TimeSpan.FromMilliseconds(300);
        using var client = Client(hanging, options);

        var e = await Assert.ThrowsAsync<QuantumServiceException>(() => client.GetJobAsync("j"));

        Assert.True(e.IsUnreachable);
        Assert.IsType<Polly.Timeout.TimeoutRejectedException>(e.InnerException);
        Assert.InRange(hanging.Calls, 1, options.Retry!.MaxRetryAttempts); // the 7th attempt never started
    }

    [Fact]
    public async Task The_callers_retry_options_are_used_but_never_changed()
    {
        var options = Fast([]);
        var onRetry = options.Retry!.OnRetry;
        var shouldHandle = options.Retry.ShouldHandle;
        var script = new ScriptedHandler((_, _) => new HttpResponseMessage(HttpStatusCode.BadGateway));
        options.Retry.MaxRetryAttempts = 1;
        using var client = Client(script, options);
        await Assert.ThrowsAsync<QuantumServiceException>(() => client.GetJobAsync("j"));
        Assert.Equal(2, script.Requests.Count);
        Assert.Same(onRetry, options.Retry.OnRetry);
        Assert.Same(shouldHandle, options.Retry.ShouldHandle);
    }

    [Theory]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData((HttpStatusCode)425, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.OK, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.Conflict, false)]
    public void One_transient_test_serves_the_pipeline_and_the_exception(HttpStatusCode status, bool transient)
    {
        Assert.Equal(transient, QuantumResilience.IsTransient(status));
        using var response = new HttpResponseMessage(status);
        Assert.Equal(transient, QuantumResilience.IsTransient(Polly.Outcome.FromResult(response)));
        Assert.Equal(transient, new QuantumServiceException((int)status, null, null, "GET /x").IsTransient);
    }

    [Fact]
    public void A_network_error_or_a_timed_out_attempt_is_transient_and_no_answer_is_not_a_transient_status()
    {
        Assert.True(QuantumResilience.IsTransient(Polly.Outcome.FromException<HttpResponseMessage>(new HttpRequestException("reset"))));
        Assert.True(QuantumResilience.IsTransient(Polly.Outcome.FromException<HttpResponseMessage>(new Polly.Timeout.TimeoutRejectedException())));
        Assert.False(QuantumResilience.IsTransient(Polly.Outcome.FromException<HttpResponseMessage>(new InvalidOperationException())));
        Assert.False(new QuantumServiceException(0, "cannot reach", null, "GET /x").IsTransient);
    }

    [Fact]
    public void Out_of_range_options_are_refused_by_Polly_when_the_pipeline_is_built_naming_the_field()
    {
        var options = Fast([]);
        options.AttemptTimeout!.Timeout = TimeSpan.FromMilliseconds(1);
        var e = Assert.Throws<System.ComponentModel.DataAnnotations.ValidationException>(() => QuantumResilience.CreateHandler(options));
        Assert.Contains("Timeout", e.Message, StringComparison.Ordinal);
    }

    private sealed class HangingHandler : HttpMessageHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
