using QuantumDsl.Matter;
using QuantumDsl.Simulation.Matter.Imaging;

namespace QuantumDsl.Simulation.Matter.Analysis;

/// <summary>
/// oqtant's analysis helpers on the runtime's output records, for emulator output and real Oqtant output alike:
/// the bimodal fit of <c>tof_image</c> and the temperature from it.
/// </summary>
public static class OqtantOutputAnalysis
{
    /// <summary>
    /// The image as an <see cref="OdImage"/>. When rows × columns disagrees with the pixel count (the oqtant simulator's
    /// placeholders say 2×2 but hold 10,000 pixels) a square pixel count is read as a square image; pixcal defaults to 1.
    /// </summary>
    /// <exception cref="ArgumentException">The shape cannot be worked out.</exception>
    public static OdImage ToOdImage(Image image)
    {
        ArgumentNullException.ThrowIfNull(image);
        var pixels = image.Pixels.ToArray();
        int rows = image.Rows, columns = image.Columns;
        if ((long)rows * columns != pixels.Length)
        {
            var side = (int)Math.Round(Math.Sqrt(pixels.Length));
            if (side * side != pixels.Length || side == 0)
                throw new ArgumentException(
                    $"image rows × columns = {rows} × {columns} but pixels has {pixels.Length} values, which is not a square image either.", nameof(image));
            rows = columns = side;
        }
        return new OdImage(rows, columns, image.Pixcal ?? 1.0, pixels);
    }

    /// <summary>Fits <c>tof_image</c> of <paramref name="output"/> with oqtant's bimodal model.</summary>
    public static BimodalFitResult Fit(NonPlotOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return BimodalFit.Fit(ToOdImage(output.TofImage));
    }

    /// <summary>
    /// Temperature (nK) of <paramref name="output"/>'s TOF image after <paramref name="timeOfFlightMs"/>, from a fresh
    /// bimodal fit; trap frequencies default to oqtant's thermometry constants (80 Hz, 1000 Hz) — pass 50 and 400
    /// for emulator images.
    /// </summary>
    public static double TemperatureNk(NonPlotOutput output, double timeOfFlightMs,
        double axialHz = TofThermometry.DefaultAxialHz, double radialHz = TofThermometry.DefaultRadialHz)
    {
        var image = ToOdImage(output?.TofImage ?? throw new ArgumentNullException(nameof(output)));
        return TofThermometry.TemperatureNk(BimodalFit.Fit(image).Parameters, image.PixelSizeUm, timeOfFlightMs, axialHz, radialHz);
    }
}
