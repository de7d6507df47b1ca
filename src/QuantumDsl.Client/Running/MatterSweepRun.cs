using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Matter;

namespace QuantumDsl.Client;

/// <summary>
/// The Oqtant hooks of <see cref="SweepRun{TPoint, TOutput}"/>: points become inputs, grouped into jobs of at most
/// <see cref="SweepRunOptions.MaxInputsPerJob"/> consecutive inputs of one job type, tracked by search pages.
/// </summary>
internal sealed class MatterSweepRun<T> : SweepRun<T, MatterPointOutput>
    where T : IMatterExperiment
{
    private readonly OqtantClient _client;
    private MatterInput?[] _inputs = [];
    private IReadOnlyList<IReadOnlyList<int>> _units = [];

    public MatterSweepRun(IReadOnlyList<T> sweep, OqtantClient client, SweepRunOptions options)
        : base(sweep, options) => _client = client;

    protected override string Kind => "matter";

    protected override string UnitName => "job";

    protected override Uri Endpoint => _client.Endpoint;

    protected override ILogger Logger => _client.Logger;

    private string JobName => Sweep[0].JobName;

    protected override ValueTask<string> AccountAsync(CancellationToken cancellationToken) => ValueTask.FromResult("user:" + _client.UserId);

    protected override Task<SweepPlan<T, MatterPointOutput>> PlanAsync(CancellationToken cancellationToken)
    {
        _inputs = new MatterInput?[Sweep.Count];
        var invalid = new List<PointResult<T, MatterPointOutput>>();
        for (var i = 0; i < Sweep.Count; i++)
        {
            try
            {
                _inputs[i] = Sweep[i].ToInput();
            }
            catch (ExperimentValidationException e)
            {
                invalid.Add(new PointResult<T, MatterPointOutput>(i, Sweep[i], null, new PointFailure("invalid point: " + e.Message)));
            }
        }

        _units = Chunk(_inputs, Options.MaxInputsPerJob);
        var hash = _units.Count == 0 ? "" : Hash(JobName, _inputs, Options.RunName);
        return Task.FromResult(new SweepPlan<T, MatterPointOutput>([], invalid, _units, hash));
    }

    /// <summary>
    /// An earlier run's job on the service: when it was submitted and how many of its points already ended (all once
    /// the job ended; while it runs, the runs with an output, which run in order); null when the service answers 404.
    /// </summary>
    protected override async Task<FoundUnit?> LookUpAsync(int unit, string remoteId, CancellationToken cancellationToken)
    {
        var points = _units[unit].Count;
        OqtantJob job;
        try
        {
            job = await _client.GetJobAsync(remoteId, 1, cancellationToken).ConfigureAwait(false);
        }
        catch (QuantumServiceException e) when (e.Status == 404)
        {
            return null;
        }

        DateTimeOffset? submitted = job.TimeSubmit is { } t ? new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc)) : null;
        if (job.Status.IsTerminal())
        {
            return new FoundUnit(submitted, points);
        }

        var done = 0;
        if (job.Status == JobStatus.Running)
        {
            for (var run = 1; run <= points; run++)
            {
                var one = run == 1 ? job : await _client.GetJobAsync(remoteId, run, cancellationToken).ConfigureAwait(false);
                if (one.Inputs.FirstOrDefault()?.Output is null)
                {
                    break;
                }

                done++;
            }
        }

        return new FoundUnit(submitted, done);
    }

    protected override async Task<string> SubmitAsync(int unit, string idempotencyKey, CancellationToken cancellationToken)
    {
        var job = MatterJob.Create(JobName, _units[unit].Select(i => _inputs[i]!));
        var created = await _client.SubmitJobAsync(job, idempotencyKey, cancellationToken).ConfigureAwait(false);
        return created.JobId;
    }

    /// <summary>Watches every job (search pages, backoff) and turns each ended job into its points, one per run.</summary>
    protected override async IAsyncEnumerable<SweepEvent<T, MatterPointOutput>> TrackAsync(IReadOnlyList<SweepUnit> units, DateTimeOffset journalCreatedAt,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var byJob = units.ToDictionary(u => u.RemoteId, u => u.Points, StringComparer.Ordinal);
        await foreach (var update in _client.WatchJobsAsync([.. units.Select(u => u.RemoteId)], journalCreatedAt.AddMinutes(-5), cancellationToken)
            .ConfigureAwait(false))
        {
            if (update.Job is null)
            {
                yield return new SweepEvent<T, MatterPointOutput>(update.JobId, SweepStatus.Of(update.Status), null);
                continue;
            }

            // A cancelled job keeps the outputs of the runs that finished before the cancel (runs run in order): only
            // the rest are cancelled. COMPLETE and INCOMPLETE jobs have an output (or a failure) per run.
            var points = byJob[update.JobId];
            var withOutputs = update.Status is JobStatus.Complete or JobStatus.Incomplete or JobStatus.Failed or JobStatus.Cancelled;
            var cancelledFrom = int.MaxValue;
            for (var run = 1; run <= points.Count; run++)
            {
                var index = points[run - 1];
                // The run's input carries its output, or (failed runs) the reasons in its errors.
                var input = withOutputs && run < cancelledFrom
                    ? (run == 1 ? update.Job : await _client.GetJobAsync(update.JobId, run, cancellationToken).ConfigureAwait(false))
                        .Inputs.FirstOrDefault()
                    : null;
                var output = input?.Output;
                if (output is null && update.Status == JobStatus.Cancelled)
                {
                    cancelledFrom = Math.Min(cancelledFrom, run);
                }

                var reason = update.Status == JobStatus.Cancelled
                    ? $"job {update.JobId} was cancelled before run {run} finished"
                    : input?.Errors is { Count: > 0 } errors
                        ? $"run {run} failed: {string.Join("; ", errors)}"
                        : $"job ended {WireEnum<JobStatus>.Name(update.Status)} without an output for run {run}";
                var result = output is null
                    ? new PointResult<T, MatterPointOutput>(index, Sweep[index], null, new PointFailure(reason, update.JobId, SweepStatus.Of(update.Status)))
                    : new PointResult<T, MatterPointOutput>(index, Sweep[index], new MatterPointOutput(update.JobId, run, output.Values), null);
                yield return new SweepEvent<T, MatterPointOutput>(update.JobId, SweepStatus.Of(update.Status), result);
            }
        }
    }

    protected override Task CancelAsync(string remoteId, CancellationToken cancellationToken) => _client.CancelJobAsync(remoteId, cancellationToken);

    /// <summary>Consecutive valid points of one job type, at most <paramref name="size"/> per job.</summary>
    private static List<IReadOnlyList<int>> Chunk(MatterInput?[] inputs, int size)
    {
        var chunks = new List<IReadOnlyList<int>>();
        var current = new List<int>();
        JobType? type = null;
        for (var i = 0; i < inputs.Length; i++)
        {
            if (inputs[i] is not { } input)
            {
                continue;
            }

            if (current.Count == size || (type is not null && type != input.JobType))
            {
                chunks.Add(current);
                current = [];
            }

            type = input.JobType;
            current.Add(i);
        }

        if (current.Count > 0)
        {
            chunks.Add(current);
        }

        return chunks;
    }

    private static string Hash(string name, MatterInput?[] inputs, string? runName) =>
        RunJournal.HashOf(new[] { "matter", name, runName ?? "" }.Concat(inputs.Select(i =>
            i is null ? "invalid" : JsonSerializer.Serialize(i.Values, OqtantJsonContext.Default.InputValues) + "|" + i.Notes)));

}
