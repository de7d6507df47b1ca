using QuantumDsl.Emulator.Pasqal;

namespace QuantumDsl.Emulator.Execution;

/// <summary>
/// The Pasqal workload queue: one FIFO queue of its own (apart from the batch device queues), one workload at a time.
/// A workload RUNNING at a crash is run again at start; a cancelled one is interrupted and stays CANCELED.
/// </summary>
internal sealed class WorkloadWorker(WorkloadStore store, IJobExecutor executor, EmulatorOptions options, ILogger<WorkloadWorker> logger)
    : QueueWorker<WorkloadClaim>(store.Signal, options, logger)
{
    protected override string Surface => "Pasqal workload";

    protected override int RequeueInterrupted() => store.RequeueInterrupted();

    protected override WorkloadClaim? ClaimNext() => store.ClaimNext() is { } workload ? new WorkloadClaim(workload) : null;

    protected override async Task RunAsync(WorkloadClaim claim, CancellationToken stoppingToken)
    {
        var workload = claim.Workload;
        var source = store.Running.Start(workload.Id, stoppingToken);
        try
        {
            await Task.Delay(Options.SimulatedLatency, source.Token).ConfigureAwait(false);
            var outcome = await WorkloadTypes.RunAsync(workload, executor, source.Token).ConfigureAwait(false);
            store.Finish(workload.Id, outcome.ResultJson is null ? PasqalStatus.Error : PasqalStatus.Done, outcome.ResultJson, outcome.Errors);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Cancelled by a user: the store already marked the workload CANCELED.
        }
        catch (OperationCanceledException)
        {
            // Shutting down: the workload stays RUNNING and is run again at the next start.
        }
#pragma warning disable CA1031 // A failing workload becomes ERROR with the message; the queue goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            store.Finish(workload.Id, PasqalStatus.Error, null, [$"emulator failure: {ex.Message}"]);
        }
        finally
        {
            store.Running.Finish(workload.Id);
        }
    }
}
