using QuantumDsl.Simulation.Matter.Physics;

namespace QuantumDsl.Simulation.Matter.Imaging;

/// <summary>
/// Photon shot noise of absorption imaging: with P photons per pixel in the reference image, the probe and reference
/// counts are P·e^{−OD} and P plus Gaussian noise of their square roots, and the measured OD is ln(reference/probe)
/// (probe counts floored at 1 photon, which is where a real camera saturates too).
/// </summary>
public static class AbsorptionNoise
{
    /// <summary>Photons per pixel in the reference image (background OD noise ≈ √(2/P) ≈ 0.02).</summary>
    public const double DefaultPhotonsPerPixel = 5000;

    /// <summary>A noisy copy of <paramref name="image"/> drawn from <paramref name="random"/>.</summary>
    public static OdImage Apply(OdImage image, Random random, double photonsPerPixel = DefaultPhotonsPerPixel)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(random);
        var noisy = new double[image.Pixels.Length];
        for (var i = 0; i < noisy.Length; i++)
        {
            var reference = photonsPerPixel + Math.Sqrt(photonsPerPixel) * Gaussian.Next(random);
            var expected = photonsPerPixel * Math.Exp(-image.Pixels[i]);
            var probe = Math.Max(1, expected + Math.Sqrt(expected) * Gaussian.Next(random));
            noisy[i] = Math.Log(Math.Max(1, reference) / probe);
        }
        return image with { Pixels = noisy };
    }
}
