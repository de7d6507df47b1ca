using System.Text.RegularExpressions;
using QuantumDsl.Matter;
using QuickStart;

namespace QuantumDsl.Samples.Tests;

/// <summary>The QuickStart table and CSV for rows whose temperature is a bound, without running a sweep.</summary>
public sealed class ResultsTableTests
{
    private static readonly Image Tof = new() { Pixels = [0.0], Rows = 1, Columns = 1, Pixcal = 4.4 };

    private static readonly EvaporationRow[] Rows =
    [
        new(0.02, 65, 7_000_000, 4_000, 300, 3_700, 0.925, Tof, TemperatureIsLowerBound: false, TemperatureIsUpperBound: true),
        new(0.1, 296, 7_000_000, 12_000, 12_000, 0, 0, Tof, TemperatureIsLowerBound: false, TemperatureIsUpperBound: false),
        new(0.45, 529, 7_000_000, 11_000, 11_000, 0, 0, Tof, TemperatureIsLowerBound: true, TemperatureIsUpperBound: false),
    ];

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
    public void Csv_keeps_the_number_and_flags_the_bound_in_two_last_columns()
    {
        using var run = new SampleHarness();
        Directory.CreateDirectory(run.Directory);
        var path = Path.Combine(run.Directory, "results.csv");

        ResultsTable.SaveCsv(path, Rows);

        Assert.Equal(
        [
            "final RF (MHz),T (nK),MOT atoms,TOF atoms,thermal,condensed,condensed fraction,T is lower bound,T is upper bound",
            "0.02,65,7000000,4000,300,3700,0.925,false,true",
            "0.1,296,7000000,12000,12000,0,0.000,false,false",
            "0.45,529,7000000,11000,11000,0,0.000,true,false",
        ], File.ReadAllLines(path));
    }
}
