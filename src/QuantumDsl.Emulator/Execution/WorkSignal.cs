namespace QuantumDsl.Emulator.Execution;

/// <summary>Wakes a queue worker when work arrives (the worker also polls, so a lost wake-up only delays).</summary>
internal sealed class WorkSignal
{
    private readonly SemaphoreSlim semaphore = new(0, 1);

    public void Wake()
    {
        try
        {
            semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled.
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        semaphore.WaitAsync(timeout, cancellationToken);
}
