using QuantumDsl;
using QuantumDsl.Matter;

namespace BarrierTunneling;

/// <summary>One barrier height and its in-trap image (µm per pixel), with the axial profile and the density under the barrier.</summary>
public sealed record InTrapShot(double HeightKHz, double[,] Image, double? PixelUm, double[] XUm, double[] Profile, double AtBarrier)
{
    /// <summary>The shot of a finished point, or null when the point failed or has no in-trap image.</summary>
    public static InTrapShot? From(PointResult<BarrierSweep, MatterPointOutput> point)
    {
        if (point?.Output?.Values is not PlotOutput plot)
        {
            return null;
        }

        var image = plot.ItPlot.ToGrid();
        var profile = plot.ItPlot.ColumnSums();
        var pixelUm = plot.ItPlot.Pixcal ?? 1;
        var xUm = profile.Select((_, c) => (c - ((profile.Length - 1) / 2.0)) * pixelUm).ToArray();
        // Integrated OD within half a barrier width of its centre (x = 0).
        var atBarrier = profile.Where((_, c) => Math.Abs(xUm[c]) <= BarrierSweep.WidthUm / 2).Average();
        return new InTrapShot(point.Point.HeightKHz, image, plot.ItPlot.Pixcal, xUm, profile, atBarrier);
    }
}
