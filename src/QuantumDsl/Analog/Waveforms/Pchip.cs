namespace QuantumDsl.Analog;

/// <summary>Piecewise cubic Hermite interpolation with Fritsch–Carlson (SciPy PchipInterpolator) slopes.</summary>
internal static class Pchip
{
    public static double[] Slopes(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var n = x.Count;
        var d = new double[n];
        if (n < 2)
        {
            return d;
        }

        var h = new double[n - 1];
        var delta = new double[n - 1];
        for (var k = 0; k < n - 1; k++)
        {
            h[k] = x[k + 1] - x[k];
            delta[k] = h[k] > 0 ? (y[k + 1] - y[k]) / h[k] : 0;
        }

        if (n == 2)
        {
            d[0] = d[1] = delta[0];
            return d;
        }

        for (var k = 1; k < n - 1; k++)
        {
            if (delta[k - 1] == 0 || delta[k] == 0 || Math.Sign(delta[k - 1]) != Math.Sign(delta[k]))
            {
                continue;
            }

            double w1 = (2 * h[k]) + h[k - 1], w2 = h[k] + (2 * h[k - 1]);
            d[k] = (w1 + w2) / ((w1 / delta[k - 1]) + (w2 / delta[k]));
        }

        d[0] = EndSlope(h[0], h[1], delta[0], delta[1]);
        d[n - 1] = EndSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
        return d;
    }

    public static double Evaluate(IReadOnlyList<double> x, IReadOnlyList<double> y, double[] d, double t)
    {
        var k = 0;
        while (k < x.Count - 2 && t > x[k + 1])
        {
            k++;
        }

        var h = x[k + 1] - x[k];
        if (!(h > 0))
        {
            return y[k];
        }

        var s = (t - x[k]) / h;
        double s2 = s * s, s3 = s2 * s;
        return (((2 * s3) - (3 * s2) + 1) * y[k]) + ((s3 - (2 * s2) + s) * h * d[k])
            + ((-2 * s3) + (3 * s2)) * y[k + 1] + ((s3 - s2) * h * d[k + 1]);
    }

    /// <summary>Exact integral of the interpolant over [x₀, xₙ₋₁].</summary>
    public static double Integral(IReadOnlyList<double> x, IReadOnlyList<double> y, double[] d)
    {
        var sum = 0.0;
        for (var k = 0; k < x.Count - 1; k++)
        {
            var h = x[k + 1] - x[k];
            sum += (h * (y[k] + y[k + 1]) / 2) + (h * h * (d[k] - d[k + 1]) / 12);
        }

        return sum;
    }

    private static double EndSlope(double h0, double h1, double m0, double m1)
    {
        var d = (((2 * h0) + h1) * m0 - (h0 * m1)) / (h0 + h1);
        if (Math.Sign(d) != Math.Sign(m0))
        {
            return 0;
        }

        return Math.Sign(m0) != Math.Sign(m1) && Math.Abs(d) > Math.Abs(3 * m0) ? 3 * m0 : d;
    }
}
