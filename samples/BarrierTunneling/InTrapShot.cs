using QuantumDsl;
using QuantumDsl.Matter;
using QuantumDsl.Samples;

namespace BarrierTunneling;

/// <summary>One barrier height and its in-trap image, with the axial profile and the fraction that went through.</summary>
public sealed record InTrapShot(double HeightKHz, double[,] Image, double[] XUm, double[] Profile, double Transmitted)
{
    /// <summary>The shot of a finished point, or null when the point failed or has no in-trap image.</summary>
    public static InTrapShot? From(PointResult<BarrierSweep, MatterPointOutput> point)
    {
        if (point?.Output?.Values is not PlotOutput plot)
        {
            return null;
        }

        var image = Images.ToGrid(plot.ItPlot);
        var profile = Images.ColumnSums(image);
        var pixelUm = plot.ItPlot.Pixcal ?? 1;
        var xUm = profile.Select((_, c) => (c - ((profile.Length - 1) / 2.0)) * pixelUm).ToArray();
        var total = profile.Sum();
        var through = profile.Where((_, c) => xUm[c] < BarrierSweep.EndPositionUm).Sum();
        return new InTrapShot(point.Point.HeightKHz, image, xUm, profile, total > 0 ? through / total : 0);
    }
}
