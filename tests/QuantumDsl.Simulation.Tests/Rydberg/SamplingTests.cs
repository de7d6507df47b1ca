using QuantumDsl.Analog;
using QuantumDsl.Simulation.Rydberg;
using static QuantumDsl.Simulation.Tests.Rydberg.Seq;

namespace QuantumDsl.Simulation.Tests.Rydberg;

/// <summary>Shots: reproducible with a seed, in Pulser's bitstring convention, statistically consistent.</summary>
public class SamplingTests
{
    private static readonly AnalogSequence TwoIndependentAtoms = AnalogSequence.FromAbstractRepr(
        Sequence(Register((0, 0), (80, 0)),
            Pulse(Constant(300, 2 * Math.PI), Constant(300, 0)) + ","
            + "{\"op\":\"target\",\"channel\":\"loc\",\"target\":0}" + ","
            + Pulse(Constant(200, 2 * Math.PI), Constant(200, 0), channel: "loc"),
            channels: "{\"ryd\":\"rydberg_global\",\"loc\":\"rydberg_local\"}"));

    private static RydbergResult Run(int runs, int seed) =>
        RydbergEmulator.Run(TwoIndependentAtoms, "{}", runs, seed, CancellationToken.None, new RydbergOptions { IncludeProbabilities = true });

    [Fact]
    public void SameSeedSameCounterDifferentSeedDifferentCounter()
    {
        Assert.Equal(Run(1000, 42).Counter, Run(1000, 42).Counter);
        Assert.NotEqual(Run(1000, 42).Counter, Run(1000, 43).Counter);
    }

    [Fact]
    public void BitstringOrderIsRegisterOrderAndKeysAreSorted()
    {
        // Atom 0 saw 500 ns of a 2π·1 MHz drive (P_r = sin²(π/2) = 1); atom 1 only 300 ns (P_r = sin²(0.3π)).
        var result = Run(4000, 7);
        Assert.Equal(result.Counter.Keys.Order(StringComparer.Ordinal), result.Counter.Keys);
        var p = result.Probabilities!;
        var p1 = Math.Pow(Math.Sin(0.3 * Math.PI), 2);
        Assert.Equal(1 - p1, p[0b10], 1e-6);   // "10": atom 0 Rydberg, atom 1 ground
        Assert.Equal(p1, p[0b11], 1e-6);
        Assert.All(result.Counter.Keys, k => Assert.StartsWith("1", k, StringComparison.Ordinal));
    }

    [Fact]
    public void CountsAreConsistentWithTheProbabilities()
    {
        const int runs = 20000;
        var result = Run(runs, 11);
        var p = Math.Pow(Math.Sin(0.3 * Math.PI), 2);
        var sigma = Math.Sqrt(runs * p * (1 - p));
        Assert.Equal(runs, result.Counter.Values.Sum());
        Assert.InRange(result.Counter.GetValueOrDefault("11"), runs * p - 5 * sigma, runs * p + 5 * sigma);
    }

    [Fact]
    public void CancellationStopsTheRun()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => RydbergEmulator.Run(TwoIndependentAtoms, "{}", 10, 1, cts.Token));
    }

    [Fact]
    public void NumericVariablesOverloadBindsLikeJson()
    {
        var seq = AnalogSequence.FromAbstractRepr(Sequence(Register((0, 0)),
            Pulse("{\"kind\":\"constant\",\"duration\":500,\"value\":{\"expression\":\"index\",\"lhs\":{\"variable\":\"w\"},\"rhs\":0}}", Constant(500, 0)),
            variables: "{\"w\":{\"type\":\"float\",\"value\":[0]}}"));
        var options = new RydbergOptions { IncludeProbabilities = true };
        var viaNumbers = RydbergEmulator.Run(seq, new Dictionary<string, double[]> { ["w"] = [3.0] }, null, 100, 5, CancellationToken.None, options);
        var viaJson = RydbergEmulator.Run(seq, "{\"w\": 3.0}", 100, 5, CancellationToken.None, options);
        Assert.Equal(viaJson.Counter, viaNumbers.Counter);
        Assert.Equal(Math.Pow(Math.Sin(3.0 * 0.5 / 2), 2), viaNumbers.Probabilities![1], 1e-6);
    }
}
