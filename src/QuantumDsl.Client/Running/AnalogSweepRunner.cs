using QuantumDsl.Client;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl;

/// <summary>
/// Runs analog (Pasqal) sweeps: one batch per distinct sequence (<see cref="StructureGroups"/>: one batch when the sweep
/// only changes variables), each sending its sequence once and one job <c>{runs, variables}</c> per point, tracked
/// through the batches and their job pages, resumable through the run journal.
/// </summary>
public static class AnalogSweepRunner
{
    /// <summary>Runs every point and returns each with its output or failure, in sweep order.</summary>
    public static Task<SweepResults<T, AnalogPointOutput>> RunAsync<T>(this IReadOnlyList<T> sweep, QuantumClient client,
        IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
        where T : IAnalogExperiment
    {
        ArgumentNullException.ThrowIfNull(client);
        return RunAsync(sweep, client.Pasqal, client.RunOptions, progress, cancellationToken);
    }

    /// <summary>Runs every point on <paramref name="client"/> with explicit options.</summary>
    public static Task<SweepResults<T, AnalogPointOutput>> RunAsync<T>(this IReadOnlyList<T> sweep, PasqalClient client,
        SweepRunOptions? options = null, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
        where T : IAnalogExperiment
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(client);
        return SweepResults<T, AnalogPointOutput>.CollectAsync(WatchAsync(sweep, client, options, cancellationToken), sweep.Count, progress,
            client.ObserveRetries);
    }

    /// <summary>Runs the sweep as a stream of updates: job status changes and finished points.</summary>
    public static IAsyncEnumerable<SweepUpdate<T, AnalogPointOutput>> WatchAsync<T>(this IReadOnlyList<T> sweep, QuantumClient client,
        CancellationToken cancellationToken = default)
        where T : IAnalogExperiment
    {
        ArgumentNullException.ThrowIfNull(client);
        return WatchAsync(sweep, client.Pasqal, client.RunOptions, cancellationToken);
    }

    /// <summary>
    /// Runs the sweep on <paramref name="client"/> as a stream of updates. The first update says whether this is a
    /// fresh run (status <c>STARTED</c>), or re-attaches to an earlier run's batch (status <c>REATTACHED</c>); both
    /// carry a <see cref="SweepProgress.Note"/>, also logged (event ids 4001–4003).
    /// </summary>
    public static IAsyncEnumerable<SweepUpdate<T, AnalogPointOutput>> WatchAsync<T>(this IReadOnlyList<T> sweep, PasqalClient client,
        SweepRunOptions? options = null, CancellationToken cancellationToken = default)
        where T : IAnalogExperiment
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(client);
        options ??= new SweepRunOptions();
        return SweepBudget.WithinAsync(ct => new AnalogSweepRun<T>(sweep, client, options).RunAsync(ct), options.Timeout, cancellationToken);
    }
}
