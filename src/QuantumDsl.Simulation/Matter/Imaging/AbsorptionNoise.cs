using QuantumDsl.Simulation.Matter.Physics;

namespace QuantumDsl.Simulation.Matter.Imaging;

/// <summary>
/// Photon shot noise of absorption imaging: with P photons per pixel in the reference image, the probe and reference
/// counts are P·e^{−OD} and P plus Gaussian noise of their square roots, rounded to whole counts and floored at 1
/// (where a real camera bottoms out too); the measured OD is ln(reference/probe).
/// </summary>
public static class AbsorptionNoise
{
    /// <summary>Photons per pixel in the reference image (background OD noise ≈ √(2/P) ≈ 0.02).</summary>
    public const double DefaultPhotonsPerPixel = 5000;

    /// <summary>A noisy copy of <paramref name="image"/> drawn from <paramref name="random"/>.</summary>
    public static OdImage Apply(OdImage image, Random random, double photonsPerPixel = DefaultPhotonsPerPixel) =>
        Expose(image, random, photonsPerPixel).Od;

    /// <summary>
    /// Takes the two camera frames of an absorption image of <paramref name="image"/> (the true OD): the probe frame
    /// through the atoms and the reference frame without them, and the OD measured from them.
    /// </summary>
    public static AbsorptionFrames Expose(OdImage image, Random random, double photonsPerPixel = DefaultPhotonsPerPixel)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(random);
        var od = new double[image.Pixels.Length];
        var probes = new double[od.Length];
        var references = new double[od.Length];
        for (var i = 0; i < od.Length; i++)
        {
            var reference = Math.Max(1, Math.Round(photonsPerPixel + Math.Sqrt(photonsPerPixel) * Gaussian.Next(random)));
            var expected = photonsPerPixel * Math.Exp(-image.Pixels[i]);
            var probe = Math.Max(1, Math.Round(expected + Math.Sqrt(expected) * Gaussian.Next(random)));
            references[i] = reference;
            probes[i] = probe;
            od[i] = Math.Log(reference / probe);
        }
        return new AbsorptionFrames(image with { Pixels = od }, image with { Pixels = probes }, image with { Pixels = references });
    }
}

/// <summary>
/// The raw frames of one absorption image, in photon counts per pixel: <see cref="Probe"/> (through the atoms) and
/// <see cref="Reference"/> (the same beam without atoms), and the OD they give, <see cref="Od"/> = ln(reference/probe)
/// pixel by pixel.
/// </summary>
public sealed record AbsorptionFrames(OdImage Od, OdImage Probe, OdImage Reference);
