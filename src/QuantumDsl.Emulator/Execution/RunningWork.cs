using System.Collections.Concurrent;

namespace QuantumDsl.Emulator.Execution;

/// <summary>Cancellation sources of the work items being executed now, so a cancel request interrupts them.</summary>
internal sealed class RunningWork
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> running = new(StringComparer.Ordinal);

    public CancellationTokenSource Start(string id, CancellationToken stopping)
    {
        var source = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        running[id] = source;
        return source;
    }

    public void Finish(string id)
    {
        if (running.TryRemove(id, out var source))
        {
            source.Dispose();
        }
    }

    public void Cancel(string id)
    {
        if (running.TryGetValue(id, out var source))
        {
            try
            {
                source.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // Finished meanwhile.
            }
        }
    }
}
