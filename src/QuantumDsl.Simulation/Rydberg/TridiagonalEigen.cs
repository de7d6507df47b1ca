namespace QuantumDsl.Simulation.Rydberg;

/// <summary>
/// Eigen-decomposition of a small real symmetric tridiagonal matrix by the implicit QL algorithm with Wilkinson
/// shifts, tracking only the requested rows of the eigenvector matrix (the Lanczos error estimate needs two rows).
/// </summary>
internal static class TridiagonalEigen
{
    /// <summary>
    /// <paramref name="d"/> (diagonal, length m) becomes the eigenvalues; <paramref name="e"/> (off-diagonal,
    /// e[i] couples i and i+1, length ≥ m) is destroyed; <paramref name="rows"/>[r][k] becomes Z[rowIndex[r], k].
    /// </summary>
    public static void Decompose(double[] d, double[] e, int m, int[] rowIndex, double[][] rows)
    {
        for (var r = 0; r < rowIndex.Length; r++)
        {
            Array.Clear(rows[r], 0, m);
            rows[r][rowIndex[r]] = 1;
        }
        e[m - 1] = 0;
        for (var l = 0; l < m; l++)
        {
            var iterations = 0;
            int mm;
            do
            {
                for (mm = l; mm < m - 1; mm++)
                {
                    var dd = Math.Abs(d[mm]) + Math.Abs(d[mm + 1]);
                    if (Math.Abs(e[mm]) <= 1e-16 * dd)
                        break;
                }
                if (mm == l)
                    break;
                if (iterations++ == 100)
                    throw new InvalidOperationException("tridiagonal eigen-decomposition did not converge");
                var g = (d[l + 1] - d[l]) / (2 * e[l]);
                var rr = Hypot(g, 1);
                g = d[mm] - d[l] + e[l] / (g + (g >= 0 ? Math.Abs(rr) : -Math.Abs(rr)));
                double s = 1, c = 1, p = 0;
                var i = mm - 1;
                var underflow = false;
                for (; i >= l; i--)
                {
                    var f = s * e[i];
                    var b = c * e[i];
                    rr = Hypot(f, g);
                    e[i + 1] = rr;
                    if (rr == 0)
                    {
                        d[i + 1] -= p;
                        e[mm] = 0;
                        underflow = true;
                        break;
                    }
                    s = f / rr;
                    c = g / rr;
                    g = d[i + 1] - p;
                    rr = (d[i] - g) * s + 2 * c * b;
                    p = s * rr;
                    d[i + 1] = g + p;
                    g = c * rr - b;
                    foreach (var z in rows)
                    {
                        f = z[i + 1];
                        z[i + 1] = s * z[i] + c * f;
                        z[i] = c * z[i] - s * f;
                    }
                }
                if (underflow)
                    continue;
                d[l] -= p;
                e[l] = g;
                e[mm] = 0;
            }
            while (true);
        }
    }

    private static double Hypot(double a, double b) => Math.Sqrt(a * a + b * b);
}
