using System.ComponentModel.DataAnnotations;

namespace QuantumDsl.Client;

/// <summary>
/// Settings of the HTTP resilience pipeline: retries (jittered exponential backoff honouring <c>Retry-After</c>)
/// on 408/425/429/5xx and network errors, a per-attempt timeout and a circuit breaker.
/// </summary>
public sealed class QuantumResilienceOptions
{
    /// <summary>Retries after the first attempt.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 6;

    /// <summary>
    /// Retries of a call whose connection was refused or failed (at most <see cref="MaxRetries"/>): few, so a stopped
    /// server or a wrong URL fails in seconds with the URL and the cause. A host name that does not resolve is never retried.
    /// </summary>
    [Range(0, 20)]
    public int MaxConnectRetries { get; set; } = 2;

    /// <summary>Median delay of the first retry; doubles per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of any single retry delay (also caps a server's <c>Retry-After</c>).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Failure ratio over <see cref="SamplingDuration"/> that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.8;

    /// <summary>Calls needed in a sampling window before the breaker may open.</summary>
    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 40;

    /// <summary>Window over which the breaker samples.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Observer of each retry (attempt number, delay chosen, status or exception) — for logs and tests.</summary>
    public Action<int, TimeSpan, string>? OnRetry { get; set; }
}
