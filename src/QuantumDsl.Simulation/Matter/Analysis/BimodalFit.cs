using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using QuantumDsl.Simulation.Matter.Imaging;

namespace QuantumDsl.Simulation.Matter.Analysis;

/// <summary>
/// oqtant's bimodal fit of a time-of-flight OD image: bounded nonlinear least squares of
/// <see cref="BimodalParameters"/> over every pixel (MathNet.Numerics Levenberg–Marquardt with box bounds and an
/// analytic Jacobian), from oqtant's initial guess within oqtant's bounds. Atom numbers follow oqtant:
/// N = pixcal²/σ_abs·ΣOD over the fitted Gaussian (thermal) and Thomas–Fermi (condensed) parts without offset.
/// </summary>
public static class BimodalFit
{
    /// <summary>σ_abs for the atom numbers: 3λ²/2π of the D2 cycling transition (µm²); oqtant's helper uses 0.297.</summary>
    public const double DefaultCrossSectionUm2 = 0.2907;

    /// <summary>Fits <paramref name="image"/>; lengths are in pixels, atom numbers use <see cref="OdImage.PixelSizeUm"/>.</summary>
    public static BimodalFitResult Fit(OdImage image, BimodalParameters? initialGuess = null, double crossSectionUm2 = DefaultCrossSectionUm2, int maxIterations = 200)
    {
        ArgumentNullException.ThrowIfNull(image);
        var count = Math.Min(image.Pixels.Length, image.Rows * image.Columns);
        if (count == 0) throw new ArgumentException("The image has no pixels to fit.", nameof(image));
        var xs = new double[count];
        var ys = new double[count];
        for (var i = 0; i < count; i++)
        {
            xs[i] = i % image.Columns - image.CentreColumn;
            ys[i] = i / image.Columns - image.CentreRow;
        }
        var observed = Vector<double>.Build.Dense(image.Pixels.AsSpan(0, count).ToArray());
        var index = Vector<double>.Build.Dense(count, i => i);

        Vector<double> Model(Vector<double> p, Vector<double> _)
        {
            var parameters = BimodalParameters.FromArray(p.AsArray() ?? p.ToArray());
            var values = new double[count];
            Parallel.For(0, count, i => values[i] = parameters.Evaluate(xs[i], ys[i]));
            return Vector<double>.Build.Dense(values);
        }

        Matrix<double> Jacobian(Vector<double> p, Vector<double> _)
        {
            var jacobian = Matrix<double>.Build.Dense(count, 9);
            double gOd = p[0], sx = p[1], sy = p[2], tfOd = p[3], rx = p[4], ry = p[5], xc = p[6], yc = p[7];
            Parallel.For(0, count, i =>
            {
                double u = (xs[i] - xc) / sx, v = (ys[i] - yc) / sy;
                var g = Math.Exp(-0.5 * (u * u + v * v));
                double a = (xs[i] - xc) / rx, b = (ys[i] - yc) / ry;
                var s = 1 - a * a - b * b;
                double tf = 0, dtf = 0;
                if (s > 0)
                {
                    var root = Math.Sqrt(s);
                    tf = s * root;
                    dtf = 1.5 * tfOd * root; // ∂TF/∂s
                }
                jacobian[i, 0] = g;
                jacobian[i, 1] = gOd * g * u * u / sx;
                jacobian[i, 2] = gOd * g * v * v / sy;
                jacobian[i, 3] = tf;
                jacobian[i, 4] = dtf * 2 * a * a / rx;
                jacobian[i, 5] = dtf * 2 * b * b / ry;
                jacobian[i, 6] = gOd * g * u / sx + dtf * 2 * a / rx;
                jacobian[i, 7] = gOd * g * v / sy + dtf * 2 * b / ry;
                jacobian[i, 8] = 2;
            });
            return jacobian;
        }

        var objective = ObjectiveFunction.NonlinearModel(Model, Jacobian, index, observed);
        // Stop on a relative step below 1e-8 (scipy's default xtol); MathNet's defaults (1e-15) iterate to the cap
        // whenever a part of the model vanishes (a thermal cloud has no TF part and its radii are then free).
        var minimizer = new LevenbergMarquardtMinimizer(gradientTolerance: 1e-12, stepTolerance: 1e-8, functionTolerance: 1e-15, maximumIterations: maxIterations);
        var start = Vector<double>.Build.Dense((initialGuess ?? BimodalParameters.InitialGuess).ToArray());
        var result = minimizer.FindMinimum(objective, start,
            Vector<double>.Build.Dense(BimodalParameters.LowerBounds.ToArray()),
            Vector<double>.Build.Dense(BimodalParameters.UpperBounds.ToArray()));
        var best = BimodalParameters.FromArray(result.MinimizingPoint.ToArray());

        var fitted = new double[count];
        double thermal = 0, condensed = 0, residualMean = 0, dataMean = 0;
        for (var i = 0; i < count; i++)
        {
            var g = best.Gaussian(xs[i], ys[i]);
            var tf = best.ThomasFermi(xs[i], ys[i]);
            fitted[i] = g + tf + 2 * best.Offset;
            thermal += g;
            condensed += tf;
            residualMean += observed[i] - fitted[i];
            dataMean += observed[i];
        }
        residualMean /= count;
        dataMean /= count;
        double residualVar = 0, dataVar = 0;
        for (var i = 0; i < count; i++)
        {
            var r = observed[i] - fitted[i] - residualMean;
            var d = observed[i] - dataMean;
            residualVar += r * r;
            dataVar += d * d;
        }
        var atomsPerOd = image.PixelSizeUm * image.PixelSizeUm / crossSectionUm2;
        return new BimodalFitResult(
            best,
            dataVar > 0 ? 1 - residualVar / dataVar : 0,
            new OdImage(image.Rows, image.Columns, image.PixelSizeUm, fitted),
            thermal * atomsPerOd,
            condensed * atomsPerOd,
            result.Iterations,
            result.ReasonForExit.ToString());
    }
}

/// <summary>
/// Result of <see cref="BimodalFit"/>: best parameters (pixels), R² = 1 − var(residual)/var(data), the fitted image,
/// thermal and condensed atom numbers, iterations and MathNet's exit reason.
/// </summary>
public sealed record BimodalFitResult(
    BimodalParameters Parameters,
    double RSquared,
    OdImage FitImage,
    double ThermalAtomNumber,
    double CondensedAtomNumber,
    int Iterations,
    string ExitReason)
{
    /// <summary>Thermal + condensed atoms.</summary>
    public double TotalAtomNumber => ThermalAtomNumber + CondensedAtomNumber;

    /// <summary>Condensed / total (0 without atoms).</summary>
    public double CondensateFraction => TotalAtomNumber > 0 ? CondensedAtomNumber / TotalAtomNumber : 0;
}
