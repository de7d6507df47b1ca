using System.Globalization;
using System.Text;
using QuantumDsl.Matter;
using Spectre.Console;

namespace QuickStart;

/// <summary>
/// The results as a console table and as a CSV file. A temperature that is only a bound (the fit's thermal width at
/// one of its bounds) reads <c>≥ 529</c> or <c>≤ 65</c> in the table, with a note under it; the CSV keeps the number
/// in its column and says so in two extra last columns, <c>T is lower bound</c> and <c>T is upper bound</c>
/// (<c>true</c>/<c>false</c>).
/// </summary>
public static class ResultsTable
{
    /// <summary>The marker before a temperature that is a lower bound (the cloud is hotter).</summary>
    public const string LowerBoundMarker = "≥";

    /// <summary>The marker before a temperature that is an upper bound (the cloud is colder).</summary>
    public const string UpperBoundMarker = "≤";

    private static readonly string[] Headers =
        ["final RF (MHz)", "T (nK)", "MOT atoms", "TOF atoms", "thermal", "condensed", "condensed fraction"];

    private static readonly string[] CsvHeaders = [.. Headers, "T is lower bound", "T is upper bound"];

    /// <summary>Writes the table to <paramref name="console"/>, then one note per bound marker the table shows.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<EvaporationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(rows);
        var table = new Table().Title("evaporation scan (bimodal fit of each time-of-flight image)");
        foreach (var header in Headers)
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var row in rows)
        {
            var cells = Cells(row);
            cells[1] = row.TemperatureIsLowerBound ? $"{LowerBoundMarker} {cells[1]}"
                : row.TemperatureIsUpperBound ? $"{UpperBoundMarker} {cells[1]}"
                : cells[1];
            table.AddRow(cells.Select(c => new Text(c)));
        }

        console.Write(table);
        if (rows.FirstOrDefault(r => r.TemperatureIsLowerBound) is { } hot)
        {
            console.WriteLine(LowerBoundNote(hot.TofImage.Pixcal));
        }

        if (rows.FirstOrDefault(r => r.TemperatureIsUpperBound) is { } cold)
        {
            console.WriteLine(UpperBoundNote(cold.TofImage.Pixcal));
        }
    }

    /// <summary>Saves the table as CSV (invariant culture) at <paramref name="path"/>.</summary>
    public static void SaveCsv(string path, IReadOnlyList<EvaporationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder().AppendLine(string.Join(',', CsvHeaders));
        foreach (var row in rows)
        {
            csv.AppendLine(string.Join(',', [.. Cells(row), Flag(row.TemperatureIsLowerBound), Flag(row.TemperatureIsUpperBound)]));
        }

        File.WriteAllText(path, csv.ToString());
    }

    /// <summary>The line under the table explaining <see cref="LowerBoundMarker"/>; <paramref name="pixelUm"/> is the image's pixcal.</summary>
    public static string LowerBoundNote(double? pixelUm) =>
        $"{LowerBoundMarker}: the cloud is wider than oqtant's fit allows (its thermal σ stops at {Width(TofFitBounds.GaussianSigmaMaxPixels, pixelUm)}), "
        + "so the temperature is a lower bound and the TOF and thermal atom numbers are too low; lower the final RF or shorten the time of flight.";

    /// <summary>The line under the table explaining <see cref="UpperBoundMarker"/>; <paramref name="pixelUm"/> is the image's pixcal.</summary>
    public static string UpperBoundNote(double? pixelUm) =>
        $"{UpperBoundMarker}: the cloud is narrower than oqtant's fit allows (its thermal σ stops at {Width(TofFitBounds.GaussianSigmaMinPixels, pixelUm)}), "
        + "so the temperature is an upper bound; lengthen the time of flight.";

    private static string Width(double pixels, double? pixelUm) => pixelUm is { } um
        ? string.Create(CultureInfo.InvariantCulture, $"{pixels:0} pixels = {pixels * um:0.#} µm")
        : string.Create(CultureInfo.InvariantCulture, $"{pixels:0} pixels");

    private static string Flag(bool value) => value ? "true" : "false";

    private static string[] Cells(EvaporationRow row) =>
    [
        Format(row.FinalRfMHz, "0.###"), Format(row.TemperatureNk, "0"), Format(row.MotAtoms, "0"), Format(row.TofAtoms, "0"),
        Format(row.ThermalAtoms, "0"), Format(row.CondensedAtoms, "0"), Format(row.CondensedFraction, "0.000"),
    ];

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
