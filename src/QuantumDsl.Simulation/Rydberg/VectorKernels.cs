using System.Runtime.CompilerServices;
using System.Numerics;
using System.Runtime.InteropServices;

namespace QuantumDsl.Simulation.Rydberg;

/// <summary>SIMD loops (<see cref="Vector{T}"/> of doubles) over split real/imaginary spans.</summary>
internal static class VectorKernels
{
    /// <summary>o += c·p for complex c.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddScaled(double cRe, double cIm, ReadOnlySpan<double> pRe, ReadOnlySpan<double> pIm, Span<double> oRe, Span<double> oIm)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && pRe.Length >= Vector<double>.Count)
        {
            var vr = new Vector<double>(cRe);
            var vi = new Vector<double>(cIm);
            var pr = MemoryMarshal.Cast<double, Vector<double>>(pRe);
            var pi = MemoryMarshal.Cast<double, Vector<double>>(pIm);
            var or = MemoryMarshal.Cast<double, Vector<double>>(oRe);
            var oi = MemoryMarshal.Cast<double, Vector<double>>(oIm);
            for (var k = 0; k < pr.Length; k++)
            {
                or[k] += vr * pr[k] - vi * pi[k];
                oi[k] += vr * pi[k] + vi * pr[k];
            }
            i = pr.Length * Vector<double>.Count;
        }
        for (; i < pRe.Length; i++)
        {
            oRe[i] += cRe * pRe[i] - cIm * pIm[i];
            oIm[i] += cRe * pIm[i] + cIm * pRe[i];
        }
    }

    /// <summary>o = (diag + shift)·p element-wise (real diagonal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Diagonal(ReadOnlySpan<double> diag, ReadOnlySpan<double> extra, double shift,
        ReadOnlySpan<double> pRe, ReadOnlySpan<double> pIm, Span<double> oRe, Span<double> oIm)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && pRe.Length >= Vector<double>.Count)
        {
            var s = new Vector<double>(shift);
            var d = MemoryMarshal.Cast<double, Vector<double>>(diag);
            var x = MemoryMarshal.Cast<double, Vector<double>>(extra);
            var pr = MemoryMarshal.Cast<double, Vector<double>>(pRe);
            var pi = MemoryMarshal.Cast<double, Vector<double>>(pIm);
            var or = MemoryMarshal.Cast<double, Vector<double>>(oRe);
            var oi = MemoryMarshal.Cast<double, Vector<double>>(oIm);
            for (var k = 0; k < pr.Length; k++)
            {
                var h = d[k] + x[k] + s;
                or[k] = h * pr[k];
                oi[k] = h * pi[k];
            }
            i = pr.Length * Vector<double>.Count;
        }
        for (; i < pRe.Length; i++)
        {
            var h = diag[i] + extra[i] + shift;
            oRe[i] = h * pRe[i];
            oIm[i] = h * pIm[i];
        }
    }

    /// <summary>Re⟨a, b⟩ = Σ aRe·bRe + aIm·bIm.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double DotRe(ReadOnlySpan<double> aRe, ReadOnlySpan<double> aIm, ReadOnlySpan<double> bRe, ReadOnlySpan<double> bIm)
    {
        var i = 0;
        var acc = Vector<double>.Zero;
        if (Vector.IsHardwareAccelerated && aRe.Length >= Vector<double>.Count)
        {
            var ar = MemoryMarshal.Cast<double, Vector<double>>(aRe);
            var ai = MemoryMarshal.Cast<double, Vector<double>>(aIm);
            var br = MemoryMarshal.Cast<double, Vector<double>>(bRe);
            var bi = MemoryMarshal.Cast<double, Vector<double>>(bIm);
            for (var k = 0; k < ar.Length; k++)
                acc += ar[k] * br[k] + ai[k] * bi[k];
            i = ar.Length * Vector<double>.Count;
        }
        var sum = Vector.Sum(acc);
        for (; i < aRe.Length; i++)
            sum += aRe[i] * bRe[i] + aIm[i] * bIm[i];
        return sum;
    }

    /// <summary>w = γ·w − α·v − β·u (real γ, α, β); returns ‖w‖² afterwards.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Orthogonalize(Span<double> wRe, Span<double> wIm, double gamma, ReadOnlySpan<double> vRe, ReadOnlySpan<double> vIm,
        double alpha, ReadOnlySpan<double> uRe, ReadOnlySpan<double> uIm, double beta)
    {
        var i = 0;
        var acc = Vector<double>.Zero;
        if (Vector.IsHardwareAccelerated && wRe.Length >= Vector<double>.Count)
        {
            var g = new Vector<double>(gamma);
            var a = new Vector<double>(alpha);
            var b = new Vector<double>(beta);
            var wr = MemoryMarshal.Cast<double, Vector<double>>(wRe);
            var wi = MemoryMarshal.Cast<double, Vector<double>>(wIm);
            var vr = MemoryMarshal.Cast<double, Vector<double>>(vRe);
            var vi = MemoryMarshal.Cast<double, Vector<double>>(vIm);
            var ur = MemoryMarshal.Cast<double, Vector<double>>(uRe);
            var ui = MemoryMarshal.Cast<double, Vector<double>>(uIm);
            for (var k = 0; k < wr.Length; k++)
            {
                var r = g * wr[k] - a * vr[k] - b * ur[k];
                var m = g * wi[k] - a * vi[k] - b * ui[k];
                wr[k] = r;
                wi[k] = m;
                acc += r * r + m * m;
            }
            i = wr.Length * Vector<double>.Count;
        }
        var sum = Vector.Sum(acc);
        for (; i < wRe.Length; i++)
        {
            wRe[i] = gamma * wRe[i] - alpha * vRe[i] - beta * uRe[i];
            wIm[i] = gamma * wIm[i] - alpha * vIm[i] - beta * uIm[i];
            sum += wRe[i] * wRe[i] + wIm[i] * wIm[i];
        }
        return sum;
    }
}
