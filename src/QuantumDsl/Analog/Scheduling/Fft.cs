using System.Numerics;

namespace QuantumDsl.Analog;

/// <summary>Discrete Fourier transform of any length (radix-2, Bluestein for other lengths), as numpy's <c>fft</c>/<c>ifft</c>.</summary>
internal static class Fft
{
    public static Complex[] Forward(Complex[] x) => Transform(x, inverse: false);

    /// <summary>Inverse transform including the 1/n factor.</summary>
    public static Complex[] Inverse(Complex[] x)
    {
        var y = Transform(x, inverse: true);
        for (var i = 0; i < y.Length; i++)
        {
            y[i] /= y.Length;
        }

        return y;
    }

    private static Complex[] Transform(Complex[] x, bool inverse)
    {
        var n = x.Length;
        if (n == 0)
        {
            return [];
        }

        if ((n & (n - 1)) == 0)
        {
            var a = (Complex[])x.Clone();
            Radix2(a, inverse);
            return a;
        }

        return Bluestein(x, inverse);
    }

    private static void Radix2(Complex[] a, bool inverse)
    {
        var n = a.Length;
        for (int i = 1, j = 0; i < n; i++)
        {
            var bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (a[i], a[j]) = (a[j], a[i]);
            }
        }

        for (var len = 2; len <= n; len <<= 1)
        {
            var angle = 2 * Math.PI / len * (inverse ? 1 : -1);
            var half = len / 2;
            var twiddles = new Complex[half];
            for (var k = 0; k < half; k++)
            {
                twiddles[k] = Complex.FromPolarCoordinates(1, angle * k);
            }

            for (var i = 0; i < n; i += len)
            {
                for (var k = 0; k < half; k++)
                {
                    var u = a[i + k];
                    var v = a[i + k + half] * twiddles[k];
                    a[i + k] = u + v;
                    a[i + k + half] = u - v;
                }
            }
        }
    }

    private static Complex[] Bluestein(Complex[] x, bool inverse)
    {
        var n = x.Length;
        var m = 1;
        while (m < (2 * n) - 1)
        {
            m <<= 1;
        }

        var sign = inverse ? 1 : -1;
        var chirp = new Complex[n];
        for (var k = 0; k < n; k++)
        {
            // k² mod 2n keeps the angle accurate for long transforms.
            var k2 = (long)k * k % (2L * n);
            chirp[k] = Complex.FromPolarCoordinates(1, sign * Math.PI * k2 / n);
        }

        var a = new Complex[m];
        var b = new Complex[m];
        for (var k = 0; k < n; k++)
        {
            a[k] = x[k] * chirp[k];
        }

        b[0] = Complex.Conjugate(chirp[0]);
        for (var k = 1; k < n; k++)
        {
            b[k] = b[m - k] = Complex.Conjugate(chirp[k]);
        }

        Radix2(a, false);
        Radix2(b, false);
        for (var i = 0; i < m; i++)
        {
            a[i] *= b[i];
        }

        Radix2(a, true);
        var y = new Complex[n];
        for (var k = 0; k < n; k++)
        {
            y[k] = a[k] / m * chirp[k];
        }

        return y;
    }
}
