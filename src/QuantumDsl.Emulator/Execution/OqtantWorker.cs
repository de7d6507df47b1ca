using System.Globalization;
using System.Text.Json;
using QuantumDsl.Emulator.Oqtant;
using QuantumDsl.Matter;

namespace QuantumDsl.Emulator.Execution;

/// <summary>
/// The Oqtant machine: one FIFO queue; a job's inputs run back to back. A job RUNNING at a crash is run again.
/// </summary>
internal sealed partial class OqtantWorker(OqtantStore store, IJobExecutor executor, EmulatorOptions options, ILogger<OqtantWorker> logger)
    : QueueWorker<(OqtantJobRow Job, IReadOnlyList<OqtantInputRow> Inputs)>(store.Signal, options, logger)
{
    protected override string Surface => "Oqtant";

    protected override int RequeueInterrupted() => store.RequeueInterrupted();

    protected override (OqtantJobRow Job, IReadOnlyList<OqtantInputRow> Inputs)? ClaimNext() => store.ClaimNext();

    protected override async Task RunAsync((OqtantJobRow Job, IReadOnlyList<OqtantInputRow> Inputs) claim, CancellationToken stoppingToken)
    {
        var (job, inputs) = claim;
        var source = store.Running.Start(job.ExternalId, stoppingToken);
        try
        {
            foreach (var input in inputs)
            {
                await Task.Delay(Options.SimulatedLatency, source.Token).ConfigureAwait(false);
                string? output;
                string? rawImages = null;
                IReadOnlyList<string> errors = [];
                try
                {
                    var values = JsonSerializer.Deserialize(input.ValuesJson, OqtantJsonContext.Default.InputValues)!;
                    var outcome = await executor.RunMatterAsync(
                        new MatterWork(job.ExternalId, input.Run, new MatterInput(values, input.Notes), Seeds.For(job.ExternalId + "/" + input.Run.ToString(CultureInfo.InvariantCulture))),
                        source.Token).ConfigureAwait(false);
                    output = outcome.Values is null
                        ? null
                        : JsonSerializer.Serialize(new Output { InputId = (int)input.InputId, Values = outcome.Values }, OqtantJsonContext.Default.Output);
                    rawImages = outcome.Values is null || outcome.RawImages is null
                        ? null
                        : JsonSerializer.Serialize(outcome.RawImages, OqtantJsonContext.Default.IReadOnlyListRawImages);
                    if (outcome.Values is null)
                    {
                        errors = outcome.Errors.Count > 0 ? outcome.Errors : ["the matter engine returned no output"];
                        LogRunFailed(job.ExternalId, input.Run, string.Join("; ", errors));
                    }
                }
                catch (OperationCanceledException)
                {
                    throw;
                }
#pragma warning disable CA1031 // A failing run is recorded in failed_inputs with its reason; the job goes on.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogRunFailed(job.ExternalId, input.Run, ex.Message);
                    output = null;
                    errors = [$"emulator failure: {ex.Message}"];
                }

                if (!store.SaveRun(job.Seq, input.Run, output, rawImages, errors))
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Oqtant job {JobId} run {Run} failed: {Reason}")]
    private partial void LogRunFailed(string jobId, int run, string reason);
}
