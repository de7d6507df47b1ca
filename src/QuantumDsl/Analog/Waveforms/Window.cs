namespace QuantumDsl.Analog;

/// <summary>numpy's Blackman and Kaiser windows, clipped at 0 as Pulser clips them.</summary>
internal static class Window
{
    public static double[] Blackman(int n)
    {
        if (n == 1)
        {
            return [1.0];
        }

        var w = new double[n];
        for (var i = 0; i < n; i++)
        {
            w[i] = Math.Max(0, 0.42 - (0.5 * Math.Cos(2 * Math.PI * i / (n - 1))) + (0.08 * Math.Cos(4 * Math.PI * i / (n - 1))));
        }

        return w;
    }

    public static double[] Kaiser(int n, double beta)
    {
        if (n == 1)
        {
            return [1.0];
        }

        var w = new double[n];
        var alpha = (n - 1) / 2.0;
        var norm = BesselI0(beta);
        for (var i = 0; i < n; i++)
        {
            var r = (i - alpha) / alpha;
            w[i] = Math.Max(0, BesselI0(beta * Math.Sqrt(Math.Max(0, 1 - (r * r)))) / norm);
        }

        return w;
    }

    /// <summary>Modified Bessel function of the first kind, order 0 (power series).</summary>
    public static double BesselI0(double x)
    {
        double sum = 1, term = 1, q = x * x / 4;
        for (var k = 1; k < 500; k++)
        {
            term *= q / ((double)k * k);
            sum += term;
            if (term < sum * 1e-17)
            {
                break;
            }
        }

        return sum;
    }

    /// <summary>numpy's pairwise summation (what <c>np.sum</c> does on a contiguous float array), for identical rounding.</summary>
    public static double Sum(double[] w) => Pairwise(w, 0, w.Length);

    private static double Pairwise(double[] a, int start, int n)
    {
        if (n < 8)
        {
            var s = 0.0;
            for (var i = 0; i < n; i++)
            {
                s += a[start + i];
            }

            return s;
        }

        if (n <= 128)
        {
            var r = new double[8];
            for (var k = 0; k < 8; k++)
            {
                r[k] = a[start + k];
            }

            int i;
            for (i = 8; i < n - (n % 8); i += 8)
            {
                for (var k = 0; k < 8; k++)
                {
                    r[k] += a[start + i + k];
                }
            }

            var res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++)
            {
                res += a[start + i];
            }

            return res;
        }

        var n2 = n / 2;
        n2 -= n2 % 8;
        return Pairwise(a, start, n2) + Pairwise(a, start + n2, n - n2);
    }
}
