using System.Globalization;
using System.Runtime.CompilerServices;
using QuantumDsl.Client;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl;

/// <summary>
/// Runs analog (Pasqal) sweeps: one batch sending the shared sequence once, one job <c>{runs, variables}</c> per
/// point (arrays as JSON arrays, a mappable register's trap map as <c>qubits</c>), tracked through the batch and its job pages, resumable through the run journal.
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
        return SweepBudget.WithinAsync(ct => RunCoreAsync(sweep, client, options, ct), options.Timeout, cancellationToken);
    }

    private static async IAsyncEnumerable<SweepUpdate<T, AnalogPointOutput>> RunCoreAsync<T>(IReadOnlyList<T> sweep, PasqalClient client,
        SweepRunOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
        where T : IAnalogExperiment
    {
        var state = new Tally(sweep.Count);
        var valid = new List<int>(sweep.Count);
        var invalid = new List<PointResult<T, AnalogPointOutput>>();
        for (var i = 0; i < sweep.Count; i++)
        {
            var violations = sweep[i].Validate();
            if (violations.Count == 0)
            {
                valid.Add(i);
            }
            else
            {
                invalid.Add(new PointResult<T, AnalogPointOutput>(i, sweep[i], null,
                    new PointFailure("invalid point: " + string.Join("; ", violations.Select(v => v.Message)))));
            }
        }

        if (options.CheckPublishedDeviceSpecs && valid.Count > 0)
        {
            var check = await PublishedDeviceCheck.RunAsync(client, sweep[valid[0]].Sequence, options.PasqalDeviceType, cancellationToken)
                .ConfigureAwait(false);
            if (check.Status is not null)
            {
                yield return new SweepUpdate<T, AnalogPointOutput>(state.Now, null, check.Status, null) { Message = check.Message };
            }

            foreach (var i in valid.ToList())
            {
                var reason = check.Refusal ?? (check.Published?.ValidateJob(sweep[i].JobVariables(), sweep[i].Qubits, sweep[i].Runs) is { Count: > 0 } published
                    ? $"invalid on the published {check.DeviceType} specs: " + string.Join("; ", published.Select(v => v.Message))
                    : null);
                if (reason is not null)
                {
                    valid.Remove(i);
                    invalid.Add(new PointResult<T, AnalogPointOutput>(i, sweep[i], null, new PointFailure(reason)));
                }
            }
        }

        foreach (var bad in invalid.OrderBy(p => p.Index))
        {
            yield return new SweepUpdate<T, AnalogPointOutput>(state.Fail(), null, null, bad);
        }

        if (valid.Count == 0)
        {
            yield break;
        }

        var sequence = SharedSequence(sweep, valid);
        var account = await client.AccountAsync(cancellationToken).ConfigureAwait(false);
        var key = new JournalKey("analog", client.Endpoint, account, Hash(sequence, sweep, valid, options.RunName));
        var journal = RunJournal.Open(options.JournalDirectory, key, options.NewRun);
        if (!journal.HasRemoteWork)
        {
            var started = SweepLog.Started(client.Logger, journal, options.NewRun, "analog", valid.Count, 1, "batch", client.Endpoint);
            yield return new SweepUpdate<T, AnalogPointOutput>(state.Now with { Note = started }, null, "STARTED", null);
        }

        using var activity = ClientTelemetry.Source.StartActivity("analog sweep");
        activity?.SetTag("quantumdsl.points", sweep.Count);
        PasqalBatchOperation? batch = null;
        try
        {
            var entry = journal.Find(0) ?? journal.Intend(0, valid);
            string? note = null;
            var status = "SUBMITTED";
            if (entry.RemoteId is { } known)
            {
                batch = await LookUpAsync(client, known, cancellationToken).ConfigureAwait(false);
                if (batch is not null)
                {
                    var done = batch.Jobs.Take(valid.Count).Count(j => j.Status.IsTerminal());
                    note = SweepLog.Reattached(client.Logger, "batch", known, SweepLog.Timestamp(batch.Value.CreatedAt), done, valid.Count);
                    status = "REATTACHED";
                }
                else
                {
                    note = SweepLog.Unknown(client.Logger, "batch", known, client.Endpoint, valid.Count);
                    entry = journal.Forget(0);
                }
            }

            if (batch is null)
            {
                var jobs = valid.Select(i => AnalogJobRequest.For(sweep[i])).ToList();
                batch = await CreateAsync(client, sequence, jobs, options, entry.IdempotencyKey, cancellationToken).ConfigureAwait(false);
                journal.Assigned(0, batch.Id);
            }

            activity?.SetTag("quantumdsl.batch", batch.Id);
            yield return new SweepUpdate<T, AnalogPointOutput>(state.Submit(valid.Count) with { Note = note }, batch.Id, status, null);

            var reported = new HashSet<string>(StringComparer.Ordinal);
            var statuses = new Dictionary<string, PasqalJobStatus>(StringComparer.Ordinal);
            var delay = client.Options.PollInterval;
            while (true)
            {
                await batch.UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
                var jobs = batch.Jobs;
                for (var k = 0; k < jobs.Count && k < valid.Count; k++)
                {
                    var job = jobs[k];
                    if (reported.Contains(job.Id) || (statuses.TryGetValue(job.Id, out var before) && before == job.Status && !job.Status.IsTerminal()))
                    {
                        continue;
                    }

                    statuses[job.Id] = job.Status;
                    if (!job.Status.IsTerminal())
                    {
                        yield return new SweepUpdate<T, AnalogPointOutput>(state.Now, job.Id, PasqalWireNames.Of(job.Status), null);
                        continue;
                    }

                    reported.Add(job.Id);
                    var index = valid[k];
                    var result = job.Status == PasqalJobStatus.Done
                        ? job.FullResult ?? await client.GetJobResultAsync(job.Id, cancellationToken).ConfigureAwait(false)
                        : null;
                    var point = result is null
                        ? new PointResult<T, AnalogPointOutput>(index, sweep[index], null, new PointFailure(
                            job.Errors is { Count: > 0 } errors ? string.Join("; ", errors) : $"job ended {PasqalWireNames.Of(job.Status)} without a result",
                            job.Id, PasqalWireNames.Of(job.Status)))
                        : new PointResult<T, AnalogPointOutput>(index, sweep[index], new AnalogPointOutput(batch.Id, job.Id, result), null);
                    yield return new SweepUpdate<T, AnalogPointOutput>(point.Succeeded ? state.Complete() : state.Fail(), job.Id,
                        PasqalWireNames.Of(job.Status), point);
                }

                if (reported.Count >= valid.Count)
                {
                    yield break;
                }

                if (batch.Value.Status.IsTerminal() && jobs.Count < valid.Count)
                {
                    throw new QuantumServiceException(200, string.Create(CultureInfo.InvariantCulture,
                        $"batch {batch.Id} ended {PasqalWireNames.Of(batch.Value.Status)} with {jobs.Count} jobs for {valid.Count} points"), null, "analog sweep");
                }

                delay = await PollBackoff.WaitAsync(delay, client.Options.MaxPollInterval, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (cancellationToken.IsCancellationRequested && options.CancelRemoteOnCancellation && batch is not null)
            {
                try
                {
                    await client.CancelBatchAsync(batch.Id, CancellationToken.None).ConfigureAwait(false);
                }
                catch (QuantumServiceException)
                {
                    // Already ended: nothing left to cancel.
                }
            }
        }
    }

    /// <summary>An earlier run's batch with its jobs listed, or null when the service answers 404.</summary>
    private static async Task<PasqalBatchOperation?> LookUpAsync(PasqalClient client, string batchId, CancellationToken cancellationToken)
    {
        try
        {
            var batch = await client.GetBatchAsync(batchId, cancellationToken).ConfigureAwait(false);
            await batch.UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
            return batch;
        }
        catch (QuantumServiceException e) when (e.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Creates the batch on <see cref="SweepRunOptions.PasqalDeviceType"/> (default EMU_FREE); a refusal that names the
    /// default device gets the hint of how to choose another.
    /// </summary>
    private static async Task<PasqalBatchOperation> CreateAsync(PasqalClient client, string sequence, List<PasqalJobRequest> jobs,
        SweepRunOptions options, string idempotencyKey, CancellationToken cancellationToken)
    {
        var device = options.PasqalDeviceType ?? SweepRunOptions.DefaultPasqalDeviceType;
        try
        {
            return await client.CreateBatchAsync(sequence, jobs, new CreateBatchOptions
            {
                DeviceType = device, Tags = options.Tags, IdempotencyKey = idempotencyKey,
            }, wait: false, cancellationToken).ConfigureAwait(false);
        }
        catch (QuantumServiceException e) when (options.PasqalDeviceType is null && e.Status is >= 400 and < 500
            && e.ServiceMessage?.Contains(device, StringComparison.Ordinal) == true)
        {
            throw new QuantumServiceException(e.Status, e.ServiceMessage + string.Create(CultureInfo.InvariantCulture,
                $" (analog sweeps run on {device} unless SweepRunOptions.PasqalDeviceType names another device type, e.g. EMU_MPS, EMU_SV or FRESNEL)"),
                e.Content, e.Operation, e);
        }
    }

    /// <summary>The one sequence of the batch; points of one experiment share it (the same object or the same JSON).</summary>
    private static string SharedSequence<T>(IReadOnlyList<T> sweep, List<int> valid)
        where T : IAnalogExperiment
    {
        var first = sweep[valid[0]].Sequence;
        var repr = first.ToAbstractRepr();
        foreach (var i in valid)
        {
            if (!ReferenceEquals(sweep[i].Sequence, first) && sweep[i].Sequence.ToAbstractRepr() != repr)
            {
                throw new ArgumentException($"Point {i} has a different sequence: one batch sends one sequence, so an analog sweep must share it.", nameof(sweep));
            }
        }

        return repr;
    }

    private static string Hash<T>(string sequence, IReadOnlyList<T> sweep, List<int> valid, string? runName)
        where T : IAnalogExperiment =>
        RunJournal.HashOf(new[] { "analog", sequence, runName ?? "" }.Concat(valid.Select(i => AnalogJobRequest.Fingerprint(sweep[i]))));
}
