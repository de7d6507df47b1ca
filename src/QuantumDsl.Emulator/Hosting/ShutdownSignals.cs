using System.Runtime.InteropServices;

namespace QuantumDsl.Emulator;

/// <summary>
/// Turns SIGINT (Ctrl+C) and SIGTERM into a cancellation token for a standalone emulator process. The embedded web
/// host handles those signals for its own lifetime only, so a process that waits on it would never exit; create this
/// before starting the server and wait with <see cref="WaitAsync"/>.
/// </summary>
public sealed class ShutdownSignals : IDisposable
{
    private readonly CancellationTokenSource stop;
    private readonly PosixSignalRegistration sigint;
    private readonly PosixSignalRegistration sigterm;

    /// <summary>Starts listening; <paramref name="cancellationToken"/> also stops the wait.</summary>
    public ShutdownSignals(CancellationToken cancellationToken = default)
    {
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled on SIGINT, SIGTERM or the token given at construction.</summary>
    public CancellationToken Token => stop.Token;

    /// <summary>Completes when a shutdown signal arrives (never throws for the cancellation itself).</summary>
    public async Task WaitAsync()
    {
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The signal or the caller's token: a graceful stop.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        sigterm.Dispose();
        sigint.Dispose();
        stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        context.Cancel = true;
        stop.Cancel();
    }
}
