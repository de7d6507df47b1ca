using System.Globalization;
using System.Text.RegularExpressions;
using BarrierTunneling;
using BlockadeScan;
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
    public async Task QuickStart_runs_the_evaporation_scan_across_the_transition_writes_exports_and_plots_and_runs_again()
    {
        using var run = new SampleHarness();

        var exit = await QuickStartRun.RunAsync(run.Settings(), run.Console, run.Token);

        Assert.True(exit == 0, run.Text);
        run.AssertFiles(QuickStartRun.Files);
        var csv = File.ReadAllLines(Path.Combine(run.Directory, "results.csv"));
        var header = csv[0].Split(',');
        Assert.Equal(["point", "final_rf [MHz]", "time_of_flight [ms]", "job_id", "run"], header[..5]);
        var rows = csv.Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal(EvaporationScan.Sweep.Count, rows.Count);
        Assert.Equal(EvaporationScan.Sweep.Select(p => p.FinalRf), rows.Select(r => Number(r[1])));
        Assert.All(rows, r => Assert.Equal(12, Number(r[2])));
        var fraction = Array.IndexOf(header, "condensed_fraction");
        var fractions = rows.Select(r => Number(r[fraction])).ToList();
        // The default sweep spans the BEC transition on the emulator's model: condensed at the low end, thermal at the
        // high end (ideal gas: 0.82, 0.65, 0.41, 0.10, then 0 from 0.07 MHz; shot noise is real, so checked loosely).
        Assert.True(fractions[0] > 0.5, string.Join(", ", fractions));
        Assert.True(fractions.Count(f => f > 0.2) >= 3, string.Join(", ", fractions));
        Assert.True(fractions.Count(f => f < 0.05) >= 4, string.Join(", ", fractions));
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(Path.Combine(run.Directory, "results.parquet"))[..4]);
        // The table: the swept axis is a column, the fixed time of flight is named in the title. Shot noise is seeded per
        // job, so the most condensed point (0.03 MHz, few thermal atoms left) can come out with its temperature only
        // bounded by the fit (marked); every other point's temperature is a plain fit.
        Assert.Contains("time_of_flight = 12 ms", OneLine(run.Text), StringComparison.Ordinal);
        var rowsWithBounds = run.Text.Split('\n').Where(line => line.StartsWith('│')
            && (line.Contains(ResultsTable.LowerBoundMarker, StringComparison.Ordinal) || line.Contains(ResultsTable.UpperBoundMarker, StringComparison.Ordinal))).ToList();
        Assert.All(rowsWithBounds, row =>
        {
            Assert.Equal("0.03", row.Split('│', StringSplitOptions.TrimEntries)[1]);
            Assert.DoesNotContain(ResultsTable.LowerBoundMarker, row, StringComparison.Ordinal);
        });

        // Running it again does not fail and keeps the first run's files.
        var again = await QuickStartRun.RunAsync(run.Settings(), run.Console, run.Token);

        Assert.True(again == 0, run.Text);
        run.AssertFiles(["results-2.csv", "results-2.parquet", "condensed-fraction-2.png", "od-image-2.png"]);
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
    public async Task BlockadeScan_shows_the_blockade_one_batch_per_spacing()
    {
        using var run = new SampleHarness();

        var exit = await BlockadeScanRun.RunAsync(run.Settings(), run.Console, run.Token);

        Assert.True(exit == 0, run.Text);
        run.AssertFiles(BlockadeScanRun.Files);
        var lines = File.ReadAllLines(Path.Combine(run.Directory, "blockade.csv"));
        Assert.StartsWith("spacing_um", lines[0], StringComparison.Ordinal);
        var rows = lines.Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal(BlockadeSpacing.Sweep.Count, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r[1]).Distinct().Count()); // one batch per spacing
        var (spacing, measured, exact) = (rows.Select(r => Number(r[0])).ToList(), rows.Select(r => Number(r[2])).ToList(), rows.Select(r => Number(r[3])).ToList());
        Assert.Equal(BlockadeSpacing.Sweep.Select(p => p.SpacingUm), spacing);
        // 300 shots: |measured − exact| < 0.15 is beyond 5σ of shot noise; blockaded at 5 µm, independent at 15 µm.
        Assert.All(measured.Zip(exact), m => Assert.InRange(m.First - m.Second, -0.15, 0.15));
        Assert.True(measured[0] < 0.1 && measured[^1] > 0.8, run.Text);
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
        // The printed estimate is the π pulse (Ω t = π for the 400 ns pulse) within shot noise.
        var best = Regex.Match(OneLine(run.Text), @"Best Ω = ([0-9.]+) rad/µs");
        Assert.True(best.Success, run.Text);
        Assert.InRange(Number(best.Groups[1].Value), 0.9 * PiPulse.OptimalOmega, 1.1 * PiPulse.OptimalOmega);
    }

    [Fact]
    public async Task ReusableLibrary_app_runs_the_library_experiment()
    {
        using var run = new SampleHarness();

        var exit = await SpectroscopyRun.RunAsync(run.Settings(), run.Console, run.Token);

        Assert.True(exit == 0, run.Text);
        run.AssertFiles(SpectroscopyRun.Files);
        Assert.Contains("detuning: 60 rad/us exceeds the maximum 40 rad/us", run.Text, StringComparison.Ordinal);
        var rows = Csv(Path.Combine(run.Directory, "spectroscopy.csv"));
        Assert.All(rows, r => Assert.InRange(r[1] - r[2], -0.15, 0.15));
    }

    /// <summary>The text with every run of white space (the console wraps long lines) as one space.</summary>
    private static string OneLine(string text) => Regex.Replace(text, @"\s+", " ");

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);

    private static List<double[]> Csv(string path) =>
        [.. File.ReadAllLines(path).Skip(1).Select(line => line.Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray())];
}
