namespace QuantumDsl.Emulator.Execution;

/// <summary>
/// The loop both machines share: at start, work left RUNNING by a crash is queued again; then, until shutdown, claim
/// and run work in FIFO order, and sleep on the store's signal when the queue is empty. A failing iteration is logged
/// and retried: the queue outlives any single failure.
/// </summary>
/// <typeparam name="TWork">One claimed unit of work (a Pasqal job with its batch, an Oqtant job with its inputs).</typeparam>
internal abstract partial class QueueWorker<TWork>(WorkSignal signal, EmulatorOptions options, ILogger logger) : BackgroundService
    where TWork : struct
{
    /// <summary>The emulator's options (latency, poll interval, timeouts).</summary>
    protected EmulatorOptions Options { get; } = options;

    /// <summary>The surface name, for logs.</summary>
    protected abstract string Surface { get; }

    /// <summary>Marks work left RUNNING by a crash as queued again; returns how many.</summary>
    protected abstract int RequeueInterrupted();

    /// <summary>Claims the next unit of work, or null when the queue is empty.</summary>
    protected abstract TWork? ClaimNext();

    /// <summary>Runs one claimed unit to a terminal state (or leaves it RUNNING on shutdown).</summary>
    protected abstract Task RunAsync(TWork work, CancellationToken stoppingToken);

    /// <summary>Periodic upkeep before each round of claims (for example open-batch timeouts).</summary>
    protected virtual void Housekeep()
    {
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var requeued = RequeueInterrupted();
        if (requeued > 0)
        {
            LogRequeued(Surface, requeued);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Housekeep();
                while (!stoppingToken.IsCancellationRequested && ClaimNext() is { } next)
                {
                    await RunAsync(next, stoppingToken).ConfigureAwait(false);
                }

                await signal.WaitAsync(Options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The queue must outlive any single failure; it is logged and retried.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogLoopFailure(Surface, ex);
                await Task.Delay(Options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-queued {Count} {Surface} jobs interrupted by a restart")]
    private partial void LogRequeued(string surface, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Surface} queue iteration failed")]
    private partial void LogLoopFailure(string surface, Exception exception);
}
