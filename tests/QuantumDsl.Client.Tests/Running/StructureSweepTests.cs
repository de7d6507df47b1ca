using QuantumDsl.Analog;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Support;

namespace QuantumDsl.Client.Tests.Running;

/// <summary>
/// Structure sweeps end to end on the emulator server (loopback HTTP, SQLite): one batch per distinct sequence, each
/// point run on its own register, and the physics right against an exact reference.
/// </summary>
public sealed class StructureSweepTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task A_spacing_sweep_shows_the_blockade_as_the_exact_two_atom_dynamics_predicts()
    {
        using var client = emulator.Client();
        var seen = new List<SweepProgress>();
        var sweep = BlockadeSpacingScan.Sweep;

        var results = await sweep.RunAsync(client, new SyncProgress<SweepProgress>(seen.Add), CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Reason));
        // One structure per spacing: one batch each, and each point ran on its own register.
        Assert.Equal(sweep.Count, results.Select(r => r.Output!.BatchId).Distinct().Count());
        Assert.Contains(seen, p => p.Note?.Contains($"{sweep.Count} distinct sequences", StringComparison.Ordinal) == true);
        foreach (var r in results)
        {
            var atoms = r.Point.Sequence.Register.Atoms;
            Assert.Equal(r.Point.SpacingUm, Math.Abs(atoms[1].X - atoms[0].X), 6);
            var batch = await client.Pasqal.GetBatchAsync(r.Output!.BatchId);
            Assert.Equal(r.Point.Sequence.ToAbstractRepr(), batch.Value.SequenceBuilder);
        }

        var c6 = DeviceCatalog.Default.Get("AnalogDevice").InteractionCoeff;
        var runs = sweep[0].Runs;
        var measured = results.Select(r => Fraction(r.Output!.Result, "11")).ToList();
        var exact = results.Select(r => TwoAtomReference.Probabilities(BlockadeSpacingScan.RabiFrequency, c6, r.Point.SpacingUm,
            BlockadeSpacingScan.PulseNs / 1000.0).BothExcited).ToList();
        for (var i = 0; i < results.Count; i++)
        {
            // Shot noise: 5σ of a binomial over the runs (plus 0.02 for the emulator's time step).
            var tolerance = (5 * Math.Sqrt(Math.Max(exact[i] * (1 - exact[i]), 0.01) / runs)) + 0.02;
            Assert.True(Math.Abs(measured[i] - exact[i]) <= tolerance,
                $"spacing {results[i].Point.SpacingUm} µm: P(11) measured {measured[i]:0.000}, exact {exact[i]:0.000} (±{tolerance:0.000})");
        }

        // The physics, said plainly: blockaded at 5 µm (inside R_b ≈ 7.2 µm), independent π-flipped atoms at 20 µm.
        Assert.True(exact[0] < 0.05 && measured[0] < 0.1, $"P(11) at 5 µm: {measured[0]}");
        Assert.True(exact[^1] > 0.95 && measured[^1] > 0.85, $"P(11) at 20 µm: {measured[^1]}");
    }

    [Fact]
    public async Task An_atom_count_sweep_runs_each_count_on_its_own_register()
    {
        using var client = emulator.Client();
        var sweep = AtomCountScan.Sweep;

        var results = await sweep.RunAsync(client, null, CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Reason));
        Assert.Equal(3, results.Select(r => r.Output!.BatchId).Distinct().Count());
        var p = Math.Pow(Math.Sin(AtomCountScan.RabiFrequency * AtomCountScan.PulseNs / 1000.0 / 2), 2);
        foreach (var r in results)
        {
            var n = r.Point.AtomCount;
            Assert.Equal(n, r.Point.Sequence.Register.Count);
            Assert.All(r.Output!.Result.Counter.Keys, k => Assert.Equal(n, k.Length));
            // Independent atoms: a mean excitation of p per atom, and all n in the ground state with (1 − p)ⁿ.
            var shots = r.Point.Runs;
            Assert.InRange(r.Output.Result.ExcitedFraction(), p - (5 * Math.Sqrt(p * (1 - p) / (shots * n))) - 0.02,
                p + (5 * Math.Sqrt(p * (1 - p) / (shots * n))) + 0.02);
            var none = Math.Pow(1 - p, n);
            Assert.InRange(Fraction(r.Output.Result, new string('0', n)), none - (5 * Math.Sqrt(none * (1 - none) / shots)) - 0.02,
                none + (5 * Math.Sqrt(none * (1 - none) / shots)) + 0.02);
        }
    }

    [Fact]
    public async Task A_structure_axis_times_a_variable_axis_sends_one_batch_per_structure_with_one_job_per_point()
    {
        using var client = emulator.Client();
        var sweep = SpacingTimesAmplitude.Sweep;

        var results = await sweep.RunAsync(client, null, CancellationToken.None);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Reason));
        var byBatch = results.GroupBy(r => r.Output!.BatchId).ToList();
        Assert.Equal(2, byBatch.Count);
        foreach (var group in byBatch)
        {
            Assert.Single(group.Select(r => r.Point.SpacingUm).Distinct());
            Assert.Equal([2.0, 4.0, 6.0], group.Select(r => r.Point.Omega));
            var batch = await client.Pasqal.GetBatchAsync(group.Key);
            await batch.UpdateStatusAsync();
            Assert.Equal(group.Select(r => r.Output!.JobId), batch.Jobs.Select(j => j.Id));
            Assert.Equal([2.0, 4.0, 6.0], batch.Jobs.Select(j => j.Variables!["omega"].GetDouble()));
        }
    }

    [Fact]
    public async Task A_point_whose_structure_breaks_a_device_rule_fails_alone_naming_the_rule()
    {
        using var client = emulator.Client();

        var results = await TooWideLine.Sweep.RunAsync(client, null, CancellationToken.None);

        Assert.True(results[0].Succeeded, results[0].Failure?.Reason);
        Assert.Equal(2, results[0].Point.Sequence.Register.Count);
        Assert.False(results[1].Succeeded);
        Assert.StartsWith("invalid point: ", results[1].Failure!.Reason, StringComparison.Ordinal);
        Assert.Contains("38", results[1].Failure!.Reason, StringComparison.Ordinal);
    }

    private static double Fraction(PasqalJobResult result, string bits)
    {
        var total = result.Counter.Values.Sum();
        return total == 0 ? 0 : (double)result.Counter.GetValueOrDefault(bits) / total;
    }
}
