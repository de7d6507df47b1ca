using QuantumDsl.Matter;

namespace QuantumDsl.Simulation.Matter.Analysis;

/// <summary>
/// Parameters of oqtant's bimodal model, in oqtant's order [GpOD, σx, σy, TFpOD, rx, ry, xc, yc, os] (lengths in
/// pixels, OD dimensionless): OD(x,y) = G + TF with G = GpOD·exp(−½((y−yc)/σy)² − ½((x−xc)/σx)²) + os and
/// TF = TFpOD·max(1 − ((y−yc)/ry)² − ((x−xc)/rx)², 0)^{3/2} + os (the offset counts twice, as in oqtant).
/// </summary>
public sealed record BimodalParameters(
    double GaussianOd,
    double SigmaX,
    double SigmaY,
    double TfOd,
    double RadiusX,
    double RadiusY,
    double CentreX,
    double CentreY,
    double Offset)
{
    /// <summary>oqtant's initial guess [0.25, 8, 8, 1, 4, 6, 0, 0, 0.02].</summary>
    public static BimodalParameters InitialGuess { get; } = new(0.25, 8, 8, 1, 4, 6, 0, 0, 0.02);

    /// <summary>oqtant's lower bounds [0, 7, 7, 0, 2, 2, −20, −20, 0] (the runtime's <see cref="TofFitBounds"/>).</summary>
    public static BimodalParameters LowerBounds { get; } = new(
        TofFitBounds.GaussianOdMin, TofFitBounds.GaussianSigmaMinPixels, TofFitBounds.GaussianSigmaMinPixels,
        TofFitBounds.TfOdMin, TofFitBounds.TfRadiusMinPixels, TofFitBounds.TfRadiusMinPixels,
        TofFitBounds.CentreMinPixels, TofFitBounds.CentreMinPixels, TofFitBounds.OffsetMin);

    /// <summary>oqtant's upper bounds [2, 20, 20, 2, 20, 20, 20, 20, 1] (the runtime's <see cref="TofFitBounds"/>).</summary>
    public static BimodalParameters UpperBounds { get; } = new(
        TofFitBounds.GaussianOdMax, TofFitBounds.GaussianSigmaMaxPixels, TofFitBounds.GaussianSigmaMaxPixels,
        TofFitBounds.TfOdMax, TofFitBounds.TfRadiusMaxPixels, TofFitBounds.TfRadiusMaxPixels,
        TofFitBounds.CentreMaxPixels, TofFitBounds.CentreMaxPixels, TofFitBounds.OffsetMax);

    /// <summary>The parameters in oqtant's order.</summary>
    public double[] ToArray() => [GaussianOd, SigmaX, SigmaY, TfOd, RadiusX, RadiusY, CentreX, CentreY, Offset];

    /// <summary>Parameters from an array in oqtant's order.</summary>
    public static BimodalParameters FromArray(IReadOnlyList<double> p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (p.Count != 9) throw new ArgumentException($"The bimodal model has 9 parameters, got {p.Count}.", nameof(p));
        return new(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
    }

    /// <summary>The thermal (Gaussian) part without offset at pixel coordinates (x, y).</summary>
    public double Gaussian(double x, double y)
    {
        double u = (x - CentreX) / SigmaX, v = (y - CentreY) / SigmaY;
        return GaussianOd * Math.Exp(-0.5 * (u * u + v * v));
    }

    /// <summary>The Thomas–Fermi part without offset at pixel coordinates (x, y).</summary>
    public double ThomasFermi(double x, double y)
    {
        double a = (x - CentreX) / RadiusX, b = (y - CentreY) / RadiusY;
        var s = 1 - a * a - b * b;
        return s > 0 ? TfOd * s * Math.Sqrt(s) : 0;
    }

    /// <summary>The full model G + TF (offset included twice) at pixel coordinates (x, y).</summary>
    public double Evaluate(double x, double y) => Gaussian(x, y) + ThomasFermi(x, y) + 2 * Offset;
}
