using QuantumDsl.Client.Pasqal;

namespace QuantumDsl.Samples;

/// <summary>One analog point and its measured bitstring counts (null when its job did not finish).</summary>
public sealed record AnalogPoint<T>(T Point, PasqalJobResult? Result);

/// <summary>
/// Runs an analog sweep as ONE Pasqal batch: the sequence (built once from <c>Define</c>) is sent once, each point is a
/// job <c>{runs, variables}</c>. Progress counts jobs that ended.
/// </summary>
public static class AnalogBatch
{
    /// <summary>The emulator device type the samples use unless the run options name another.</summary>
    public const string DefaultDeviceType = "EMU_FREE";

    /// <summary>Validates every point, submits the batch, waits for it and downloads each job's result, in sweep order.</summary>
    public static async Task<IReadOnlyList<AnalogPoint<T>>> RunAsync<T>(IReadOnlyList<T> sweep, QuantumClient client,
        IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
        where T : IAnalogExperiment
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(client);
        ExperimentValidationException.ThrowIfAny([.. sweep.SelectMany((p, i) => p.Validate().Select(v => v with { Path = $"points[{i}].{v.Path}", Message = $"points[{i}]: {v.Message}" }))]);
        var jobs = sweep.Select(p => PasqalJobRequest.Create(p.Runs, p.Variables)).ToList();
        var options = new CreateBatchOptions { DeviceType = client.RunOptions.PasqalDeviceType ?? DefaultDeviceType, Tags = client.RunOptions.Tags };
        var batch = await client.Pasqal.CreateBatchAsync(sweep[0].Sequence.ToAbstractRepr(), jobs, options, wait: false, cancellationToken);
        progress?.Report(new SweepProgress(sweep.Count, sweep.Count, 0, 0));

        var delay = client.Pasqal.Options.PollInterval;
        await batch.UpdateStatusAsync(cancellationToken);
        while (!batch.HasCompleted)
        {
            progress?.Report(Progress(sweep.Count, batch));
            await Task.Delay(delay, cancellationToken);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, client.Pasqal.Options.MaxPollInterval.Ticks));
            await batch.UpdateStatusAsync(cancellationToken);
        }

        progress?.Report(Progress(sweep.Count, batch));
        var results = await batch.GetResultsAsync(cancellationToken);
        return [.. sweep.Select((p, i) => new AnalogPoint<T>(p, i < results.Count ? results[i].Result : null))];
    }

    private static SweepProgress Progress(int total, PasqalBatchOperation batch) => new(
        total, total,
        batch.Jobs.Count(j => j.Status == PasqalJobStatus.Done),
        batch.Jobs.Count(j => j.Status != PasqalJobStatus.Done && j.Status.IsTerminal()));
}
