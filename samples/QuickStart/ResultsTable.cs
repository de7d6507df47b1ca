using System.Globalization;
using QuantumDsl;
using QuantumDsl.Matter;
using Spectre.Console;

namespace QuickStart;

/// <summary>
/// The results as a console table: one column per <c>[Param]</c> (every swept axis, and the fixed ones), then the
/// fit's numbers. A temperature that is only a bound (the fit's thermal width at one of its bounds) reads <c>≥ 529</c>
/// or <c>≤ 65</c>, with a note under the table. (The CSV and Parquet files are the library's export of the same
/// results: <c>results.ToTable()</c>, see docs/client.md.)
/// </summary>
public static class ResultsTable
{
    /// <summary>The marker before a temperature that is a lower bound (the cloud is hotter).</summary>
    public const string LowerBoundMarker = "≥";

    /// <summary>The marker before a temperature that is an upper bound (the cloud is colder).</summary>
    public const string UpperBoundMarker = "≤";

    private static readonly string[] OutputHeaders = ["T (nK)", "MOT atoms", "TOF atoms", "thermal", "condensed", "condensed fraction"];

    /// <summary>Writes the table to <paramref name="console"/>, then one note per bound marker the table shows.</summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<EvaporationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(rows);
        // One column per swept parameter; the fixed ones (the same for every point) are named in the title.
        var points = rows.Select(r => r.Parameters).ToList();
        var swept = SweptAxes.Of(points);
        var fixedValues = SweptAxes.Fixed(points);
        var table = new Table().Title("evaporation scan (bimodal fit of each time-of-flight image" + (fixedValues.Length == 0 ? ")" : "; " + fixedValues + ")"));
        foreach (var header in swept.Select(i => Header(rows[0].Parameters[i].Param)).Concat(OutputHeaders))
        {
            table.AddColumn(new TableColumn(header).RightAligned());
        }

        foreach (var row in rows)
        {
            var cells = Cells(row, swept);
            var t = swept.Count;
            cells[t] = row.TemperatureIsLowerBound ? $"{LowerBoundMarker} {cells[t]}"
                : row.TemperatureIsUpperBound ? $"{UpperBoundMarker} {cells[t]}"
                : cells[t];
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

    // "final rf (MHz)": the wire name with spaces, so a narrow console can wrap it.
    private static string Header(ParamInfo param) => SweptAxes.Label(param).Replace('_', ' ');

    private static string[] Cells(EvaporationRow row, IReadOnlyList<int> swept) =>
    [
        .. swept.Select(i => Format(row.Parameters[i].Value, "0.####")),
        Format(row.TemperatureNk, "0"), Format(row.MotAtoms, "0"), Format(row.TofAtoms, "0"),
        Format(row.ThermalAtoms, "0"), Format(row.CondensedAtoms, "0"), Format(row.CondensedFraction, "0.000"),
    ];

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
