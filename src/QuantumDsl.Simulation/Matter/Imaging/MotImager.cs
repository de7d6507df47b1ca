using QuantumDsl.Simulation.Matter.Physics;

namespace QuantumDsl.Simulation.Matter.Imaging;

/// <summary>
/// MOT fluorescence image (352×217, pixcal 1): a Gaussian cloud of σ = 40 px whose integrated counts are
/// proportional to the MOT atom number (2500 counts peak for 2·10⁷ atoms) on a 50-count background, with Poisson
/// (√counts) noise.
/// </summary>
public static class MotImager
{
    /// <summary>Draws the image for <paramref name="motAtomNumber"/> atoms.</summary>
    public static OdImage Draw(double motAtomNumber, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        const double sigma = 40, background = 50, peakPerAtom = 2500 / 2e7;
        var image = OdImage.Render(ImagingConstants.MotRows, ImagingConstants.MotColumns, 1.0,
            (x, y) => background + peakPerAtom * motAtomNumber * Math.Exp(-(x * x + y * y) / (2 * sigma * sigma)));
        for (var i = 0; i < image.Pixels.Length; i++)
            image.Pixels[i] = Math.Max(0, Math.Round(image.Pixels[i] + Math.Sqrt(image.Pixels[i]) * Gaussian.Next(random)));
        return image;
    }
}
