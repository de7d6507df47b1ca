using System.Collections;
using QuantumDsl.Client;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Matter;

namespace QuantumDsl;

/// <summary>
/// Where a sweep stands: points in total, submitted, completed (with an output) and failed; with a <see cref="Note"/>
/// when something is worth saying aloud (a fresh start or a re-attach, a job the service no longer knows, a retry).
/// </summary>
public readonly record struct SweepProgress(int Total, int Submitted, int Completed, int Failed)
{
    /// <summary>A line for the user, e.g. "re-attached to job X submitted at T, 6/9 points already done"; null on plain counts.</summary>
    public string? Note { get; init; }

    /// <summary>Points that ended, either way.</summary>
    public int Finished => Completed + Failed;
}

/// <summary>
/// Why a point has no output: the reason, and the remote job and its final status when there was one — typed as
/// <see cref="SweepUpdate{TPoint, TOutput}.Status"/> is (<see cref="SweepStatus.OqtantStatus"/> /
/// <see cref="SweepStatus.PasqalStatus"/>); a string still converts, so <c>failure.Status == "ERROR"</c> reads as before.
/// </summary>
/// <param name="Reason">Why there is no output.</param>
/// <param name="JobId">The remote job, or null when none was submitted.</param>
/// <param name="Status">The job's final status, or null when there was no job.</param>
public sealed record PointFailure(string Reason, string? JobId = null, SweepStatus? Status = null);

/// <summary>One sweep point with its output, or its failure.</summary>
/// <typeparam name="TPoint">The experiment type.</typeparam>
/// <typeparam name="TOutput">The output type.</typeparam>
public sealed record PointResult<TPoint, TOutput>(int Index, TPoint Point, TOutput? Output, PointFailure? Failure)
    where TOutput : class
{
    /// <summary>True when the point has an output.</summary>
    public bool Succeeded => Failure is null && Output is not null;
}

/// <summary>The output of one matter point: its job, its run within the job and the service's output values.</summary>
public sealed record MatterPointOutput(string JobId, int Run, OutputValues Values);

/// <summary>The output of one analog point: its batch, its job and the measured bitstring counts.</summary>
public sealed record AnalogPointOutput(string BatchId, string JobId, PasqalJobResult Result);

/// <summary>One event of a running sweep: progress, plus a job status change or a finished point.</summary>
/// <typeparam name="TPoint">The experiment type.</typeparam>
/// <typeparam name="TOutput">The output type.</typeparam>
public sealed record SweepUpdate<TPoint, TOutput>(SweepProgress Progress, string? JobId, SweepStatus? Status, PointResult<TPoint, TOutput>? Point)
    where TOutput : class
{
    /// <summary>A warning that concerns the whole sweep (for example a <c>DEVICE_SPECS_DRIFT</c> status lists the differing fields), or null.</summary>
    public string? Message { get; init; }
}

/// <summary>Every point of a sweep in sweep order, each with its output or failure (partial results when some failed).</summary>
/// <typeparam name="TPoint">The experiment type.</typeparam>
/// <typeparam name="TOutput">The output type.</typeparam>
public sealed class SweepResults<TPoint, TOutput> : IReadOnlyList<PointResult<TPoint, TOutput>>
    where TOutput : class
{
    private readonly PointResult<TPoint, TOutput>[] _points;

    internal SweepResults(PointResult<TPoint, TOutput>[] points) => _points = points;

    /// <summary>Drains a runner's update stream into the results, reporting progress on the way.</summary>
    /// <remarks>With <paramref name="observeRetries"/>, each retry of a call the run makes is reported too, as a note on the last counts.</remarks>
    internal static async Task<SweepResults<TPoint, TOutput>> CollectAsync(
        IAsyncEnumerable<SweepUpdate<TPoint, TOutput>> updates, int count, IProgress<SweepProgress>? progress,
        Func<Action<RetryNotice>, IDisposable>? observeRetries = null)
    {
        var results = new PointResult<TPoint, TOutput>?[count];
        var gate = new object();
        var last = new SweepProgress(count, 0, 0, 0);
        using var retries = progress is not null && observeRetries is not null
            ? observeRetries(notice =>
            {
                SweepProgress now;
                lock (gate)
                {
                    now = last;
                }

                progress.Report(now with { Note = notice.Describe() });
            })
            : null;
        await foreach (var update in updates.ConfigureAwait(false))
        {
            if (update.Point is { } point)
            {
                results[point.Index] = point;
            }

            lock (gate)
            {
                last = update.Progress with { Note = null };
            }

            progress?.Report(update.Progress);
        }

        return new SweepResults<TPoint, TOutput>([.. results.Select(r => r!)]);
    }

    /// <inheritdoc />
    public int Count => _points.Length;

    /// <inheritdoc />
    public PointResult<TPoint, TOutput> this[int index] => _points[index];

    /// <summary>Points with an output.</summary>
    public IEnumerable<PointResult<TPoint, TOutput>> Succeeded => _points.Where(p => p.Succeeded);

    /// <summary>Points without one.</summary>
    public IEnumerable<PointResult<TPoint, TOutput>> Failed => _points.Where(p => !p.Succeeded);

    /// <summary>Throws when any point failed, listing each.</summary>
    public SweepResults<TPoint, TOutput> EnsureAllSucceeded()
    {
        var failed = Failed.ToList();
        return failed.Count == 0 ? this : throw new InvalidOperationException(
            $"{failed.Count} of {Count} points failed:" + Environment.NewLine
            + string.Join(Environment.NewLine, failed.Select(f => $"  point {f.Index}: {f.Failure?.Reason} (job {f.Failure?.JobId}, status {f.Failure?.Status})")));
    }

    /// <inheritdoc />
    public IEnumerator<PointResult<TPoint, TOutput>> GetEnumerator() => ((IEnumerable<PointResult<TPoint, TOutput>>)_points).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
