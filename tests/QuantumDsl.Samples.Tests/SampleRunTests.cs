using System.Globalization;
using System.Text.RegularExpressions;
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
    public async Task QuickStart_runs_the_evaporation_scan_writes_table_and_plots_and_runs_again()
    {
        using var run = new SampleHarness();

        var exit = await QuickStartRun.RunAsync(run.Settings(), run.Console, run.Token);

        Assert.True(exit == 0, run.Text);
        run.AssertFiles(QuickStartRun.Files);
        var csv = File.ReadAllLines(Path.Combine(run.Directory, "results.csv"));
        Assert.Equal(
            "final RF (MHz),T (nK),MOT atoms,TOF atoms,thermal,condensed,condensed fraction,T is lower bound,T is upper bound", csv[0]);
        var rows = csv.Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal(EvaporationScan.Sweep.Count, rows.Count);
        // Colder (lower final RF) means more condensed: the first point beats the last.
        Assert.True(Number(rows[0][6]) > Number(rows[^1][6]), run.Text);
        // From 0.25 MHz on (≥ 750 nK) the thermal cloud is wider than the fit's σ ≤ 20 px: T is a lower bound, in the
        // CSV flag and in the table ("≥ 529", with the note under it); the coldest point (≈ 150 nK, σ ≈ 11 px) is measured.
        var hot = rows.Where(r => Number(r[0]) >= 0.25).ToList();
        Assert.Equal(5, hot.Count);
        Assert.All(hot, r => Assert.Equal(("true", "false"), (r[7], r[8])));
        Assert.Equal(("false", "false"), (rows[0][7], rows[0][8]));
        var temperatures = TableTemperatures(run.Text);
        Assert.All(hot, r => Assert.StartsWith(ResultsTable.LowerBoundMarker + " ", temperatures[r[0]], StringComparison.Ordinal));
        Assert.Equal(rows[0][1], temperatures[rows[0][0]]);
        Assert.Contains(OneLine(ResultsTable.LowerBoundNote(4.4)), OneLine(run.Text), StringComparison.Ordinal);
        Assert.DoesNotContain(ResultsTable.UpperBoundMarker, run.Text, StringComparison.Ordinal);

        // Running it again does not fail and keeps the first run's files.
        var again = await QuickStartRun.RunAsync(run.Settings(), run.Console, run.Token);

        Assert.True(again == 0, run.Text);
        run.AssertFiles(["results-2.csv", "condensed-fraction-2.png", "od-image-2.png"]);
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

    /// <summary>The T (nK) cell of each row of a printed table, by its final RF cell.</summary>
    private static Dictionary<string, string> TableTemperatures(string text) =>
        text.Split('\n')
            .Select(line => line.Split('│', StringSplitOptions.TrimEntries))
            .Where(cells => cells.Length == 9 && double.TryParse(cells[1], NumberStyles.Float, CultureInfo.InvariantCulture, out _))
            .ToDictionary(cells => cells[1], cells => cells[2]);

    /// <summary>The text with every run of white space (the console wraps long lines) as one space.</summary>
    private static string OneLine(string text) => Regex.Replace(text, @"\s+", " ");

    private static double Number(string cell) => double.Parse(cell, CultureInfo.InvariantCulture);

    private static List<double[]> Csv(string path) =>
        [.. File.ReadAllLines(path).Skip(1).Select(line => line.Split(',').Select(c => double.Parse(c, CultureInfo.InvariantCulture)).ToArray())];
}
