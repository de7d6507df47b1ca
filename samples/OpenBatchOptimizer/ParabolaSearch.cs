namespace OpenBatchOptimizer;

/// <summary>
/// A noise-tolerant 1-D maximizer: each round measures a few points spread over the current interval, fits a
/// parabola by least squares and recentres a narrower interval on its vertex (or on the best point when the fit
/// is not concave).
/// </summary>
public sealed record ParabolaSearch(double Low, double High)
{
    /// <summary>Points measured per round.</summary>
    public const int PointsPerRound = 5;

    /// <summary>The points to measure this round, evenly spread over [Low, High].</summary>
    public IReadOnlyList<double> Candidates() =>
        [.. Enumerable.Range(0, PointsPerRound).Select(i => Low + ((High - Low) * i / (PointsPerRound - 1)))];

    /// <summary>The best estimate from the measured (x, y) pairs of this round.</summary>
    public static double Vertex(IReadOnlyList<(double X, double Y)> measured)
    {
        ArgumentNullException.ThrowIfNull(measured);
        var (a, b, _) = FitQuadratic(measured);
        var best = measured.MaxBy(m => m.Y).X;
        if (a >= 0)
        {
            return best;
        }

        var vertex = -b / (2 * a);
        return Math.Clamp(vertex, measured.Min(m => m.X), measured.Max(m => m.X));
    }

    /// <summary>The next interval: half as wide, centred on <paramref name="centre"/>, kept inside [min, max].</summary>
    public ParabolaSearch Next(double centre, double min, double max)
    {
        var half = (High - Low) / 4;
        return new ParabolaSearch(Math.Max(min, centre - half), Math.Min(max, centre + half));
    }

    /// <summary>Least-squares y = a x² + b x + c (normal equations, solved by Cramer's rule on centred x).</summary>
    private static (double A, double B, double C) FitQuadratic(IReadOnlyList<(double X, double Y)> points)
    {
        var mean = points.Average(p => p.X);
        double s1 = 0, s2 = 0, s3 = 0, s4 = 0, t0 = 0, t1 = 0, t2 = 0;
        double n = points.Count;
        foreach (var (x0, y) in points)
        {
            var x = x0 - mean;
            s1 += x;
            s2 += x * x;
            s3 += x * x * x;
            s4 += x * x * x * x;
            t0 += y;
            t1 += x * y;
            t2 += x * x * y;
        }

        var det = Det(s4, s3, s2, s3, s2, s1, s2, s1, n);
        if (Math.Abs(det) < 1e-12)
        {
            return (0, 0, t0 / n);
        }

        var a = Det(t2, s3, s2, t1, s2, s1, t0, s1, n) / det;
        var b = Det(s4, t2, s2, s3, t1, s1, s2, t0, n) / det;
        var c = Det(s4, s3, t2, s3, s2, t1, s2, s1, t0) / det;
        // Undo the centring: a(x−m)² + b(x−m) + c.
        return (a, b - (2 * a * mean), c - (b * mean) + (a * mean * mean));
    }

    private static double Det(double a, double b, double c, double d, double e, double f, double g, double h, double i) =>
        (a * ((e * i) - (f * h))) - (b * ((d * i) - (f * g))) + (c * ((d * h) - (e * g)));
}
