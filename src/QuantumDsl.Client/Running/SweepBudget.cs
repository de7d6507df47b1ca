using System.Globalization;
using System.Runtime.CompilerServices;

namespace QuantumDsl.Client;

/// <summary>Runs a sweep's update stream within <see cref="SweepRunOptions.Timeout"/>, turning the budget's end into a clear <see cref="TimeoutException"/>.</summary>
internal static class SweepBudget
{
    public static async IAsyncEnumerable<SweepUpdate<TPoint, TOutput>> WithinAsync<TPoint, TOutput>(
        Func<CancellationToken, IAsyncEnumerable<SweepUpdate<TPoint, TOutput>>> run, TimeSpan? budget,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TOutput : class
    {
        if (budget is not { } limit)
        {
            await foreach (var update in run(cancellationToken).ConfigureAwait(false))
            {
                yield return update;
            }

            yield break;
        }

        if (limit <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(budget), limit, "SweepRunOptions.Timeout must be positive (null: no budget).");
        }

        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(limit);
        var updates = run(timer.Token).GetAsyncEnumerator(timer.Token);
        await using (updates.ConfigureAwait(false))
        {
            SweepProgress? last = null;
            while (true)
            {
                bool more;
                try
                {
                    more = await updates.MoveNextAsync().ConfigureAwait(false);
                }
                catch (OperationCanceledException e) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
                {
                    var done = last is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p.Finished}/{p.Total} points finished") : "no point finished";
                    throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                        $"The sweep did not finish within its time budget of {limit} (SweepRunOptions.Timeout): {done}. Remote work keeps running unless CancelRemoteOnCancellation is set; run the sweep again to re-attach to it."), e);
                }

                if (!more)
                {
                    yield break;
                }

                last = updates.Current.Progress;
                yield return updates.Current;
            }
        }
    }
}
