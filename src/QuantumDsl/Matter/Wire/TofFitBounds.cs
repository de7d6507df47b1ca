namespace QuantumDsl.Matter;

/// <summary>
/// The box of oqtant's bimodal fit of the time-of-flight image (<see cref="TofFit"/>): oqtant's bounds
/// [0, 7, 7, 0, 2, 2, −20, −20, 0] to [2, 20, 20, 2, 20, 20, 20, 20, 1] for [GpOD, σx, σy, TFpOD, rx, ry, xc, yc, os],
/// lengths in pixels, centres relative to the image centre. The emulator's fit uses these constants. A parameter that
/// sits at a bound was stopped there, not measured: see <see cref="TofFit.GaussianSigmaAtUpperBound"/> and
/// <see cref="NonPlotOutput.TemperatureIsLowerBound"/>.
/// </summary>
public static class TofFitBounds
{
    /// <summary>Lowest peak OD of the thermal Gaussian.</summary>
    public const double GaussianOdMin = 0;

    /// <summary>Highest peak OD of the thermal Gaussian.</summary>
    public const double GaussianOdMax = 2;

    /// <summary>Narrowest thermal Gaussian σ (pixels).</summary>
    public const double GaussianSigmaMinPixels = 7;

    /// <summary>Widest thermal Gaussian σ (pixels): 88 µm at oqtant's 4.4 µm per pixel.</summary>
    public const double GaussianSigmaMaxPixels = 20;

    /// <summary>Lowest peak OD of the Thomas–Fermi part.</summary>
    public const double TfOdMin = 0;

    /// <summary>Highest peak OD of the Thomas–Fermi part.</summary>
    public const double TfOdMax = 2;

    /// <summary>Smallest Thomas–Fermi radius (pixels).</summary>
    public const double TfRadiusMinPixels = 2;

    /// <summary>Largest Thomas–Fermi radius (pixels).</summary>
    public const double TfRadiusMaxPixels = 20;

    /// <summary>Lowest centre, relative to the image centre (pixels); <c>x_0</c>/<c>y_0</c> on the wire add the centre pixel.</summary>
    public const double CentreMinPixels = -20;

    /// <summary>Highest centre, relative to the image centre (pixels).</summary>
    public const double CentreMaxPixels = 20;

    /// <summary>Lowest constant background OD.</summary>
    public const double OffsetMin = 0;

    /// <summary>Highest constant background OD.</summary>
    public const double OffsetMax = 1;

    /// <summary>
    /// How close to a bound (pixels) a width counts as at it: a bounded least-squares fit may stop just inside its
    /// bound, and the output may be rounded. 0.001 px changes a temperature by 0.01 %.
    /// </summary>
    public const double SigmaTolerancePixels = 1e-3;

    /// <summary>
    /// Whether a Gaussian σ (pixels) sits at <see cref="GaussianSigmaMaxPixels"/> (within
    /// <see cref="SigmaTolerancePixels"/>) or beyond it; false for NaN.
    /// </summary>
    public static bool IsSigmaAtUpperBound(double sigmaPixels) => sigmaPixels >= GaussianSigmaMaxPixels - SigmaTolerancePixels;

    /// <summary>
    /// Whether a Gaussian σ (pixels) sits at <see cref="GaussianSigmaMinPixels"/> (within
    /// <see cref="SigmaTolerancePixels"/>) or below it; false for 0 (an output without a fit has an all-zero
    /// <c>tof_fit</c>) and for NaN.
    /// </summary>
    public static bool IsSigmaAtLowerBound(double sigmaPixels) =>
        sigmaPixels > 0 && sigmaPixels <= GaussianSigmaMinPixels + SigmaTolerancePixels;
}
