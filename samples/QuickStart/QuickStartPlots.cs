using System.Globalization;
using QuantumDsl.Samples;

namespace QuickStart;

/// <summary>The two plots: condensed fraction against the swept parameters, and one optical-depth image.</summary>
public static class QuickStartPlots
{
    /// <summary>
    /// Condensed fraction (from the bimodal fit) against the first swept parameter; when more parameters are swept,
    /// one curve per combination of the others (named in the legend). Nothing swept: against the point number.
    /// </summary>
    public static void SaveFraction(string path, IReadOnlyList<EvaporationRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var swept = SweptAxes.Of([.. rows.Select(r => r.Parameters)]);
        if (swept.Count == 0)
        {
            Charts.SaveLines(path, "condensed fraction per point", "point", "condensed fraction",
                new Series("bimodal fit", [.. rows.Select((_, i) => (double)i)], [.. rows.Select(r => r.CondensedFraction)]));
            return;
        }

        var x = swept[0];
        var curves = rows.GroupBy(r => string.Join(", ", swept.Skip(1).Select(i => SweptAxes.Describe(r.Parameters[i]))))
            .Select(g => new Series(g.Key.Length == 0 ? "bimodal fit" : g.Key,
                [.. g.Select(r => r.Parameters[x].Value)], [.. g.Select(r => r.CondensedFraction)]))
            .ToArray();
        var xName = rows[0].Parameters[x].Param.WireName;
        var fixedValues = SweptAxes.Fixed([.. rows.Select(r => r.Parameters)]);
        Charts.SaveLines(path, $"BEC transition: condensed fraction vs {xName}{(fixedValues.Length == 0 ? "" : $" ({fixedValues})")}",
            SweptAxes.Label(rows[0].Parameters[x].Param), "condensed fraction", curves);
    }

    /// <summary>
    /// The time-of-flight optical-depth image of <paramref name="row"/>, axes in µm from the image's pixel size, titled
    /// with the point's swept values and its time of flight.
    /// </summary>
    public static void SaveOdImage(string path, EvaporationRow row, IReadOnlyList<int> swept)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(swept);
        var values = string.Join(", ", swept.Select(i => SweptAxes.Describe(row.Parameters[i])));
        var title = string.Create(CultureInfo.InvariantCulture,
            $"{(values.Length == 0 ? "" : values + ", ")}TOF {row.TimeOfFlightMs:0.#} ms: T {row.TemperatureNk} nK, condensed fraction {row.CondensedFraction:0.00}");
        Charts.SaveImage(path, title, row.TofImage.ToGrid(), row.TofImage.Pixcal, "µm", "time-of-flight optical depth");
    }
}
