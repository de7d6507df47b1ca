using ScottPlot;

namespace QuantumDsl.Samples;

/// <summary>One curve of a chart: a legend label and points, drawn as markers or as a line.</summary>
public sealed record Series(string Label, IReadOnlyList<double> X, IReadOnlyList<double> Y, bool Markers = true);

/// <summary>PNG charts drawn with ScottPlot.</summary>
public static class Charts
{
    /// <summary>Saves an x–y chart of <paramref name="series"/> as a PNG at <paramref name="path"/>.</summary>
    public static void SaveLines(string path, string title, string xLabel, string yLabel, params IReadOnlyList<Series> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var plot = new Plot();
        foreach (var s in series)
        {
            var scatter = plot.Add.Scatter(s.X.ToArray(), s.Y.ToArray());
            scatter.LegendText = s.Label;
            scatter.LineWidth = s.Markers ? 0 : 2;
            scatter.MarkerSize = s.Markers ? 8 : 0;
        }

        plot.Title(title);
        plot.XLabel(xLabel);
        plot.YLabel(yLabel);
        if (series.Count > 1)
        {
            plot.ShowLegend(Edge.Right);
        }
        else
        {
            plot.HideLegend();
        }

        plot.SavePng(path, 900, 500);
    }

    /// <summary>
    /// Saves an image (row 0 at the top) as a heatmap with a colour bar: axes in <paramref name="unit"/> from the pixel
    /// size, centred on the image's middle (µm for Oqtant images with a pixel calibration; pixels without one).
    /// </summary>
    /// <param name="rowLabels">When given, the y axis is labelled at these rows (counted from the top) with these texts
    /// instead of a coordinate, and titled <paramref name="yLabel"/> — for images stacked one above the other.</param>
    public static void SaveImage(string path, string title, double[,] values, double? pixelSize, string unit, string colorBarLabel,
        IReadOnlyList<(double Row, string Label)>? rowLabels = null, string? yLabel = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        var size = pixelSize ?? 1;
        var axisUnit = pixelSize is null ? "pixels" : unit;
        var halfWidth = values.GetLength(1) * size / 2;
        var halfHeight = values.GetLength(0) * size / 2;
        heatmap.Rectangle = new CoordinateRect(-halfWidth, halfWidth, -halfHeight, halfHeight);
        // The colour bar's quantity goes in the title: a rotated bar label collides with wide tick labels.
        plot.Add.ColorBar(heatmap);
        plot.Title($"{title}\n{colorBarLabel} (colour scale)");
        plot.XLabel($"x ({axisUnit})");
        plot.YLabel(yLabel ?? $"y ({axisUnit})");
        if (rowLabels is not null)
        {
            plot.Axes.Left.SetTicks([.. rowLabels.Select(l => halfHeight - ((l.Row + 0.5) * size))], [.. rowLabels.Select(l => l.Label)]);
        }

        plot.Axes.SquareUnits();
        var aspect = (double)values.GetLength(1) / values.GetLength(0);
        plot.SavePng(path, 800, aspect > 2 ? 420 : 680);
    }
}
