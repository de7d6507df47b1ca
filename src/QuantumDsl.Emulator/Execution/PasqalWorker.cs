using QuantumDsl.Emulator.Pasqal;

namespace QuantumDsl.Emulator.Execution;

/// <summary>
/// The Pasqal device queue: FIFO per device type; once a batch starts only its jobs run until all are terminal (an
/// open batch keeps the device until closed or timed out). Jobs left RUNNING by a crash are run again at start.
/// </summary>
internal sealed partial class PasqalWorker(PasqalStore store, IJobExecutor executor, EmulatorOptions options, ILogger<PasqalWorker> logger)
    : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var requeued = store.RequeueInterrupted();
        if (requeued > 0)
        {
            LogRequeued(requeued);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                store.TimeOutIdleBatches(options.OpenBatchTimeout);
                while (!stoppingToken.IsCancellationRequested && store.ClaimNext() is { } next)
                {
                    await RunAsync(next.Job, next.Batch, stoppingToken).ConfigureAwait(false);
                }

                await store.Signal.WaitAsync(options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // The queue must outlive any single failure; it is logged and retried.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogLoopFailure(ex);
                await Task.Delay(options.PollInterval, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task RunAsync(JobRow job, BatchRow batch, CancellationToken stoppingToken)
    {
        var source = store.Running.Start(job.Id, stoppingToken);
        try
        {
            await Task.Delay(options.SimulatedLatency, source.Token).ConfigureAwait(false);
            var work = new AnalogWork(job.Id, job.Sequence ?? batch.SequenceBuilder ?? "", job.Variables,
                job.Runs ?? PasqalDeviceType.DefaultEmulatorRuns, batch.DeviceType, Seeds.For(job.Id));
            var outcome = await executor.RunAnalogAsync(work, source.Token).ConfigureAwait(false);
            store.Finish(job.Id, batch.Id, outcome.ResultJson is null ? PasqalStatus.Error : PasqalStatus.Done, outcome.ResultJson, outcome.Errors);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Cancelled by a user: the store already marked the job CANCELED.
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the job stays RUNNING and is run again at the next start.
        }
#pragma warning disable CA1031 // A failing job becomes ERROR with the message; the queue goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            store.Finish(job.Id, batch.Id, PasqalStatus.Error, null, [$"emulator failure: {ex.Message}"]);
        }
        finally
        {
            store.Running.Finish(job.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-queued {Count} Pasqal jobs interrupted by a restart")]
    private partial void LogRequeued(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Pasqal queue iteration failed")]
    private partial void LogLoopFailure(Exception exception);
}
