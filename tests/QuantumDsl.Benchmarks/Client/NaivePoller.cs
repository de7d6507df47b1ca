using QuantumDsl.Client;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Matter;

namespace QuantumDsl.Benchmarks.Client;

/// <summary>
/// The baseline: submit the same work as the runner, then poll every unfinished job with its own request each round
/// (as the Python clients' <c>wait</c>/<c>track_jobs</c> do), on the same backoff schedule, and read the same outputs.
/// </summary>
internal static class NaivePoller
{
    public static async Task<int> RunAnalogAsync(PasqalClient client, IReadOnlyList<AnalogPoint> points, CancellationToken ct)
    {
        var batch = await client.CreateBatchAsync(WaitUntil.Started, points[0].Sequence.ToAbstractRepr(),
            [.. points.Select(p => PasqalJobRequest.Create(p.Runs, p.Variables))], cancellationToken: ct);
        var pending = batch.Jobs.Select(j => j.Id).ToList();
        var results = 0;
        var delay = client.Options.PollInterval;
        while (pending.Count > 0)
        {
            await Task.Delay(delay, ct);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, client.Options.MaxPollInterval.Ticks));
            foreach (var id in pending.ToList())
            {
                var job = await client.GetJobAsync(id, ct);
                if (job.Status.IsTerminal())
                {
                    pending.Remove(id);
                    if (job.Status == PasqalJobStatus.Done && (job.FullResult ?? await client.GetJobResultAsync(id, ct)) is not null)
                    {
                        results++;
                    }
                }
            }
        }

        return results;
    }

    public static async Task<int> RunMatterAsync(OqtantClient client, IReadOnlyList<MatterPoint> points, CancellationToken ct)
    {
        var ids = new List<(string Id, int Runs)>();
        foreach (var chunk in points.Chunk(30))
        {
            var job = MatterJob.Create(points[0].JobName, chunk.Select(p => p.ToInput()));
            ids.Add(((await client.SubmitJobAsync(job, cancellationToken: ct)).JobId, chunk.Length));
        }

        var pending = ids.ToList();
        var outputs = 0;
        var delay = client.Options.PollInterval;
        while (pending.Count > 0)
        {
            await Task.Delay(delay, ct);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, client.Options.MaxPollInterval.Ticks));
            foreach (var (id, runs) in pending.ToList())
            {
                var job = await client.GetJobAsync(id, 1, ct);
                if (!job.Status.IsTerminal())
                {
                    continue;
                }

                pending.Remove((id, runs));
                if (job.Status is JobStatus.Complete or JobStatus.Incomplete)
                {
                    for (var run = 2; run <= runs; run++)
                    {
                        await client.GetJobAsync(id, run, ct);
                    }

                    outputs += runs;
                }
            }
        }

        return outputs;
    }
}
