using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;

namespace QuantumDsl.Client;

/// <summary>
/// The one shape of a sweep run, for every service: plan (validate points, group them into remote units) → journal
/// (open or resume) → submit each unit, or re-attach to the one an earlier run made → track until every point ended →
/// on cancellation, cancel the remote units when asked. A service supplies the hooks; a sweep may need several units
/// (Oqtant jobs of at most 30 inputs, Pasqal batches), each journaled, submitted and tracked on its own. One run
/// object per run (not reusable).
/// </summary>
/// <typeparam name="TPoint">The experiment type.</typeparam>
/// <typeparam name="TOutput">The output of one point.</typeparam>
internal abstract class SweepRun<TPoint, TOutput>
    where TOutput : class
{
    protected SweepRun(IReadOnlyList<TPoint> sweep, SweepRunOptions options)
    {
        Sweep = sweep;
        Options = options;
    }

    protected IReadOnlyList<TPoint> Sweep { get; }

    protected SweepRunOptions Options { get; }

    /// <summary>The journal kind and the name in logs and traces: <c>matter</c>, <c>analog</c>.</summary>
    protected abstract string Kind { get; }

    /// <summary>What a unit is called on the service: <c>job</c>, <c>batch</c>.</summary>
    protected abstract string UnitName { get; }

    /// <summary>The service's URL (part of the journal key).</summary>
    protected abstract Uri Endpoint { get; }

    /// <summary>Where the run's notes are logged (the client's logger).</summary>
    protected abstract ILogger Logger { get; }

    /// <summary>Validates the points and groups the valid ones into units (nothing is sent, but reads are allowed).</summary>
    protected abstract Task<SweepPlan<TPoint, TOutput>> PlanAsync(CancellationToken cancellationToken);

    /// <summary>Who the calls run as (part of the journal key).</summary>
    protected abstract ValueTask<string> AccountAsync(CancellationToken cancellationToken);

    /// <summary>Finds an earlier run's unit on the service; null when the service answers 404.</summary>
    protected abstract Task<FoundUnit?> LookUpAsync(int unit, string remoteId, CancellationToken cancellationToken);

    /// <summary>Submits a unit with the journal's idempotency key and returns its id.</summary>
    protected abstract Task<string> SubmitAsync(int unit, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>
    /// Tracks the units until each of their points ended, as remote job status changes and finished points (each point
    /// exactly once). <paramref name="journalCreatedAt"/> is when the run's journal began (no unit is older).
    /// </summary>
    protected abstract IAsyncEnumerable<SweepEvent<TPoint, TOutput>> TrackAsync(IReadOnlyList<SweepUnit> units, DateTimeOffset journalCreatedAt,
        CancellationToken cancellationToken);

    /// <summary>Cancels a unit on the service (a unit that already ended may refuse with <see cref="QuantumServiceException"/>).</summary>
    protected abstract Task CancelAsync(string remoteId, CancellationToken cancellationToken);

    /// <summary>Runs the sweep as a stream of updates (see the runners' <c>WatchAsync</c>).</summary>
    public async IAsyncEnumerable<SweepUpdate<TPoint, TOutput>> RunAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var state = new Tally(Sweep.Count);
        var plan = await PlanAsync(cancellationToken).ConfigureAwait(false);
        foreach (var notice in plan.Notices)
        {
            yield return new SweepUpdate<TPoint, TOutput>(state.Now, null, notice.Status, null) { Message = notice.Message };
        }

        foreach (var bad in plan.Invalid.OrderBy(p => p.Index))
        {
            yield return new SweepUpdate<TPoint, TOutput>(state.Fail(), null, null, bad);
        }

        if (plan.Units.Count == 0)
        {
            yield break;
        }

        var account = await AccountAsync(cancellationToken).ConfigureAwait(false);
        var journal = RunJournal.Open(Options.JournalDirectory, new JournalKey(Kind, Endpoint, account, plan.ContentHash), Options.NewRun);
        if (!journal.HasRemoteWork)
        {
            var started = SweepLog.Started(Logger, journal, Options.NewRun, Kind, plan.Units.Sum(u => u.Count), plan.Units.Count, UnitName, Endpoint);
            yield return new SweepUpdate<TPoint, TOutput>(state.Now with { Note = plan.Note is null ? started : started + "; " + plan.Note }, null,
                SweepStatus.Started, null);
        }

        using var activity = ClientTelemetry.Source.StartActivity(Kind + " sweep");
        activity?.SetTag("quantumdsl.points", Sweep.Count);
        activity?.SetTag("quantumdsl.units", plan.Units.Count);
        var submitted = new List<SweepUnit>(plan.Units.Count);
        try
        {
            for (var u = 0; u < plan.Units.Count; u++)
            {
                var points = plan.Units[u];
                var entry = journal.Find(u) ?? journal.Intend(u, points);
                string? note = null;
                var status = SweepStatus.Submitted;
                if (entry.RemoteId is { } known)
                {
                    if (await LookUpAsync(u, known, cancellationToken).ConfigureAwait(false) is { } found)
                    {
                        note = SweepLog.Reattached(Logger, UnitName, known, found.SubmittedAt, found.Done, points.Count);
                        status = SweepStatus.Reattached;
                    }
                    else
                    {
                        note = SweepLog.Unknown(Logger, UnitName, known, Endpoint, points.Count);
                        entry = journal.Forget(u);
                    }
                }

                if (entry.RemoteId is null)
                {
                    var id = await SubmitAsync(u, entry.IdempotencyKey, cancellationToken).ConfigureAwait(false);
                    journal.Assigned(u, id);
                    entry = entry with { RemoteId = id };
                }

                submitted.Add(new SweepUnit(u, entry.RemoteId, points));
                yield return new SweepUpdate<TPoint, TOutput>(state.Submit(points.Count) with { Note = note }, entry.RemoteId, status, null);
            }

            await foreach (var seen in TrackAsync(submitted, journal.CreatedAt, cancellationToken).ConfigureAwait(false))
            {
                var progress = seen.Point is null ? state.Now : seen.Point.Succeeded ? state.Complete() : state.Fail();
                yield return new SweepUpdate<TPoint, TOutput>(progress, seen.JobId, seen.Status, seen.Point);
            }
        }
        finally
        {
            if (cancellationToken.IsCancellationRequested && Options.CancelRemoteOnCancellation)
            {
                foreach (var unit in submitted)
                {
                    try
                    {
                        await CancelAsync(unit.RemoteId, CancellationToken.None).ConfigureAwait(false);
                    }
                    catch (QuantumServiceException)
                    {
                        // Already ended or gone: nothing left to cancel.
                    }
                }
            }
        }
    }
}
