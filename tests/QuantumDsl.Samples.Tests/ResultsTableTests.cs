using System.Text.RegularExpressions;
using QuantumDsl;
using QuantumDsl.Matter;
using QuickStart;

namespace QuantumDsl.Samples.Tests;

/// <summary>The QuickStart table for rows whose temperature is a bound, and for two swept axes, without running a sweep.</summary>
public sealed class ResultsTableTests
{
    private static readonly Image Tof = new() { Pixels = [0.0], Rows = 1, Columns = 1, Pixcal = 4.4 };

    private static readonly EvaporationRow[] Rows =
    [
        Row(0.02, 12, 65, 0.925, upper: true),
        Row(0.1, 12, 296, 0),
        Row(0.45, 12, 529, 0, lower: true),
    ];

    private static EvaporationRow Row(double rf, double tof, int nk, double fraction, bool lower = false, bool upper = false) =>
        new([new ParamValue(EvaporationScan.Parameters[0], rf), new ParamValue(EvaporationScan.Parameters[1], tof)], tof, nk, 7_000_000, 12_000,
            12_000, 0, fraction, Tof, lower, upper);

    [Fact]
    public void Table_marks_each_bound_and_explains_it_under_the_table()
    {
        using var run = new SampleHarness();

        ResultsTable.Write(run.Console, Rows);

        var text = Regex.Replace(run.Text, @"\s+", " ");
        Assert.Contains("│ 0.02 │ ≤ 65 │", text, StringComparison.Ordinal);
        Assert.Contains("│ 0.1 │ 296 │", text, StringComparison.Ordinal);
        Assert.Contains("│ 0.45 │ ≥ 529 │", text, StringComparison.Ordinal);
        Assert.EndsWith(
            Regex.Replace(ResultsTable.LowerBoundNote(4.4) + " " + ResultsTable.UpperBoundNote(4.4), @"\s+", " "), text.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("thermal σ stops at 20 pixels = 88 µm", text, StringComparison.Ordinal);
        Assert.Contains("thermal σ stops at 7 pixels = 30.8 µm", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_without_bounds_has_no_note()
    {
        using var run = new SampleHarness();

        ResultsTable.Write(run.Console, [Rows[1]]);

        Assert.DoesNotContain(ResultsTable.LowerBoundMarker, run.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ResultsTable.UpperBoundMarker, run.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("oqtant's fit", run.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_swept_axis_is_a_column_and_the_fixed_parameters_are_named_in_the_title()
    {
        using var run = new SampleHarness();
        EvaporationRow[] rows = [Row(0.05, 8, 150, 0.4), Row(0.05, 12, 151, 0.41), Row(0.08, 8, 240, 0), Row(0.08, 12, 241, 0)];

        ResultsTable.Write(run.Console, rows);

        var text = Regex.Replace(run.Text, @"\s+", " ");
        // Both axes are columns (the narrow test console wraps their headers): final RF, then time of flight.
        Assert.Contains("(MHz) │ (ms) │", text, StringComparison.Ordinal);
        Assert.Contains("│ 0.08 │ 12 │ 241 │", text, StringComparison.Ordinal);
        Assert.DoesNotContain("time_of_flight = ", text, StringComparison.Ordinal);

        using var single = new SampleHarness();
        ResultsTable.Write(single.Console, Rows);
        Assert.Contains("time_of_flight = 12 ms", Regex.Replace(single.Text, @"\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public void Swept_axes_are_the_parameters_whose_values_differ()
    {
        EvaporationRow[] rows = [Row(0.05, 8, 150, 0.4), Row(0.05, 12, 151, 0.41), Row(0.08, 8, 240, 0)];

        Assert.Equal([0, 1], SweptAxes.Of([.. rows.Select(r => r.Parameters)]));
        Assert.Equal([0], SweptAxes.Of([.. Rows.Select(r => r.Parameters)]));
        Assert.Equal("time_of_flight = 12 ms", SweptAxes.Fixed([.. Rows.Select(r => r.Parameters)]));
        Assert.Equal("final_rf = 0.45 MHz", SweptAxes.Describe(Rows[2].Parameters[0]));
        Assert.Equal("final_rf (MHz)", SweptAxes.Label(EvaporationScan.Parameters[0]));
    }

    [Fact]
    public void Plots_of_two_swept_axes_are_written()
    {
        using var run = new SampleHarness();
        Directory.CreateDirectory(run.Directory);
        var image = new Image { Pixels = [.. Enumerable.Range(0, 100).Select(i => (double)i)], Rows = 10, Columns = 10, Pixcal = 4.4 };
        EvaporationRow[] rows = [Row(0.05, 8, 150, 0.4) with { TofImage = image }, Row(0.05, 12, 151, 0.41), Row(0.08, 8, 240, 0), Row(0.08, 12, 241, 0)];

        QuickStartPlots.SaveFraction(Path.Combine(run.Directory, "f.png"), rows);
        QuickStartPlots.SaveOdImage(Path.Combine(run.Directory, "od.png"), rows[0], [0, 1]);

        run.AssertFiles(["f.png", "od.png"]);
    }
}
