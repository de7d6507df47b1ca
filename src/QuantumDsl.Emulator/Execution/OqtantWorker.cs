using System.Globalization;
using System.Text.Json;
using QuantumDsl.Emulator.Oqtant;
using QuantumDsl.Matter;

namespace QuantumDsl.Emulator.Execution;

/// <summary>
/// The Oqtant machine: one FIFO queue; a job's inputs run back to back. A job RUNNING at a crash is run again.
/// </summary>
internal sealed partial class OqtantWorker(OqtantStore store, IJobExecutor executor, EmulatorOptions options, ILogger<OqtantWorker> logger)
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
                while (!stoppingToken.IsCancellationRequested && store.ClaimNext() is { } next)
                {
                    await RunAsync(next.Job, next.Inputs, stoppingToken).ConfigureAwait(false);
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

    private async Task RunAsync(OqtantJobRow job, IReadOnlyList<OqtantInputRow> inputs, CancellationToken stoppingToken)
    {
        var source = store.Running.Start(job.ExternalId, stoppingToken);
        try
        {
            foreach (var input in inputs)
            {
                await Task.Delay(options.SimulatedLatency, source.Token).ConfigureAwait(false);
                string? output;
                try
                {
                    var values = JsonSerializer.Deserialize(input.ValuesJson, OqtantJsonContext.Default.InputValues)!;
                    var outcome = await executor.RunMatterAsync(
                        new MatterWork(job.ExternalId, input.Run, new MatterInput(values, input.Notes), Seeds.For(job.ExternalId + "/" + input.Run.ToString(CultureInfo.InvariantCulture))),
                        source.Token).ConfigureAwait(false);
                    output = outcome.Values is null
                        ? null
                        : JsonSerializer.Serialize(new Output { InputId = (int)input.InputId, Values = outcome.Values }, OqtantJsonContext.Default.Output);
                    if (outcome.Values is null)
                    {
                        LogRunFailed(job.ExternalId, input.Run, string.Join("; ", outcome.Errors));
                    }
                }
                catch (OperationCanceledException)
                {
                    throw;
                }
#pragma warning disable CA1031 // A failing run is recorded in failed_inputs; the job goes on.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogRunFailed(job.ExternalId, input.Run, ex.Message);
                    output = null;
                }

                if (!store.SaveRun(job.Seq, input.Run, output))
                {
                    return; // cancelled or deleted meanwhile
                }
            }

            store.Finish(job.Seq);
        }
        catch (OperationCanceledException)
        {
            // A user cancel (already recorded) or a shutdown (the job stays RUNNING and is run again at the next start).
        }
        finally
        {
            store.Running.Finish(job.ExternalId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-queued {Count} Oqtant jobs interrupted by a restart")]
    private partial void LogRequeued(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Oqtant job {JobId} run {Run} failed: {Reason}")]
    private partial void LogRunFailed(string jobId, int run, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Oqtant queue iteration failed")]
    private partial void LogLoopFailure(Exception exception);
}
