namespace QuantumDsl.Client;

/// <summary>The status-polling schedule: wait, then double the wait up to a cap.</summary>
internal static class PollBackoff
{
    /// <summary>Waits <paramref name="delay"/> and returns the next delay (doubled, at most <paramref name="max"/>).</summary>
    public static async Task<TimeSpan> WaitAsync(TimeSpan delay, TimeSpan max, CancellationToken cancellationToken)
    {
        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        return TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, max.Ticks));
    }
}
