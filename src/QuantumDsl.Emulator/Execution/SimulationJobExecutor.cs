using System.Text;
using System.Text.Json;
using QuantumDsl.Simulation.Matter;
using QuantumDsl.Analog;
using QuantumDsl.Simulation.Rydberg;

namespace QuantumDsl.Emulator.Execution;

/// <summary>Runs jobs on the QuantumDsl.Simulation engines (CPU-bound work on the thread pool).</summary>
internal sealed class SimulationJobExecutor : IJobExecutor
{
    public Task<JobOutcome> RunAnalogAsync(AnalogWork work, CancellationToken cancellationToken) => Task.Run(() =>
    {
        try
        {
            var sequence = AnalogSequence.FromAbstractRepr(work.Sequence);
            var seed = (int)(work.Seed & int.MaxValue);
            var result = RydbergEmulator.Run(sequence, work.Variables, work.Runs, seed, cancellationToken);
            return JobOutcome.Success(ResultJson(result.Counter, seed));
        }
        catch (AbstractReprException ex)
        {
            return JobOutcome.Failure(ex.Message);
        }
        catch (ExperimentValidationException ex)
        {
            return JobOutcome.Failure(string.Join("; ", ex.Violations.Select(v => v.Message)));
        }
    }, cancellationToken);

    public Task<MatterOutcome> RunMatterAsync(MatterWork work, CancellationToken cancellationToken) => Task.Run(() =>
    {
        try
        {
            return new MatterOutcome(MatterSimulator.Run(work.Input, (int)(work.Seed & int.MaxValue), cancellationToken), []);
        }
        catch (ExperimentValidationException ex)
        {
            return new MatterOutcome(null, [.. ex.Violations.Select(v => v.Message)]);
        }
    }, cancellationToken);

    /// <summary>The downloadable result: <c>{"counter": {bitstring: count}, "raw": [one bitstring per shot]}</c>.</summary>
    internal static string ResultJson(IReadOnlyDictionary<string, int> counter, int seed)
    {
        var raw = counter.SelectMany(kv => Enumerable.Repeat(kv.Key, kv.Value)).ToArray();
        new Random(seed).Shuffle(raw); // shots in sampling order, not grouped
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("counter");
            foreach (var (bitstring, count) in counter)
            {
                writer.WriteNumber(bitstring, count);
            }

            writer.WriteEndObject();
            writer.WriteStartArray("raw");
            foreach (var shot in raw)
            {
                writer.WriteStringValue(shot);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
