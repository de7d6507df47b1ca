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

    /// <summary>Saves a heatmap of <paramref name="values"/> (row 0 at the top) with a colour bar as a PNG.</summary>
    public static void SaveHeatmap(string path, string title, double[,] values, string colorBarLabel)
    {
        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = colorBarLabel;
        plot.Title(title);
        plot.Axes.SquareUnits();
        plot.SavePng(path, 700, 600);
    }
}
