using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace QuantumDsl.Client;

/// <summary>
/// Settings of the HTTP resilience pipeline, in the vocabulary of Polly v8 and Microsoft.Extensions.Http.Resilience
/// (the strategies of <see cref="HttpStandardResilienceOptions"/>, outer to inner): a total request timeout, retries
/// (jittered exponential backoff honouring <c>Retry-After</c>) on network errors, timeouts and 408/425/429/5xx, a
/// circuit breaker and a per-attempt timeout. Each strategy is Polly's own options type, validated with Polly's own
/// ranges when the host starts (and again when the pipeline is built); a strategy set to <see langword="null"/> is left
/// out of the pipeline (<c>Retry = null</c>: no retries).
/// </summary>
public sealed class QuantumResilienceOptions
{
    /// <summary>Bound of one call, all attempts and retry delays included (outermost). Default 5 minutes.</summary>
    [ValidateObjectMembers]
    public HttpTimeoutStrategyOptions? TotalRequestTimeout { get; set; } = new() { Timeout = TimeSpan.FromMinutes(5) };

    /// <summary>
    /// Retries: by default 6 after the first attempt, exponential from a 1 s median with jitter, each delay at most 30 s
    /// (a server's <c>Retry-After</c> is honoured, within that cap), on <see cref="QuantumResilience.IsTransient(Outcome{HttpResponseMessage})"/>
    /// outcomes. Observe retries with Polly's <see cref="Polly.Retry.RetryStrategyOptions{TResult}.OnRetry"/>
    /// (<see cref="Polly.Retry.OnRetryArguments{TResult}"/>: attempt number, delay, outcome).
    /// </summary>
    [ValidateObjectMembers]
    public HttpRetryStrategyOptions? Retry { get; set; } = new()
    {
        MaxRetryAttempts = 6,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = TimeSpan.FromSeconds(1),
        MaxDelay = TimeSpan.FromSeconds(30),
        ShouldRetryAfterHeader = true,
        ShouldHandle = args => ValueTask.FromResult(QuantumResilience.IsTransient(args.Outcome)),
    };

    /// <summary>
    /// Retries of a call whose connection was refused or failed (at most <see cref="Polly.Retry.RetryStrategyOptions{TResult}.MaxRetryAttempts"/>):
    /// few, so a stopped server or a wrong URL fails in seconds with the URL and the cause. A host name that does not
    /// resolve is never retried. Applies on top of <see cref="Retry"/>'s own <c>ShouldHandle</c>.
    /// </summary>
    [Range(0, 20)]
    public int MaxConnectRetries { get; set; } = 2;

    /// <summary>Circuit breaker: opens at an 80 % failure ratio over 30 s once 40 calls were sampled, for 10 s.</summary>
    [ValidateObjectMembers]
    public HttpCircuitBreakerStrategyOptions? CircuitBreaker { get; set; } = new()
    {
        FailureRatio = 0.8,
        MinimumThroughput = 40,
        SamplingDuration = TimeSpan.FromSeconds(30),
        BreakDuration = TimeSpan.FromSeconds(10),
        ShouldHandle = args => ValueTask.FromResult(QuantumResilience.IsTransient(args.Outcome)),
    };

    /// <summary>Timeout of one attempt (innermost). Default 30 seconds.</summary>
    [ValidateObjectMembers]
    public HttpTimeoutStrategyOptions? AttemptTimeout { get; set; } = new() { Timeout = TimeSpan.FromSeconds(30) };
}
