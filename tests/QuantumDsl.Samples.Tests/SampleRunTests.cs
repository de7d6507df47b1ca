using System.Globalization;
using BarrierTunneling;
using OpenBatchOptimizer;
using QuickStart;
using ReusableLibrary.App;
using RydbergRabi;

namespace QuantumDsl.Samples.Tests;

/// <summary>
/// Each sample's main path, in-process on the embedded emulator: exit code 0, the tables and PNGs on disk, and the
/// numbers in them physically sensible (checked loosely: shot noise is real).
/// </summary>
public sealed class SampleRunTests
{
    [Fact]
    public async Task QuickStart_runs_the_evaporation_scan_and_writes_table_and_plots()
    {
        using var run = new SampleHarness();

        var exit = await QuickStartRun.RunAsync(run.Settings(), run.Console, run.Token);

        Assert.True(exit == 0, run.Text);
        run.AssertFiles(QuickStartRun.Files);
        var rows = Csv(Path.Combine(run.Directory, "results.csv"));
        Assert.Equal(EvaporationScan.Sweep.Count, rows.Count);
        // Colder (lower final RF) means more condensed: the first point beats the last.
        Assert.True(rows[0][^1] > rows[^1][^1], run.Text);
    }

    [Fact]
    public async Task RydbergRabi_measures_the_rabi_curve()
    {
        using var run = new SampleHarness();

        var exit = await RydbergRabiRun.RunAsync(run.Settings(), run.Console, run.Token);

        Assert.True(exit == 0, run.Text);
        run.AssertFiles(RydbergRabiRun.Files);
        var rows = Csv(Path.Combine(run.Directory, "rabi.csv"));
        Assert.Equal(RabiOscillation.Sweep.Count, rows.Count);
        // 400 atom samples per point: |measured − analytic| < 0.15 is beyond 5σ of shot noise.
        Assert.All(rows, r => Assert.InRange(r[1] - r[2], -0.15, 0.15));
    }

    [Fact]
    public async Task BarrierTunneling_writes_in_trap_images()
    {
        using var run = new SampleHarness();

        var exit = await BarrierTunnelingRun.RunAsync(run.Settings(), run.Console, run.Token);

        Assert.True(exit == 0, run.Text);
        run.AssertFiles(BarrierTunnelingRun.Files);
        var rows = Csv(Path.Combine(run.Directory, "barrier.csv"));
        Assert.Equal(BarrierSweep.Sweep.Count, rows.Count);
        // The highest barrier (8 kHz, well above the chemical potential) empties the region under it.
        Assert.True(rows[^1][1] < 0.5, run.Text);
    }

    [Fact]
    public async Task OpenBatchOptimizer_finds_the_pi_pulse()
    {
        using var run = new SampleHarness();

        var exit = await OptimizerRun.RunAsync(run.Settings(), run.Console, run.Token);

        Assert.True(exit == 0, run.Text);
        run.AssertFiles(OptimizerRun.Files);
        Assert.Equal(OptimizerRun.Rounds * ParabolaSearch.PointsPerRound, Csv(Path.Combine(run.Directory, "optimizer.csv")).Count);
    }

    [Fact]
    public async Task ReusableLibrary_app_runs_the_library_experiment()
    {
        using var run = new SampleHarness();

        var exit = await SpectroscopyRun.RunAsync(run.Settings(), run.Console, run.Token);

        Assert.True(exit == 0, run.Text);
        run.AssertFiles(SpectroscopyRun.Files);
        Assert.Contains("detuning: 60 exceeds the maximum 40", run.Text, StringComparison.Ordinal);
        var rows = Csv(Path.Combine(run.Directory, "spectroscopy.csv"));
        Assert.All(rows, r => Assert.InRange(r[1] - r[2], -0.15, 0.15));
    }

    private static List<double[]> Csv(string path) =>
        [.. File.ReadAllLines(path).Skip(1).Select(line => line.Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray())];
}
