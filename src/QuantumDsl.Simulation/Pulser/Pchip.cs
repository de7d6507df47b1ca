namespace QuantumDsl.Simulation.Pulser;

/// <summary>
/// Monotone piecewise-cubic Hermite interpolation (PCHIP, Fritsch–Butland derivatives with the three-point
/// end conditions SciPy's <c>PchipInterpolator</c> uses); extrapolates with the end cubics.
/// </summary>
internal static class Pchip
{
    public static double[] Evaluate(double[] x, double[] y, int count)
    {
        var n = x.Length;
        var h = new double[n - 1];
        var m = new double[n - 1];
        for (var k = 0; k < n - 1; k++)
        {
            h[k] = x[k + 1] - x[k];
            m[k] = (y[k + 1] - y[k]) / h[k];
        }
        var d = new double[n];
        if (n == 2)
        {
            d[0] = d[1] = m[0];
        }
        else
        {
            for (var k = 1; k < n - 1; k++)
            {
                if (m[k - 1] == 0 || m[k] == 0 || Math.Sign(m[k - 1]) != Math.Sign(m[k]))
                {
                    d[k] = 0;
                    continue;
                }
                var w1 = 2 * h[k] + h[k - 1];
                var w2 = h[k] + 2 * h[k - 1];
                d[k] = (w1 + w2) / (w1 / m[k - 1] + w2 / m[k]);
            }
            d[0] = EdgeDerivative(h[0], h[1], m[0], m[1]);
            d[n - 1] = EdgeDerivative(h[n - 2], h[n - 3], m[n - 2], m[n - 3]);
        }

        var result = new double[count];
        var seg = 0;
        for (var t = 0; t < count; t++)
        {
            while (seg < n - 2 && t > x[seg + 1])
                seg++;
            var s = (t - x[seg]) / h[seg];
            var s2 = s * s;
            var s3 = s2 * s;
            result[t] = (2 * s3 - 3 * s2 + 1) * y[seg] + (s3 - 2 * s2 + s) * h[seg] * d[seg]
                      + (-2 * s3 + 3 * s2) * y[seg + 1] + (s3 - s2) * h[seg] * d[seg + 1];
        }
        return result;
    }

    private static double EdgeDerivative(double h0, double h1, double m0, double m1)
    {
        var d = ((2 * h0 + h1) * m0 - h0 * m1) / (h0 + h1);
        if (Math.Sign(d) != Math.Sign(m0))
            return 0;
        if (Math.Sign(m0) != Math.Sign(m1) && Math.Abs(d) > 3 * Math.Abs(m0))
            return 3 * m0;
        return d;
    }
}
