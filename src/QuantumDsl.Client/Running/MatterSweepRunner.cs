using QuantumDsl.Client;
using QuantumDsl.Client.Oqtant;

namespace QuantumDsl;

/// <summary>
/// Runs matter (Oqtant) sweeps: points become inputs, grouped into jobs of at most 30 inputs of one job type, tracked
/// by search pages, resumable through the run journal.
/// </summary>
public static class MatterSweepRunner
{
    /// <summary>Runs every point and returns each with its output or failure, in sweep order.</summary>
    public static Task<SweepResults<T, MatterPointOutput>> RunAsync<T>(this IReadOnlyList<T> sweep, QuantumClient client,
        IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
        where T : IMatterExperiment
    {
        ArgumentNullException.ThrowIfNull(client);
        return RunAsync(sweep, client.Oqtant, client.RunOptions, progress, cancellationToken);
    }

    /// <summary>Runs every point on <paramref name="client"/> with explicit options.</summary>
    public static Task<SweepResults<T, MatterPointOutput>> RunAsync<T>(this IReadOnlyList<T> sweep, OqtantClient client,
        SweepRunOptions? options = null, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
        where T : IMatterExperiment
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(client);
        return SweepResults<T, MatterPointOutput>.CollectAsync(WatchAsync(sweep, client, options, cancellationToken), sweep.Count, progress,
            client.ObserveRetries);
    }

    /// <summary>Runs the sweep as a stream of updates: each job status change and each finished point.</summary>
    public static IAsyncEnumerable<SweepUpdate<T, MatterPointOutput>> WatchAsync<T>(this IReadOnlyList<T> sweep, QuantumClient client,
        CancellationToken cancellationToken = default)
        where T : IMatterExperiment
    {
        ArgumentNullException.ThrowIfNull(client);
        return WatchAsync(sweep, client.Oqtant, client.RunOptions, cancellationToken);
    }

    /// <summary>
    /// Runs the sweep on <paramref name="client"/> as a stream of updates. The first update says whether this is a
    /// fresh run (status <c>STARTED</c>) and each job of an earlier run re-attached to is an update with status
    /// <c>REATTACHED</c>; both carry a <see cref="SweepProgress.Note"/>, also logged (event ids 4001–4003).
    /// </summary>
    public static IAsyncEnumerable<SweepUpdate<T, MatterPointOutput>> WatchAsync<T>(this IReadOnlyList<T> sweep, OqtantClient client,
        SweepRunOptions? options = null, CancellationToken cancellationToken = default)
        where T : IMatterExperiment
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(client);
        options ??= new SweepRunOptions();
        return SweepBudget.WithinAsync(ct => new MatterSweepRun<T>(sweep, client, options).RunAsync(ct), options.Timeout, cancellationToken);
    }
}
