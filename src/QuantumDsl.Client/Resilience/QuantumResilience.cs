using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace QuantumDsl.Client;

/// <summary>Builds the Polly v8 pipeline every service call goes through (outer to inner: retry, breaker, attempt timeout).</summary>
public static class QuantumResilience
{
    /// <summary>
    /// A request option holding an observer of that request's retries (zero-based attempt that failed, delay, outcome):
    /// how a client logs the retries of its own calls, whichever HttpClient (own or from the factory) carries the pipeline.
    /// </summary>
    internal static readonly HttpRequestOptionsKey<Action<int, TimeSpan, string>> RetryObserver = new("QuantumDsl.RetryObserver");

    /// <summary>True for the statuses the pipeline retries: 408, 425, 429 and every 5xx.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status == 425 || (int)status >= 500;

    /// <summary>Adds the strategies to a pipeline builder (used by DI's <c>AddResilienceHandler</c> and by <see cref="CreateHandler"/>).</summary>
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddQuantumStrategies(
        this ResiliencePipelineBuilder<HttpResponseMessage> builder, QuantumResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var handle = new PredicateBuilder<HttpResponseMessage>()
            .Handle<HttpRequestException>()
            .Handle<TimeoutRejectedException>()
            .HandleResult(r => IsTransient(r.StatusCode));

        return builder
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                ShouldHandle = args => options.MaxRetries == 0 ? PredicateResult.False() : ShouldRetry(args.Outcome, args.AttemptNumber, options),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldRetryAfterHeader = true,
                OnRetry = args =>
                {
                    var status = args.Outcome.Result is { } response ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
                    options.OnRetry?.Invoke(args.AttemptNumber, args.RetryDelay, args.Outcome.Exception?.GetType().Name ?? status!);
                    if (args.Context.GetRequestMessage() is { } request && request.Options.TryGetValue(RetryObserver, out var observer))
                    {
                        observer(args.AttemptNumber, args.RetryDelay, args.Outcome.Exception is { } e ? e.GetType().Name + ": " + e.Message : "HTTP " + status);
                    }

                    return default;
                },
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                ShouldHandle = handle,
                FailureRatio = options.BreakerFailureRatio,
                MinimumThroughput = options.BreakerMinimumThroughput,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = options.AttemptTimeout });
    }

    /// <summary>
    /// The retry decision: an unresolvable host name is never retried (it will not start resolving); a refused or failed
    /// connection only <see cref="QuantumResilienceOptions.MaxConnectRetries"/> times (a server restarting comes back
    /// in seconds; a wrong URL or a stopped server does not), so such a call fails in seconds, not after the full
    /// backoff; every other network error, timeout and 408/425/429/5xx up to <see cref="QuantumResilienceOptions.MaxRetries"/>.
    /// </summary>
    internal static ValueTask<bool> ShouldRetry(Outcome<HttpResponseMessage> outcome, int attempt, QuantumResilienceOptions options) =>
        ValueTask.FromResult(outcome.Exception switch
        {
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => false,
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => attempt < options.MaxConnectRetries,
            HttpRequestException or TimeoutRejectedException => true,
            null => outcome.Result is { } response && IsTransient(response.StatusCode),
            _ => false,
        });

    /// <summary>A handler running the pipeline, for clients built without dependency injection.</summary>
    public static DelegatingHandler CreateHandler(QuantumResilienceOptions options, HttpMessageHandler? inner = null) =>
        new ResilienceHandler(new ResiliencePipelineBuilder<HttpResponseMessage>().AddQuantumStrategies(options).Build())
        {
            InnerHandler = inner ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
        };
}
