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
            ToGrid(row.TofImage), "optical depth");

    /// <summary>
    /// The image as rows × columns. The declared shape is trusted only when it matches the pixel count (the real
    /// simulator declares 2×2 for 10,000 pixels); otherwise the image is taken as square.
    /// </summary>
    public static double[,] ToGrid(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var (rows, columns) = image.Rows * image.Columns == image.Pixels.Count
            ? (image.Rows, image.Columns)
            : ((int)Math.Sqrt(image.Pixels.Count), (int)Math.Sqrt(image.Pixels.Count));
        var grid = new double[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                grid[r, c] = image.Pixels[(r * columns) + c];
            }
        }

        return grid;
    }
}
