using System.Globalization;
using QuantumDsl.Matter;
using QuantumDsl.Samples;

namespace QuickStart;

/// <summary>The two plots: condensed fraction against final RF, and one optical-depth image.</summary>
public static class QuickStartPlots
{
    /// <summary>Condensed fraction (from the bimodal fit) against the final RF frequency.</summary>
    public static void SaveFraction(string path, IReadOnlyList<EvaporationRow> rows) =>
        Charts.SaveLines(path, "BEC transition: condensed fraction vs final RF", "final RF frequency (MHz)", "condensed fraction",
            new Series("bimodal fit", [.. rows.Select(r => r.FinalRfMHz)], [.. rows.Select(r => r.CondensedFraction)]));

    /// <summary>The time-of-flight optical-depth image of <paramref name="row"/> as a heatmap.</summary>
    public static void SaveOdImage(string path, EvaporationRow row) =>
        Charts.SaveHeatmap(path, string.Create(CultureInfo.InvariantCulture, $"time-of-flight OD, final RF {row.FinalRfMHz:0.###} MHz"),
            Images.ToGrid(row.TofImage), "optical depth");
}
