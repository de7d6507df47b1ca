using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
namespace QuantumDsl.Simulation.Rydberg;

/// <summary>
/// H/ħ = Σ_q (Ω_q/2)(e^{−iφ_q}|g⟩⟨r| + h.c.) − Σ_q δ_q n_q + Σ_{q&lt;p} C6/R⁶ n_q n_p on 2^N amplitudes.
/// Atom q is bit N−1−q of the basis index (so the index written in binary is the bitstring, '1' = Rydberg).
/// The diagonal (interaction vector, precomputed once; detuning from two small tables) and the drive
/// (a bit flip per atom) are applied in one cache-blocked pass: flips on low bits stay inside a block,
/// flips on high bits pair whole blocks; blocks run in parallel.
/// </summary>
internal sealed class RydbergOperator
{
    private const int MaxBlockBits = 14;

    private readonly int _blockBits;
    private readonly double[] _coefRe;
    private readonly double[] _coefIm;
    private readonly double[] _detLow;
    private readonly double[] _detHigh;

    public RydbergOperator(double[][] positions, double c6)
    {
        AtomCount = positions.Length;
        Dimension = 1 << AtomCount;
        _blockBits = Math.Min(AtomCount, MaxBlockBits);
        Interaction = InteractionDiagonal(positions, c6);
        _coefRe = new double[AtomCount];
        _coefIm = new double[AtomCount];
        _detLow = new double[1 << _blockBits];
        _detHigh = new double[Dimension >> _blockBits];
    }

    public int AtomCount { get; }

    public int Dimension { get; }

    /// <summary>Σ C6/R⁶ n_q n_p for every basis state (rad/µs).</summary>
    public double[] Interaction { get; }

    /// <summary>True when the current step has no drive (the Hamiltonian is diagonal).</summary>
    public bool IsDiagonal { get; private set; }

    /// <summary>Loads the drive and detuning of one step.</summary>
    public void SetStep(HamiltonianStep step)
    {
        for (var q = 0; q < AtomCount; q++)
        {
            var bit = AtomCount - 1 - q;
            // out[g] += (Ω/2)e^{−iφ} v[r]; drive = Ω e^{iφ}.
            _coefRe[bit] = step.DriveRe[q] / 2;
            _coefIm[bit] = -step.DriveIm[q] / 2;
        }
        IsDiagonal = !step.HasDrive;
        FillDetuning(step.Detuning, _detLow, 0);
        FillDetuning(step.Detuning, _detHigh, _blockBits);
    }

    /// <summary>Diagonal of H at index i (rad/µs).</summary>
    public double DiagonalAt(int i) =>
        Interaction[i] + _detLow[i & ((1 << _blockBits) - 1)] + _detHigh[i >> _blockBits];

    private void FillDetuning(double[] detuning, double[] table, int firstBit)
    {
        for (var j = 0; j < table.Length; j++)
        {
            var sum = 0.0;
            for (var b = 0; b < AtomCount - firstBit && b < 31; b++)
            {
                if ((j >> b & 1) != 0)
                    sum -= detuning[AtomCount - 1 - (b + firstBit)];
            }
            table[j] = sum;
        }
    }

    /// <summary>dst = H·src; returns Re⟨src, dst⟩ (computed while each block is in cache; summed in block order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double Apply(StateVector src, StateVector dst)
    {
        var blockSize = 1 << _blockBits;
        var blocks = Dimension >> _blockBits;
        var partial = new double[blocks];
        if (Dimension < Chunks.ParallelThreshold)
        {
            for (var b = 0; b < blocks; b++)
                partial[b] = ApplyBlock(src, dst, b, blockSize);
        }
        else
        {
            Parallel.For(0, blocks, b => partial[b] = ApplyBlock(src, dst, b, blockSize));
        }
        var sum = 0.0;
        foreach (var p in partial)
            sum += p;
        return sum;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private double ApplyBlock(StateVector src, StateVector dst, int block, int blockSize)
    {
        var start = block * blockSize;
        var sRe = src.Re.AsSpan(start, blockSize);
        var sIm = src.Im.AsSpan(start, blockSize);
        var dRe = dst.Re.AsSpan(start, blockSize);
        var dIm = dst.Im.AsSpan(start, blockSize);
        VectorKernels.Diagonal(Interaction.AsSpan(start, blockSize), _detLow, _detHigh[block], sRe, sIm, dRe, dIm);
        if (IsDiagonal)
            return VectorKernels.DotRe(sRe, sIm, dRe, dIm);
        for (var bit = 0; bit < _blockBits; bit++)
        {
            var (cr, ci) = (_coefRe[bit], _coefIm[bit]);
            var stride = 1 << bit;
            if (stride >= Vector<double>.Count && bit + 1 < _blockBits && (cr != 0 || ci != 0) && (_coefRe[bit + 1] != 0 || _coefIm[bit + 1] != 0))
            {
                // Two bits per pass: half the loads and stores per flip.
                FlipPairVectorized(cr, ci, _coefRe[bit + 1], _coefIm[bit + 1], stride / Vector<double>.Count, sRe, sIm, dRe, dIm);
                bit++;
                continue;
            }
            if (cr == 0 && ci == 0)
                continue;
            if (stride >= Vector<double>.Count)
                FlipVectorized(cr, ci, stride / Vector<double>.Count, sRe, sIm, dRe, dIm);
            else
                FlipScalar(cr, ci, stride, sRe, sIm, dRe, dIm);
        }
        for (var bit = _blockBits; bit < AtomCount; bit++)
        {
            var (cr, ci) = (_coefRe[bit], _coefIm[bit]);
            if (cr == 0 && ci == 0)
                continue;
            var partner = start ^ (1 << bit);
            if ((start & (1 << bit)) != 0)
                ci = -ci;
            VectorKernels.AddScaled(cr, ci, src.Re.AsSpan(partner, blockSize), src.Im.AsSpan(partner, blockSize), dRe, dIm);
        }
        return VectorKernels.DotRe(sRe, sIm, dRe, dIm);
    }

    /// <summary>Bit flip on a low bit whose stride is a whole number of SIMD vectors: d[g] += c·s[r], d[r] += c̄·s[g].</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FlipVectorized(double cr, double ci, int strideVectors, ReadOnlySpan<double> sRe, ReadOnlySpan<double> sIm, Span<double> dRe, Span<double> dIm)
    {
        var vsRe = MemoryMarshal.Cast<double, Vector<double>>(sRe);
        var vsIm = MemoryMarshal.Cast<double, Vector<double>>(sIm);
        var vdRe = MemoryMarshal.Cast<double, Vector<double>>(dRe);
        var vdIm = MemoryMarshal.Cast<double, Vector<double>>(dIm);
        var r = new Vector<double>(cr);
        var i = new Vector<double>(ci);
        for (var j0 = 0; j0 < vsRe.Length; j0 += 2 * strideVectors)
        {
            for (var a = j0; a < j0 + strideVectors; a++)
            {
                var b = a + strideVectors;
                var (gr, gi, er, ei) = (vsRe[a], vsIm[a], vsRe[b], vsIm[b]);
                vdRe[a] += r * er - i * ei;
                vdIm[a] += r * ei + i * er;
                vdRe[b] += r * gr + i * gi;
                vdIm[b] += r * gi - i * gr;
            }
        }
    }

    /// <summary>
    /// Flips on two adjacent low bits p, p+1 (stride s, 2s vectors) in one pass over quadruples a, a+s, a+2s, a+3s
    /// (bits 00, 01, 10, 11): each amplitude gets c·(partner with the bit set) or c̄·(partner with the bit clear).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FlipPairVectorized(double c1r, double c1i, double c2r, double c2i, int s,
        ReadOnlySpan<double> sRe, ReadOnlySpan<double> sIm, Span<double> dRe, Span<double> dIm)
    {
        var vsRe = MemoryMarshal.Cast<double, Vector<double>>(sRe);
        var vsIm = MemoryMarshal.Cast<double, Vector<double>>(sIm);
        var vdRe = MemoryMarshal.Cast<double, Vector<double>>(dRe);
        var vdIm = MemoryMarshal.Cast<double, Vector<double>>(dIm);
        var (ar, ai, br, bi) = (new Vector<double>(c1r), new Vector<double>(c1i), new Vector<double>(c2r), new Vector<double>(c2i));
        for (var j0 = 0; j0 < vsRe.Length; j0 += 4 * s)
        {
            for (var a = j0; a < j0 + s; a++)
            {
                int b = a + s, c = a + 2 * s, d = a + 3 * s;
                var (r00, i00, r01, i01) = (vsRe[a], vsIm[a], vsRe[b], vsIm[b]);
                var (r10, i10, r11, i11) = (vsRe[c], vsIm[c], vsRe[d], vsIm[d]);
                // 00 <- c1·01 + c2·10
                vdRe[a] += ar * r01 - ai * i01 + br * r10 - bi * i10;
                vdIm[a] += ar * i01 + ai * r01 + br * i10 + bi * r10;
                // 01 <- c̄1·00 + c2·11
                vdRe[b] += ar * r00 + ai * i00 + br * r11 - bi * i11;
                vdIm[b] += ar * i00 - ai * r00 + br * i11 + bi * r11;
                // 10 <- c1·11 + c̄2·00
                vdRe[c] += ar * r11 - ai * i11 + br * r00 + bi * i00;
                vdIm[c] += ar * i11 + ai * r11 + br * i00 - bi * r00;
                // 11 <- c̄1·10 + c̄2·01
                vdRe[d] += ar * r10 + ai * i10 + br * r01 + bi * i01;
                vdIm[d] += ar * i10 - ai * r10 + br * i01 - bi * r01;
            }
        }
    }

    /// <summary>Bit flip on a bit with a stride shorter than a SIMD vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FlipScalar(double cr, double ci, int stride, ReadOnlySpan<double> sRe, ReadOnlySpan<double> sIm, Span<double> dRe, Span<double> dIm)
    {
        for (var j0 = 0; j0 < sRe.Length; j0 += 2 * stride)
        {
            for (var a = j0; a < j0 + stride; a++)
            {
                var b = a + stride;
                var (gr, gi, er, ei) = (sRe[a], sIm[a], sRe[b], sIm[b]);
                dRe[a] += cr * er - ci * ei;
                dIm[a] += cr * ei + ci * er;
                dRe[b] += cr * gr + ci * gi;
                dIm[b] += cr * gi - ci * gr;
            }
        }
    }

    private static double[] InteractionDiagonal(double[][] positions, double c6)
    {
        var n = positions.Length;
        // u[b1, b2]: interaction between the atoms on bits b1 and b2.
        var u = new double[n, n];
        for (var q = 0; q < n; q++)
        {
            for (var p = q + 1; p < n; p++)
            {
                var dx = positions[q][0] - positions[p][0];
                var dy = positions[q][1] - positions[p][1];
                var dz = positions[q][2] - positions[p][2];
                var r2 = dx * dx + dy * dy + dz * dz;
                if (r2 == 0)
                    throw new ExperimentValidationException([Violation.Rule("register", $"atoms {q} and {p}", "are at the same position")]);
                var v = c6 / (r2 * r2 * r2);
                u[n - 1 - q, n - 1 - p] = u[n - 1 - p, n - 1 - q] = v;
            }
        }
        var dim = 1 << n;
        var diag = new double[dim];
        // diag[i] = diag[i without its top bit t] + Σ_{bits b of the rest} u[t, b].
        for (var i = 1; i < dim; i++)
        {
            var top = 31 - System.Numerics.BitOperations.LeadingZeroCount((uint)i);
            var rest = i & ~(1 << top);
            var sum = diag[rest];
            for (var r = rest; r != 0; r &= r - 1)
                sum += u[top, System.Numerics.BitOperations.TrailingZeroCount(r)];
            diag[i] = sum;
        }
        return diag;
    }
}
