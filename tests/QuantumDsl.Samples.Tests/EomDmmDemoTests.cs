using System.Globalization;
using EomDmmDemo;

namespace QuantumDsl.Samples.Tests;

/// <summary>The EomDmmDemo sample on the embedded emulator: the DMM detunes only the atom its map weights.</summary>
public sealed class EomDmmDemoTests
{
    [Fact]
    public async Task The_dmm_detunes_only_the_weighted_atom()
    {
        using var run = new SampleHarness();

        var exit = await LocalDetuningRun.RunAsync(run.Settings(), run.Console, run.Token);

        Assert.True(exit == 0, run.Text);
        run.AssertFiles(LocalDetuningRun.Files);
        var rows = File.ReadAllLines(Path.Combine(run.Directory, "local-detuning.csv")).Skip(1)
            .Select(line => line.Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal(LocalDetuning.Sweep.Count, rows.Count);
        // 200 shots per point and atom: |measured − analytic| < 0.2 is beyond 5σ of shot noise.
        Assert.All(rows, r => Assert.InRange(r[1] - r[2], -0.2, 0.2));
        Assert.All(rows, r => Assert.InRange(r[3] - r[4], -0.2, 0.2));
        // q0 (weight 0) reaches full inversion near 500 ns; q1 (weight 1, δ = 2Ω) stays below Ω²/(Ω²+δ²) = 0.2 plus noise.
        Assert.Contains(rows, r => r[1] > 0.8);
        Assert.All(rows, r => Assert.True(r[3] < 0.4, $"q1 P(r) = {r[3]} at {r[0]} ns"));
    }
}
