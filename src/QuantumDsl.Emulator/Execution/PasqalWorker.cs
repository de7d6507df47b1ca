using QuantumDsl.Emulator.Pasqal;

namespace QuantumDsl.Emulator.Execution;

/// <summary>
/// The Pasqal device queue: FIFO per device type; once a batch starts only its jobs run until all are terminal (an
/// open batch keeps the device until closed or timed out). Jobs left RUNNING by a crash are run again at start.
/// </summary>
internal sealed partial class PasqalWorker(PasqalStore store, PasqalQueue queue, IJobExecutor executor, EmulatorOptions options, ILogger<PasqalWorker> logger)
    : QueueWorker<(JobRow Job, BatchRow Batch)>(store.Signal, options, logger)
{
    protected override string Surface => "Pasqal";

    protected override int RequeueInterrupted() => queue.RequeueInterrupted();

    protected override (JobRow Job, BatchRow Batch)? ClaimNext() => queue.ClaimNext();

    protected override void Housekeep() => queue.TimeOutIdleBatches(Options.OpenBatchTimeout);

    protected override async Task RunAsync((JobRow Job, BatchRow Batch) claim, CancellationToken stoppingToken)
    {
        var (job, batch) = claim;
        var source = store.Running.Start(job.Id, stoppingToken);
        try
        {
            await Task.Delay(Options.SimulatedLatency, source.Token).ConfigureAwait(false);
            var work = new AnalogWork(job.Id, job.Sequence ?? batch.SequenceBuilder ?? "", job.Variables,
                job.Runs ?? PasqalDeviceType.DefaultEmulatorRuns, batch.DeviceType, Seeds.For(job.Id));
            var outcome = await executor.RunAnalogAsync(work, source.Token).ConfigureAwait(false);
            queue.Finish(job.Id, batch.Id, outcome.ResultJson is null ? PasqalStatus.Error : PasqalStatus.Done, outcome.ResultJson, outcome.Errors);
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
            queue.Finish(job.Id, batch.Id, PasqalStatus.Error, null, [$"emulator failure: {ex.Message}"]);
        }
        finally
        {
            store.Running.Finish(job.Id);
        }
    }
}
