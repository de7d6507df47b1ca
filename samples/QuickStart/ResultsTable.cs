using System.Globalization;
using System.Text;
using Spectre.Console;

namespace QuickStart;

/// <summary>The results as a console table and as a CSV file.</summary>
public static class ResultsTable
{
    private static readonly string[] Headers =
        ["final RF (MHz)", "T (nK)", "MOT atoms", "TOF atoms", "thermal", "condensed", "condensed fraction"];

    /// <summary>Writes the table to <paramref name="console"/>.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<EvaporationRow> rows)
    {
        var table = new Table().Title("evaporation scan (bimodal fit of each time-of-flight image)");
        foreach (var header in Headers)
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var row in rows)
        {
            table.AddRow(Cells(row));
        }

        console.Write(table);
    }

    /// <summary>Saves the table as CSV (invariant culture) at <paramref name="path"/>.</summary>
    public static void SaveCsv(string path, IReadOnlyList<EvaporationRow> rows)
    {
        var csv = new StringBuilder().AppendLine(string.Join(',', Headers));
        foreach (var row in rows)
        {
            csv.AppendLine(string.Join(',', Cells(row)));
        }

        File.WriteAllText(path, csv.ToString());
    }

    private static string[] Cells(EvaporationRow row) =>
    [
        Format(row.FinalRfMHz, "0.###"), Format(row.TemperatureNk, "0"), Format(row.MotAtoms, "0"), Format(row.TofAtoms, "0"),
        Format(row.ThermalAtoms, "0"), Format(row.CondensedAtoms, "0"), Format(row.CondensedFraction, "0.000"),
    ];

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
