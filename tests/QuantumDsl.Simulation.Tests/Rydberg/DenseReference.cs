using System.Numerics;

namespace QuantumDsl.Simulation.Tests.Rydberg;

/// <summary>
/// Independent reference: the full 2^N × 2^N Hamiltonian as a dense complex matrix and exp(−iHt) by a Taylor series
/// with scaling and squaring (to ~1e-13), for N ≤ 6. Atom q is bit N−1−q; '1' = Rydberg.
/// </summary>
internal static class DenseReference
{
    /// <summary>A constant segment: duration (µs) and per-atom Ω (rad/µs), δ (rad/µs), φ (rad).</summary>
    public sealed record Segment(double DurationUs, double[] Omega, double[] Delta, double[] Phi);

    public static double[] Probabilities(double[][] positions, double c6, IEnumerable<Segment> segments)
    {
        var n = positions.Length;
        var dim = 1 << n;
        var psi = new Complex[dim];
        psi[0] = 1;
        foreach (var s in segments)
        {
            var u = Exp(Hamiltonian(positions, c6, s), s.DurationUs);
            var next = new Complex[dim];
            for (var i = 0; i < dim; i++)
            {
                for (var j = 0; j < dim; j++)
                    next[i] += u[i, j] * psi[j];
            }
            psi = next;
        }
        return psi.Select(a => a.Magnitude * a.Magnitude).ToArray();
    }

    public static Complex[,] Hamiltonian(double[][] positions, double c6, Segment s)
    {
        var n = positions.Length;
        var dim = 1 << n;
        var h = new Complex[dim, dim];
        for (var i = 0; i < dim; i++)
        {
            for (var q = 0; q < n; q++)
            {
                var bit = 1 << (n - 1 - q);
                if ((i & bit) != 0)
                {
                    h[i, i] -= s.Delta[q];
                    // |r><g| component: <r|H|g> = (Ω/2) e^{+iφ}
                    h[i, i ^ bit] += s.Omega[q] / 2 * Complex.FromPolarCoordinates(1, s.Phi[q]);
                }
                else
                {
                    h[i, i ^ bit] += s.Omega[q] / 2 * Complex.FromPolarCoordinates(1, -s.Phi[q]);
                }
                for (var p = q + 1; p < n; p++)
                {
                    var bit2 = 1 << (n - 1 - p);
                    if ((i & bit) != 0 && (i & bit2) != 0)
                    {
                        var r2 = Enumerable.Range(0, Math.Min(positions[q].Length, positions[p].Length)).Sum(k => Math.Pow(positions[q][k] - positions[p][k], 2));
                        h[i, i] += c6 / Math.Pow(r2, 3);
                    }
                }
            }
        }
        return h;
    }

    /// <summary>exp(−iHt) by scaling and squaring with a 40-term Taylor series.</summary>
    public static Complex[,] Exp(Complex[,] h, double t)
    {
        var dim = h.GetLength(0);
        var norm = 0.0;
        for (var i = 0; i < dim; i++)
        {
            var row = 0.0;
            for (var j = 0; j < dim; j++)
                row += h[i, j].Magnitude;
            norm = Math.Max(norm, row);
        }
        var squarings = Math.Max(0, (int)Math.Ceiling(Math.Log2(norm * t / 0.25 + 1e-300)));
        var scale = t / Math.Pow(2, squarings);
        var a = new Complex[dim, dim];
        for (var i = 0; i < dim; i++)
        {
            for (var j = 0; j < dim; j++)
                a[i, j] = -Complex.ImaginaryOne * scale * h[i, j];
        }
        var result = Identity(dim);
        var term = Identity(dim);
        for (var k = 1; k <= 40; k++)
        {
            term = Multiply(term, a);
            for (var i = 0; i < dim; i++)
            {
                for (var j = 0; j < dim; j++)
                {
                    term[i, j] /= k;
                    result[i, j] += term[i, j];
                }
            }
        }
        for (var s = 0; s < squarings; s++)
            result = Multiply(result, result);
        return result;
    }

    private static Complex[,] Identity(int dim)
    {
        var m = new Complex[dim, dim];
        for (var i = 0; i < dim; i++)
            m[i, i] = 1;
        return m;
    }

    private static Complex[,] Multiply(Complex[,] a, Complex[,] b)
    {
        var dim = a.GetLength(0);
        var c = new Complex[dim, dim];
        for (var i = 0; i < dim; i++)
        {
            for (var k = 0; k < dim; k++)
            {
                var aik = a[i, k];
                if (aik == Complex.Zero)
                    continue;
                for (var j = 0; j < dim; j++)
                    c[i, j] += aik * b[k, j];
            }
        }
        return c;
    }
}
