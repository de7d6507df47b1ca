using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace QuantumDsl.Client;

/// <summary>
/// Builds the Polly v8 pipeline every service call goes through from <see cref="QuantumResilienceOptions"/> (outer to
/// inner: total timeout, retry, circuit breaker, attempt timeout), and holds the one test of what is transient.
/// </summary>
public static class QuantumResilience
{
    /// <summary>
    /// A request option holding an observer of that request's retries: how a client logs the retries of its own calls,
    /// whichever HttpClient (own or from the factory) carries the pipeline.
    /// </summary>
    internal static readonly HttpRequestOptionsKey<Action<OnRetryArguments<HttpResponseMessage>>> RetryObserver = new("QuantumDsl.RetryObserver");

    /// <summary>True for the statuses worth retrying later: 408, 425, 429 and every 5xx.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status == 425 || (int)status >= 500;

    /// <summary>True for an outcome worth retrying: a network error, a timed-out attempt, or a <see cref="IsTransient(HttpStatusCode)"/> status.</summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        HttpRequestException or TimeoutRejectedException => true,
        null => outcome.Result is { } response && IsTransient(response.StatusCode),
        _ => false,
    };

    /// <summary>Adds the strategies to a pipeline builder (used by DI's <c>AddResilienceHandler</c> and by <see cref="CreateHandler"/>).</summary>
    /// <exception cref="System.ComponentModel.DataAnnotations.ValidationException">A strategy's options are out of Polly's ranges.</exception>
    public static ResiliencePipelineBuilder<HttpResponseMessage> AddQuantumStrategies(
        this ResiliencePipelineBuilder<HttpResponseMessage> builder, QuantumResilienceOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (options.TotalRequestTimeout is { } total)
        {
            builder.AddTimeout(total);
        }

        if (options.Retry is { } retry)
        {
            builder.AddRetry(Observed(retry, options.MaxConnectRetries));
        }

        if (options.CircuitBreaker is { } breaker)
        {
            builder.AddCircuitBreaker(breaker);
        }

        if (options.AttemptTimeout is { } attempt)
        {
            builder.AddTimeout(attempt);
        }

        return builder;
    }

    /// <summary>A handler running the pipeline, for clients built without dependency injection.</summary>
    public static DelegatingHandler CreateHandler(QuantumResilienceOptions options, HttpMessageHandler? inner = null) =>
        new ResilienceHandler(new ResiliencePipelineBuilder<HttpResponseMessage>().AddQuantumStrategies(options).Build())
        {
            InnerHandler = inner ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) },
        };

    /// <summary>
    /// The retry decision on top of the options' own: an unresolvable host name is never retried (it will not start
    /// resolving); a refused or failed connection only <paramref name="maxConnectRetries"/> times (a server restarting
    /// comes back in seconds; a wrong URL or a stopped server does not); everything else as <paramref name="shouldHandle"/> says.
    /// </summary>
    internal static ValueTask<bool> ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args, int maxConnectRetries,
        Func<RetryPredicateArguments<HttpResponseMessage>, ValueTask<bool>> shouldHandle) => args.Outcome.Exception switch
        {
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => ValueTask.FromResult(false),
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => ValueTask.FromResult(args.AttemptNumber < maxConnectRetries),
            _ => shouldHandle(args),
        };

    /// <summary>
    /// A copy of the caller's retry options (never changed) whose decision adds the connection rule and whose
    /// <c>OnRetry</c> also tells the request's own observer, after the caller's.
    /// </summary>
    private static HttpRetryStrategyOptions Observed(HttpRetryStrategyOptions options, int maxConnectRetries)
    {
        var shouldHandle = options.ShouldHandle;
        var onRetry = options.OnRetry;
        return new HttpRetryStrategyOptions
        {
            Name = options.Name,
            MaxRetryAttempts = options.MaxRetryAttempts,
            BackoffType = options.BackoffType,
            UseJitter = options.UseJitter,
            Delay = options.Delay,
            MaxDelay = options.MaxDelay,
            Randomizer = options.Randomizer,
            ShouldRetryAfterHeader = options.ShouldRetryAfterHeader,

            // After ShouldRetryAfterHeader, whose setter replaces the generator.
            DelayGenerator = options.DelayGenerator,
            ShouldHandle = args => ShouldRetry(args, maxConnectRetries, shouldHandle),
            OnRetry = async args =>
            {
                if (onRetry is not null)
                {
                    await onRetry(args).ConfigureAwait(false);
                }

                if (args.Context.GetRequestMessage() is { } request && request.Options.TryGetValue(RetryObserver, out var observer))
                {
                    observer(args);
                }
            },
        };
    }
}
