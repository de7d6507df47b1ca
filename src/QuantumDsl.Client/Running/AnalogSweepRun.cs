using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using QuantumDsl.Analog;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl.Client;

/// <summary>
/// The Pasqal hooks of <see cref="SweepRun{TPoint, TOutput}"/>: each unit is one batch sending its sequence once, with
/// one job <c>{runs, variables}</c> per point, tracked through the batch and its job pages. Points are grouped by
/// sequence (<see cref="StructureGroups"/>); arrays go as JSON arrays and a mappable register's trap map as <c>qubits</c>
/// (<see cref="AnalogJobRequest"/>): a sweep that only changes variables is one batch, a structure sweep one
/// batch per distinct sequence.
/// </summary>
internal sealed class AnalogSweepRun<T> : SweepRun<T, AnalogPointOutput>
    where T : IAnalogExperiment
{
    private readonly PasqalClient _client;
    private IReadOnlyList<StructureGroup> _units = [];
    private readonly Dictionary<string, PasqalBatchOperation> _batches = new(StringComparer.Ordinal);

    public AnalogSweepRun(IReadOnlyList<T> sweep, PasqalClient client, SweepRunOptions options)
        : base(sweep, options) => _client = client;

    protected override string Kind => "analog";

    protected override string UnitName => "batch";

    protected override Uri Endpoint => _client.Endpoint;

    protected override ILogger Logger => _client.Logger;

    protected override ValueTask<string> AccountAsync(CancellationToken cancellationToken) => _client.AccountAsync(cancellationToken);

    protected override async Task<SweepPlan<T, AnalogPointOutput>> PlanAsync(CancellationToken cancellationToken)
    {
        var valid = new List<int>(Sweep.Count);
        var invalid = new List<PointResult<T, AnalogPointOutput>>();
        var notices = new List<SweepNotice>();
        for (var i = 0; i < Sweep.Count; i++)
        {
            var violations = Sweep[i].Validate();
            if (violations.Count == 0)
            {
                valid.Add(i);
            }
            else
            {
                invalid.Add(Failed(i, "invalid point: " + string.Join("; ", violations.Select(v => v.Message))));
            }
        }

        if (Options.CheckPublishedDeviceSpecs && valid.Count > 0)
        {
            var check = await PublishedDeviceCheck.RunAsync(_client, Sweep[valid[0]].Sequence, Options.PasqalDeviceType, cancellationToken)
                .ConfigureAwait(false);
            if (check.Status is not null)
            {
                notices.Add(new SweepNotice(check.Status, check.Message));
            }

            // A structure sweep has several sequences: each is moved onto the published device once.
            var moved = new Dictionary<AnalogSequence, PublishedDeviceCheck>(ReferenceEqualityComparer.Instance) { [Sweep[valid[0]].Sequence] = check };
            foreach (var i in valid.ToList())
            {
                var own = moved.TryGetValue(Sweep[i].Sequence, out var found) ? found : moved[Sweep[i].Sequence] = check.For(Sweep[i].Sequence);
                var reason = own.Refusal ?? (own.Published?.ValidateJob(Sweep[i].JobVariables(), Sweep[i].Qubits, Sweep[i].Runs) is { Count: > 0 } published
                    ? $"invalid on the published {check.DeviceType} specs: " + string.Join("; ", published.Select(v => v.Message))
                    : null);
                if (reason is not null)
                {
                    valid.Remove(i);
                    invalid.Add(Failed(i, reason));
                }
            }
        }

        if (valid.Count == 0)
        {
            return new SweepPlan<T, AnalogPointOutput>(notices, invalid, [], "");
        }

        _units = StructureGroups.Of(Sweep, valid);
        return new SweepPlan<T, AnalogPointOutput>(notices, invalid, [.. _units.Select(u => u.Points)], Hash(valid))
        {
            Note = StructureGroups.Describe(_units),
        };
    }

    protected override async Task<FoundUnit?> LookUpAsync(int unit, string remoteId, CancellationToken cancellationToken)
    {
        var batch = _client.GetBatchOperation(remoteId);
        try
        {
            await batch.UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (QuantumServiceException e) when (e.Status == 404)
        {
            return null;
        }

        _batches[remoteId] = batch;
        return new FoundUnit(SweepLog.Timestamp(batch.Value.CreatedAt), batch.Jobs.Count(j => j.Status.IsTerminal()));
    }

    /// <summary>
    /// Creates the unit's batch on <see cref="SweepRunOptions.PasqalDeviceType"/> (default EMU_FREE); a refusal that
    /// names the default device gets the hint of how to choose another.
    /// </summary>
    protected override async Task<string> SubmitAsync(int unit, string idempotencyKey, CancellationToken cancellationToken)
    {
        var device = Options.PasqalDeviceType ?? SweepRunOptions.DefaultPasqalDeviceType;
        var jobs = _units[unit].Points.Select(i => AnalogJobRequest.For(Sweep[i])).ToList();
        PasqalBatchOperation batch;
        try
        {
            batch = await _client.CreateBatchAsync(WaitUntil.Started, _units[unit].Sequence, jobs, new CreateBatchOptions
            {
                DeviceType = device, Tags = Options.Tags, IdempotencyKey = idempotencyKey,
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (QuantumServiceException e) when (Options.PasqalDeviceType is null && e.Status is >= 400 and < 500
            && e.ServiceMessage?.Contains(device, StringComparison.Ordinal) == true)
        {
            throw new QuantumServiceException(e.Status, e.ServiceMessage + string.Create(CultureInfo.InvariantCulture,
                $" (analog sweeps run on {device} unless SweepRunOptions.PasqalDeviceType names another device type, e.g. EMU_MPS, EMU_SV or FRESNEL)"),
                e.Content, e.Operation, e);
        }

        _batches[batch.Id] = batch;
        return batch.Id;
    }

    /// <summary>
    /// Reads every unfinished batch once per round (its state, and its job list when counts changed), reporting each job
    /// status change and each ended job as its point, until every point ended; backoff between rounds.
    /// </summary>
    protected override async IAsyncEnumerable<SweepEvent<T, AnalogPointOutput>> TrackAsync(IReadOnlyList<SweepUnit> units, DateTimeOffset journalCreatedAt,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var statuses = new Dictionary<string, PasqalJobStatus>(StringComparer.Ordinal);
        var open = units.ToList();
        var delay = _client.Options.PollInterval;
        while (true)
        {
            foreach (var unit in open.ToList())
            {
                var batch = _batches.TryGetValue(unit.RemoteId, out var known) ? known : _batches[unit.RemoteId] = _client.GetBatchOperation(unit.RemoteId);
                await batch.UpdateStatusAsync(cancellationToken).ConfigureAwait(false);
                var jobs = batch.Jobs;
                var ended = 0;
                for (var k = 0; k < jobs.Count && k < unit.Points.Count; k++)
                {
                    var job = jobs[k];
                    if (reported.Contains(job.Id))
                    {
                        ended++;
                        continue;
                    }

                    if (statuses.TryGetValue(job.Id, out var before) && before == job.Status && !job.Status.IsTerminal())
                    {
                        continue;
                    }

                    statuses[job.Id] = job.Status;
                    if (!job.Status.IsTerminal())
                    {
                        yield return new SweepEvent<T, AnalogPointOutput>(job.Id, SweepStatus.Of(job.Status), null);
                        continue;
                    }

                    reported.Add(job.Id);
                    ended++;
                    yield return new SweepEvent<T, AnalogPointOutput>(job.Id, SweepStatus.Of(job.Status),
                        await PointAsync(unit.Points[k], batch.Id, job, cancellationToken).ConfigureAwait(false));
                }

                if (ended >= unit.Points.Count)
                {
                    open.Remove(unit);
                }
                else if (batch.Value.Status.IsTerminal() && jobs.Count < unit.Points.Count)
                {
                    throw new QuantumProtocolException(string.Create(CultureInfo.InvariantCulture,
                        $"batch {batch.Id} ended {WireEnum<PasqalBatchStatus>.Name(batch.Value.Status)} with {jobs.Count} jobs for {unit.Points.Count} points"), null, "analog sweep");
                }
            }

            if (open.Count == 0)
            {
                yield break;
            }

            delay = await PollBackoff.WaitAsync(delay, _client.Options.MaxPollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    protected override Task CancelAsync(string remoteId, CancellationToken cancellationToken) => _client.CancelBatchAsync(remoteId, cancellationToken);

    /// <summary>An ended job as its point: the counts of a DONE job, else the job's errors (or how it ended) as the failure.</summary>
    private async Task<PointResult<T, AnalogPointOutput>> PointAsync(int index, string batchId, PasqalJobInfo job, CancellationToken cancellationToken)
    {
        var result = job.Status == PasqalJobStatus.Done
            ? job.FullResult ?? await _client.GetJobResultAsync(job.Id, cancellationToken).ConfigureAwait(false)
            : null;
        return result is null
            ? new PointResult<T, AnalogPointOutput>(index, Sweep[index], null, new PointFailure(
                job.Errors is { Count: > 0 } errors ? string.Join("; ", errors) : $"job ended {WireEnum<PasqalJobStatus>.Name(job.Status)} without a result",
                job.Id, SweepStatus.Of(job.Status)))
            : new PointResult<T, AnalogPointOutput>(index, Sweep[index], new AnalogPointOutput(batchId, job.Id, result), null);
    }

    private PointResult<T, AnalogPointOutput> Failed(int index, string reason) => new(index, Sweep[index], null, new PointFailure(reason));

    /// <summary>The run's identity: every sequence, the run name and each point's runs and variables (one sequence: as before structure sweeps).</summary>
    private string Hash(List<int> valid)
    {
        var group = new Dictionary<int, int>();
        for (var g = 0; g < _units.Count; g++)
        {
            foreach (var i in _units[g].Points)
            {
                group[i] = g;
            }
        }

        return RunJournal.HashOf(new[] { "analog" }.Concat(_units.Select(g => g.Sequence)).Append(Options.RunName ?? "").Concat(valid.Select(i =>
            AnalogJobRequest.Fingerprint(Sweep[i])
            + (_units.Count == 1 ? "" : "@" + group[i].ToString(CultureInfo.InvariantCulture)))));
    }
}
