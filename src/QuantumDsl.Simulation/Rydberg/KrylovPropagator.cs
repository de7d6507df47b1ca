using System.Runtime.CompilerServices;
namespace QuantumDsl.Simulation.Rydberg;

/// <summary>
/// ψ ← exp(−iHτ)ψ for a constant Hermitian H by Lanczos: an orthonormal Krylov basis V_m of span{ψ, Hψ, …},
/// the tridiagonal T_m = V_m†HV_m, and ψ(τ) ≈ ‖ψ‖ V_m exp(−iT_mτ) e₁. The a-posteriori error estimate
/// β_m |[exp(−iT_mτ) e₁]_m| decides the Krylov dimension; if it stays above the tolerance at the maximum
/// dimension, τ is split. A diagonal H (no drive) is exponentiated exactly.
/// </summary>
internal sealed class KrylovPropagator
{
    public const int MaxDimension = 30;

    private readonly RydbergOperator _h;
    private readonly double _tolerance;
    private readonly List<StateVector> _basis = [];
    private StateVector? _scratch;
    private readonly double[] _alpha = new double[MaxDimension];
    private readonly double[] _beta = new double[MaxDimension];
    private readonly double[] _sigma = new double[MaxDimension + 1];
    private readonly double[] _d = new double[MaxDimension];
    private readonly double[] _e = new double[MaxDimension];
    private readonly double[] _yRe = new double[MaxDimension];
    private readonly double[] _yIm = new double[MaxDimension];
    private readonly double[][] _twoRows = [new double[MaxDimension], new double[MaxDimension]];

    public KrylovPropagator(RydbergOperator h, double tolerance)
    {
        _h = h;
        _tolerance = tolerance;
        _basis.Add(new StateVector(h.Dimension));
    }

    /// <summary>Matrix-vector products done so far (the cost measure).</summary>
    public long Products { get; private set; }

    /// <summary>The state being evolved (the first Krylov vector).</summary>
    public StateVector State => _basis[0];

    /// <summary>Evolves <see cref="State"/> by the current step of the operator for <paramref name="tau"/> µs.</summary>
    public void Evolve(double tau, CancellationToken cancellationToken)
    {
        if (_h.IsDiagonal)
        {
            EvolveDiagonal(tau);
            return;
        }
        var remaining = tau;
        while (remaining > 1e-15)
        {
            cancellationToken.ThrowIfCancellationRequested();
            remaining -= Step(remaining);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void EvolveDiagonal(double tau)
    {
        var psi = State;
        var h = _h;
        Chunks.For(psi.Length, (start, count) =>
        {
            for (var i = start; i < start + count; i++)
            {
                var (s, c) = Math.SinCos(-h.DiagonalAt(i) * tau);
                var (re, im) = (psi.Re[i], psi.Im[i]);
                psi.Re[i] = c * re - s * im;
                psi.Im[i] = c * im + s * re;
            }
        });
    }

    /// <summary>
    /// One Lanczos step of at most <paramref name="tau"/>; returns the time advanced. Basis vectors are stored
    /// unnormalised, v_j = σ_j·stored_j, so no separate scaling pass is needed.
    /// </summary>
    private double Step(double tau)
    {
        var norm = Math.Sqrt(Dot(_basis[0], _basis[0]));
        _sigma[0] = 1 / norm;
        var m = 0;
        var dt = tau;
        for (var j = 0; j < MaxDimension; j++)
        {
            var w = Vector(j + 1);
            var sj = _sigma[j];
            _alpha[j] = sj * sj * _h.Apply(_basis[j], w);
            Products++;
            var previous = j > 0 ? _basis[j - 1] : _basis[j];
            var betaPrev = j > 0 ? _beta[j - 1] : 0;
            var sPrev = j > 0 ? _sigma[j - 1] : 0;
            _beta[j] = Math.Sqrt(Orthogonalize(w, sj, _basis[j], _alpha[j] * sj, previous, betaPrev * sPrev));
            m = j + 1;
            var scale = Math.Abs(_alpha[j]) + _beta[j] + betaPrev;
            if (_beta[j] <= 1e-14 * Math.Max(scale, 1e-300))
                break; // invariant subspace: exact
            if (m >= 2 && ErrorEstimate(m, dt) <= _tolerance)
                break;
            if (m == MaxDimension)
            {
                while (ErrorEstimate(m, dt) > _tolerance && dt > tau * 1e-9)
                    dt *= 0.5;
                break;
            }
            _sigma[j + 1] = 1 / _beta[j];
        }
        Coefficients(m, dt, fullRows: true);
        for (var j = 0; j < m; j++)
        {
            _yRe[j] *= _sigma[j];
            _yIm[j] *= _sigma[j];
        }
        Combine(m, norm);
        return dt;
    }

    private StateVector Vector(int index)
    {
        while (_basis.Count <= index)
            _basis.Add(new StateVector(_h.Dimension));
        return _basis[index];
    }

    /// <summary>β_m |[exp(−iT_m dt) e₁]_{m−1}|.</summary>
    private double ErrorEstimate(int m, double dt)
    {
        Coefficients(m, dt, fullRows: false);
        return _beta[m - 1] * Math.Sqrt(_yRe[m - 1] * _yRe[m - 1] + _yIm[m - 1] * _yIm[m - 1]);
    }

    /// <summary>y = exp(−iT_m dt) e₁ = Z exp(−iΛ dt) Zᵀ e₁ (all rows, or only the last for the estimate).</summary>
    private void Coefficients(int m, double dt, bool fullRows)
    {
        Array.Copy(_alpha, _d, m);
        Array.Copy(_beta, _e, m);
        int[] rowIndex;
        double[][] rows;
        if (fullRows)
        {
            rowIndex = Enumerable.Range(0, m).ToArray();
            rows = rowIndex.Select(_ => new double[m]).ToArray();
        }
        else
        {
            rowIndex = m == 1 ? [0] : [0, m - 1];
            rows = m == 1 ? [_twoRows[0]] : _twoRows;
        }
        TridiagonalEigen.Decompose(_d, _e, m, rowIndex, rows);
        var first = rows[0];
        for (var r = 0; r < rowIndex.Length; r++)
        {
            double re = 0, im = 0;
            for (var k = 0; k < m; k++)
            {
                var (s, c) = Math.SinCos(-_d[k] * dt);
                var w = rows[r][k] * first[k];
                re += w * c;
                im += w * s;
            }
            _yRe[rowIndex[r]] = re;
            _yIm[rowIndex[r]] = im;
        }
    }

    /// <summary>ψ = norm · Σ_j y_j v_j, becoming v₀ (built in a scratch vector that then swaps with v₀).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Combine(int m, double norm)
    {
        var basis = _basis;
        var acc = _scratch ??= new StateVector(_h.Dimension);
        var (yRe, yIm) = (_yRe, _yIm);
        Chunks.For(acc.Length, (start, count) =>
        {
            var accRe = acc.Re.AsSpan(start, count);
            var accIm = acc.Im.AsSpan(start, count);
            accRe.Clear();
            accIm.Clear();
            for (var j = 0; j < m; j++)
            {
                VectorKernels.AddScaled(yRe[j] * norm, yIm[j] * norm,
                    basis[j].Re.AsSpan(start, count), basis[j].Im.AsSpan(start, count), accRe, accIm);
            }
        });
        _scratch = basis[0];
        basis[0] = acc;
    }

    private static double Dot(StateVector a, StateVector b) =>
        Chunks.Sum(a.Length, (s, n) => VectorKernels.DotRe(a.Re.AsSpan(s, n), a.Im.AsSpan(s, n), b.Re.AsSpan(s, n), b.Im.AsSpan(s, n)));

    private static double Orthogonalize(StateVector w, double gamma, StateVector v, double alpha, StateVector u, double beta) =>
        Chunks.Sum(w.Length, (s, n) => VectorKernels.Orthogonalize(
            w.Re.AsSpan(s, n), w.Im.AsSpan(s, n), gamma, v.Re.AsSpan(s, n), v.Im.AsSpan(s, n), alpha,
            u.Re.AsSpan(s, n), u.Im.AsSpan(s, n), beta));
}
