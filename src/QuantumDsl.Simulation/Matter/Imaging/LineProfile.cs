using MathNet.Numerics;

namespace QuantumDsl.Simulation.Matter.Imaging;

/// <summary>
/// An elongated cloud described by its line density n(x) (atoms/µm, on increasing positions x in µm) and a
/// transverse Gaussian of standard deviation s(x) (µm): column density n(x)·exp(−y²/2s(x)²)/(√(2π)s(x)).
/// </summary>
public sealed record LineProfile(double[] XUm, double[] Density, double[] SigmaUm)
{
    /// <summary>The profile after a scaling expansion: x → λ_x·x, n → n/λ_x, s → λ_⊥·s.</summary>
    public LineProfile Scaled(double axial, double radial) =>
        new(XUm.Select(x => x * axial).ToArray(), Density.Select(n => n / axial).ToArray(), SigmaUm.Select(s => s * radial).ToArray());

    /// <summary>∫n dx (trapezoid).</summary>
    public double AtomNumber()
    {
        double sum = 0;
        for (var i = 1; i < XUm.Length; i++) sum += 0.5 * (Density[i] + Density[i - 1]) * (XUm[i] - XUm[i - 1]);
        return sum;
    }

    /// <summary>
    /// Adds <paramref name="odPerAtomPerUm2"/> × the column density, averaged over each pixel (32 sub-samples along
    /// x with linear interpolation of n and s; exact Gaussian integral across the pixel along y), to <paramref name="image"/>,
    /// blurred by a Gaussian point-spread function of standard deviation <paramref name="resolutionUm"/> (added in
    /// quadrature to s along y, convolved with the line density along x).
    /// </summary>
    public void AddTo(OdImage image, double odPerAtomPerUm2, double resolutionUm = 0)
    {
        ArgumentNullException.ThrowIfNull(image);
        const int sub = 32;
        var p = image.PixelSizeUm;
        var lineDensity = new double[image.Columns];
        var lineSigma = new double[image.Columns];
        for (var c = 0; c < image.Columns; c++)
        {
            var centre = (c - image.CentreColumn) * p;
            double n = 0, weighted = 0;
            for (var k = 0; k < sub; k++)
            {
                var (nk, sk) = Interpolate(centre - 0.5 * p + (k + 0.5) * p / sub);
                n += nk;
                weighted += nk * sk;
            }
            lineDensity[c] = n / sub;
            lineSigma[c] = n > 0 ? weighted / n : 0;
        }
        if (resolutionUm > 0)
        {
            (lineDensity, lineSigma) = Blur(lineDensity, lineSigma, resolutionUm / p);
            for (var c = 0; c < lineSigma.Length; c++)
                lineSigma[c] = Math.Sqrt(lineSigma[c] * lineSigma[c] + resolutionUm * resolutionUm);
        }
        for (var r = 0; r < image.Rows; r++)
        {
            var y = (r - image.CentreRow) * p;
            for (var c = 0; c < image.Columns; c++)
            {
                if (lineDensity[c] <= 0 || lineSigma[c] <= 0) continue;
                var s = lineSigma[c] * Math.Sqrt(2);
                var fraction = 0.5 * (SpecialFunctions.Erf((y + 0.5 * p) / s) - SpecialFunctions.Erf((y - 0.5 * p) / s)) / p;
                image.Pixels[r * image.Columns + c] += odPerAtomPerUm2 * lineDensity[c] * fraction;
            }
        }
    }

    /// <summary>Convolves the column line densities with a normalised Gaussian of <paramref name="sigmaPixels"/>; σ is density-weighted.</summary>
    private static (double[] Density, double[] Sigma) Blur(double[] density, double[] sigma, double sigmaPixels)
    {
        var reach = (int)Math.Ceiling(4 * sigmaPixels);
        var kernel = Enumerable.Range(-reach, 2 * reach + 1).Select(k => Math.Exp(-0.5 * k * k / (sigmaPixels * sigmaPixels))).ToArray();
        var norm = kernel.Sum();
        var blurred = new double[density.Length];
        var weighted = new double[density.Length];
        for (var c = 0; c < density.Length; c++)
        {
            if (density[c] <= 0) continue;
            for (var k = -reach; k <= reach; k++)
            {
                var target = c + k;
                if (target < 0 || target >= density.Length) continue;
                var share = density[c] * kernel[k + reach] / norm;
                blurred[target] += share;
                weighted[target] += share * sigma[c];
            }
        }
        return (blurred, blurred.Select((n, c) => n > 0 ? weighted[c] / n : 0).ToArray());
    }

    private (double Density, double Sigma) Interpolate(double x)
    {
        if (x <= XUm[0] || x >= XUm[^1]) return (0, 0);
        var i = Array.BinarySearch(XUm, x);
        if (i >= 0) return (Density[i], SigmaUm[i]);
        var hi = ~i;
        var lo = hi - 1;
        var w = (x - XUm[lo]) / (XUm[hi] - XUm[lo]);
        return (Density[lo] + w * (Density[hi] - Density[lo]), SigmaUm[lo] + w * (SigmaUm[hi] - SigmaUm[lo]));
    }
}
