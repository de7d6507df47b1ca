using System.Numerics;
using QuantumDsl.Simulation.Matter.Physics;

namespace QuantumDsl.Simulation.Matter.Gpe;

/// <summary>
/// Second-order (Strang) split-step Fourier solver of iħ∂ψ/∂t = [−ħ²/2m ∂²ₓ + V(x,t) + μ(|ψ|²) − iħΓ(x,t)/2]ψ on a
/// periodic grid, ∫|ψ|²dx = N (atoms). Units: x in µm, t in ms, V in kHz. Without loss each sub-step is unitary
/// (the nonlinear phase only depends on |ψ|², which the potential sub-step keeps), so the norm is conserved to
/// rounding. Imaginary time (t → −iτ, renormalised every step) gives the ground state.
/// </summary>
public sealed class SplitStepSolver
{
    /// <summary>ħ/2m of <sup>87</sup>Rb in µm²/ms.</summary>
    public static readonly double KineticCoefficient = Rb87.Hbar / (2 * Rb87.Mass) * 1e9;

    private const double KhzToRadPerMs = 2 * Math.PI;
    private readonly Grid1D _grid;
    private readonly MeanField _meanField;
    private readonly FftPlan _fft;

    /// <summary>Creates a solver on <paramref name="grid"/> with the interaction <paramref name="meanField"/>.</summary>
    public SplitStepSolver(Grid1D grid, MeanField meanField)
    {
        _grid = grid ?? throw new ArgumentNullException(nameof(grid));
        _meanField = meanField ?? throw new ArgumentNullException(nameof(meanField));
        _fft = new FftPlan(grid.Count);
    }

    /// <summary>The grid.</summary>
    public Grid1D Grid => _grid;

    /// <summary>The interaction.</summary>
    public MeanField MeanField => _meanField;

    /// <summary>∫|ψ|²dx.</summary>
    public double Norm(ReadOnlySpan<Complex> psi)
    {
        double sum = 0;
        foreach (var c in psi) sum += c.Real * c.Real + c.Imaginary * c.Imaginary;
        return sum * _grid.Dx;
    }

    /// <summary>The Thomas–Fermi state in <paramref name="potentialKhz"/> holding <paramref name="atomNumber"/> atoms: μ (rad/ms) and √n.</summary>
    public (double ChemicalPotential, Complex[] Psi) ThomasFermi(ReadOnlySpan<double> potentialKhz, double atomNumber)
    {
        var v = potentialKhz.ToArray();
        double Atoms(double mu) => v.Sum(vk => _meanField.Density(mu - KhzToRadPerMs * vk)) * _grid.Dx;
        double lo = KhzToRadPerMs * v.Min(), hi = lo + 1;
        while (Atoms(hi) < atomNumber) hi = lo + 2 * (hi - lo);
        for (var i = 0; i < 200 && hi - lo > 1e-14 * Math.Abs(hi); i++)
        {
            var mid = 0.5 * (lo + hi);
            if (Atoms(mid) < atomNumber) lo = mid; else hi = mid;
        }
        var mu0 = 0.5 * (lo + hi);
        return (mu0, v.Select(vk => new Complex(Math.Sqrt(_meanField.Density(mu0 - KhzToRadPerMs * vk)), 0)).ToArray());
    }

    /// <summary>
    /// Energy per ħ (rad/ms) E = ∫[ħ²/2m|∂ψ|² + V|ψ|² + e(|ψ|²)]dx, kinetic part spectral, and the chemical
    /// potential μ = ∫[ħ²/2m|∂ψ|² + V|ψ|² + μ(|ψ|²)|ψ|²]dx / N.
    /// </summary>
    public (double Energy, double ChemicalPotential) Energy(ReadOnlySpan<Complex> psi, ReadOnlySpan<double> potentialKhz)
    {
        var n = _grid.Count;
        var spectrum = psi.ToArray();
        _fft.Forward(spectrum);
        double kinetic = 0;
        for (var i = 0; i < n; i++)
            kinetic += KineticCoefficient * _grid.K[i] * _grid.K[i] * (spectrum[i].Real * spectrum[i].Real + spectrum[i].Imaginary * spectrum[i].Imaginary);
        kinetic *= _grid.Dx / n;
        double potential = 0, interaction = 0, local = 0, norm = 0;
        for (var i = 0; i < n; i++)
        {
            var rho = psi[i].Real * psi[i].Real + psi[i].Imaginary * psi[i].Imaginary;
            potential += KhzToRadPerMs * potentialKhz[i] * rho;
            interaction += _meanField.EnergyDensity(rho);
            local += _meanField.ChemicalPotential(rho) * rho;
            norm += rho;
        }
        potential *= _grid.Dx;
        interaction *= _grid.Dx;
        local *= _grid.Dx;
        norm *= _grid.Dx;
        return (kinetic + potential + interaction, norm > 0 ? (kinetic + potential + local) / norm : 0);
    }

    /// <summary>
    /// Ground state of <paramref name="atomNumber"/> atoms in <paramref name="potentialKhz"/> by imaginary-time
    /// propagation from the Thomas–Fermi profile, with step <paramref name="stepMs"/>, until the chemical potential
    /// changes by less than <paramref name="tolerance"/> (relative) over 100 steps.
    /// </summary>
    public Complex[] GroundState(ReadOnlySpan<double> potentialKhz, double atomNumber, double stepMs = 0.002, double tolerance = 1e-10, int maxSteps = 200_000, CancellationToken cancellationToken = default)
    {
        var psi = ThomasFermi(potentialKhz, atomNumber).Psi;
        if (atomNumber <= 0) return psi;
        var v = potentialKhz.ToArray();
        var kinetic = _grid.K.Select(k => Math.Exp(-KineticCoefficient * k * k * stepMs)).ToArray();
        var previous = double.NaN;
        for (var step = 1; step <= maxSteps; step++)
        {
            HalfStepImaginary(psi, v, stepMs);
            _fft.Forward(psi);
            for (var i = 0; i < psi.Length; i++) psi[i] *= kinetic[i];
            _fft.Inverse(psi);
            HalfStepImaginary(psi, v, stepMs);
            var scale = Math.Sqrt(atomNumber / Norm(psi));
            for (var i = 0; i < psi.Length; i++) psi[i] *= scale;
            if (step % 100 != 0) continue;
            cancellationToken.ThrowIfCancellationRequested();
            var mu = Energy(psi, v).ChemicalPotential;
            if (Math.Abs(mu - previous) <= tolerance * Math.Abs(mu)) break;
            previous = mu;
        }
        return psi;
    }

    /// <summary>
    /// Evolves <paramref name="psi"/> in place in real time from <paramref name="startMs"/> to <paramref name="endMs"/>
    /// with steps of at most <paramref name="stepMs"/>; V and Γ are read at each sub-step's time (frame by frame).
    /// </summary>
    public void Evolve(Complex[] psi, ITimeDependentPotential potential, double startMs, double endMs, double stepMs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(psi);
        ArgumentNullException.ThrowIfNull(potential);
        if (endMs <= startMs) return;
        var steps = (int)Math.Ceiling((endMs - startMs) / stepMs - 1e-9);
        var dt = (endMs - startMs) / steps;
        var n = _grid.Count;
        var kinetic = new Complex[n];
        for (var i = 0; i < n; i++)
        {
            var phase = -KineticCoefficient * _grid.K[i] * _grid.K[i] * dt;
            kinetic[i] = new Complex(Math.Cos(phase), Math.Sin(phase));
        }
        var v = new double[n];
        var loss = new double[n];
        var hasLoss = false;
        long frame = long.MinValue;
        void Refresh(double t)
        {
            var f = potential.Frame(t);
            if (f == frame) return;
            frame = f;
            potential.Potential(t, v);
            hasLoss = potential.LossRate(t, loss);
        }
        // Strang splitting with the potential half-steps of consecutive steps fused: both read V at the same time
        // and the nonlinear phase only depends on |ψ|², which the first of them leaves unchanged.
        Refresh(startMs);
        PotentialStep(psi, v, hasLoss ? loss : null, 0.5 * dt);
        for (var s = 0; s < steps; s++)
        {
            if ((s & 255) == 0) cancellationToken.ThrowIfCancellationRequested();
            _fft.Forward(psi);
            for (var i = 0; i < n; i++) psi[i] *= kinetic[i];
            _fft.Inverse(psi);
            Refresh(startMs + (s + 1) * dt);
            PotentialStep(psi, v, hasLoss ? loss : null, s == steps - 1 ? 0.5 * dt : dt);
        }
    }

    /// <summary>ψ ← exp(−i[V + μ(|ψ|²)]τ − Γτ/2)ψ.</summary>
    private void PotentialStep(Complex[] psi, double[] potentialKhz, double[]? loss, double tau)
    {
        for (var i = 0; i < psi.Length; i++)
        {
            var c = psi[i];
            var rho = c.Real * c.Real + c.Imaginary * c.Imaginary;
            var phase = -(KhzToRadPerMs * potentialKhz[i] + _meanField.ChemicalPotential(rho)) * tau;
            var (sin, cos) = Math.SinCos(phase);
            var amplitude = loss is null ? 1 : Math.Exp(-0.5 * loss[i] * tau);
            psi[i] = new Complex(amplitude * (c.Real * cos - c.Imaginary * sin), amplitude * (c.Real * sin + c.Imaginary * cos));
        }
    }

    private void HalfStepImaginary(Complex[] psi, double[] potentialKhz, double dt)
    {
        for (var i = 0; i < psi.Length; i++)
        {
            var c = psi[i];
            var rho = c.Real * c.Real + c.Imaginary * c.Imaginary;
            psi[i] = c * Math.Exp(-(KhzToRadPerMs * potentialKhz[i] + _meanField.ChemicalPotential(rho)) * 0.5 * dt);
        }
    }
}
