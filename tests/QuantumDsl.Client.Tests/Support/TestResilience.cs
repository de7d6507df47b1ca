using Polly.Retry;

namespace QuantumDsl.Client.Tests.Support;

/// <summary>The default pipeline with millisecond retry delays, so tests that go through retries stay quick.</summary>
internal static class TestResilience
{
    public static QuantumResilienceOptions Fast(TimeSpan? delay = null, TimeSpan? maxDelay = null,
        Func<OnRetryArguments<HttpResponseMessage>, ValueTask>? onRetry = null)
    {
        var options = new QuantumResilienceOptions();
        options.Retry!.Delay = delay ?? TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = maxDelay ?? TimeSpan.FromSeconds(5);
        options.Retry.OnRetry = onRetry;
        return options;
    }
}
