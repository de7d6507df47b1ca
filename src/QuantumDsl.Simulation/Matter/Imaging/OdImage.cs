namespace QuantumDsl.Simulation.Matter.Imaging;

/// <summary>
/// An image as the service returns it: row-major pixels, rows × columns, <see cref="PixelSizeUm"/> µm per pixel.
/// Pixel coordinates are centred as oqtant's analysis does: x = column − round(columns/2), y = row − round(rows/2).
/// </summary>
public sealed record OdImage(int Rows, int Columns, double PixelSizeUm, double[] Pixels)
{
    /// <summary>The pixel at (<paramref name="row"/>, <paramref name="column"/>).</summary>
    public double this[int row, int column] => Pixels[row * Columns + column];

    /// <summary>Column of x = 0: round(columns/2), rounding half to even as Python does.</summary>
    public int CentreColumn => (int)Math.Round(Columns / 2.0, MidpointRounding.ToEven);

    /// <summary>Row of y = 0: round(rows/2), rounding half to even as Python does.</summary>
    public int CentreRow => (int)Math.Round(Rows / 2.0, MidpointRounding.ToEven);

    /// <summary>Σ OD over all pixels.</summary>
    public double Sum() => Pixels.Sum();

    /// <summary>Renders <paramref name="opticalDepth"/>(x µm, y µm) at the pixel centres of a rows × columns image.</summary>
    public static OdImage Render(int rows, int columns, double pixelSizeUm, Func<double, double, double> opticalDepth)
    {
        ArgumentNullException.ThrowIfNull(opticalDepth);
        var image = new OdImage(rows, columns, pixelSizeUm, new double[rows * columns]);
        int r0 = image.CentreRow, c0 = image.CentreColumn;
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
                image.Pixels[r * columns + c] = opticalDepth((c - c0) * pixelSizeUm, (r - r0) * pixelSizeUm);
        return image;
    }
}
