using System.Numerics;
using QuantumDsl.Simulation.Matter;
using QuantumDsl.Simulation.Matter.Gpe;
using QuantumDsl.Simulation.Matter.Inputs;
using QuantumDsl.Simulation.Matter.Potentials;

namespace QuantumDsl.Simulation.Tests.Matter;

public sealed class GrossPitaevskiiTests
{
    private const double ScatteringLengthUm = 5.238e-3; // 98.98 a0
    private static readonly Grid1D Grid = new(1024, 204.8);

    private static double[] Harmonic(double axialHz) => Grid.X.Select(new Trap(axialHz, 400).AxialPotentialKhz).ToArray();

    private static double MeanSquare(Complex[] psi)
    {
        double num = 0, den = 0;
        for (var i = 0; i < psi.Length; i++)
        {
            var rho = psi[i].Magnitude * psi[i].Magnitude;
            num += Grid.X[i] * Grid.X[i] * rho;
            den += rho;
        }
        return num / den;
    }

    [Fact]
    public void Imaginary_time_ground_state_of_the_1D_GPE_has_the_Thomas_Fermi_radius()
    {
        // 1D TF in ½mω²x² with g = 2ħω⊥a: μ^{3/2} = 3gNω/(8√K) (K = ħ/2m), R = 2√(Kμ)/ω, <x²> = R²/5.
        const double atoms = 2e4;
        var mean = OneDimensionalGpe.ForGuide(400, ScatteringLengthUm);
        var solver = new SplitStepSolver(Grid, mean);
        var omega = 2 * Math.PI * 50 * 1e-3;
        var k = SplitStepSolver.KineticCoefficient;
        var mu = Math.Pow(3 * mean.Coupling * atoms * omega / (8 * Math.Sqrt(k)), 2.0 / 3);
        var radius = 2 * Math.Sqrt(k * mu) / omega;

        var psi = solver.GroundState(Harmonic(50), atoms);

        Assert.Equal(atoms, solver.Norm(psi), 6);
        var rmsRadius = Math.Sqrt(5 * MeanSquare(psi));
        Assert.InRange(rmsRadius / radius, 0.98, 1.02);
        Assert.InRange(solver.Energy(psi, Harmonic(50)).ChemicalPotential / mu, 0.98, 1.02);
    }

    [Fact]
    public void Imaginary_time_ground_state_of_the_NPSE_has_the_Thomas_Fermi_size_of_its_transverse_law()
    {
        // TF limit of the NPSE: μ(n(x)) = μ − V(x) with the closed-form inverse; R² = 4Kμ/ω² (edge where V = μ).
        const double atoms = 1e4;
        var mean = NonPolynomialSchrodinger.ForGuide(400, ScatteringLengthUm);
        var solver = new SplitStepSolver(Grid, mean);
        var v = Harmonic(50);
        var psi = solver.GroundState(v, atoms);

        var (mu, tf) = solver.ThomasFermi(v, atoms);
        var omega = 2 * Math.PI * 50 * 1e-3;
        var edge = 2 * Math.Sqrt(SplitStepSolver.KineticCoefficient * mu) / omega;
        var tfEdge = Grid.X.Where((x, i) => tf[i].Magnitude > 0).Max();
        Assert.InRange(tfEdge, edge - Grid.Dx, edge + Grid.Dx);
        Assert.InRange(Math.Sqrt(MeanSquare(psi) / MeanSquare(tf)), 0.98, 1.02);
        Assert.InRange(mean.ChemicalPotential(mean.Density(3.7)), 3.7 - 1e-12, 3.7 + 1e-12);
    }

    [Fact]
    public void Real_time_evolution_with_moving_barriers_conserves_the_norm()
    {
        const double atoms = 1e4;
        var solver = new SplitStepSolver(Grid, NonPolynomialSchrodinger.ForGuide(400, ScatteringLengthUm));
        var psi = solver.GroundState(Harmonic(50), atoms);
        var barrier = new PaintedBarrier([0, 5, 10], [-10, 0, 10], [0, 40, 10], [1, 2, 1], BarrierShape.Gaussian);
        var potential = new PaintedPotential(new ExperimentPotential(Trap.Oqtant, Grid.X, [barrier], null, null));

        solver.Evolve(psi, potential, 0, 10, 0.002);

        Assert.InRange(Math.Abs(solver.Norm(psi) / atoms - 1), 0, 1e-9);
    }

    [Fact]
    public void Real_time_evolution_in_a_static_potential_conserves_the_energy()
    {
        // A ground state displaced by 5 µm sloshes in the trap: a non-stationary state with kinetic, potential and
        // interaction energy exchanging.
        const double atoms = 1e4;
        var solver = new SplitStepSolver(Grid, NonPolynomialSchrodinger.ForGuide(400, ScatteringLengthUm));
        var v = Harmonic(50);
        var ground = solver.GroundState(v, atoms);
        var shift = (int)Math.Round(5 / Grid.Dx);
        var psi = ground.Select((_, i) => ground[(i - shift + ground.Length) % ground.Length]).ToArray();
        var before = solver.Energy(psi, v).Energy;

        solver.Evolve(psi, new StaticPotential(v), 0, 10, 0.002);

        var after = solver.Energy(psi, v).Energy;
        Assert.InRange(Math.Abs(after / before - 1), 0, 1e-6);
    }
}

public sealed class TimeStepConvergenceTests
{
    [Fact]
    public void Default_time_step_agrees_with_a_five_times_smaller_one_on_the_barrier_fixture()
    {
        // oqtant's BARRIER fixture potentials (barriers at ±10 µm ramping to 25 and 40 kHz in 10 ms, OFF), 12 ms.
        var left = new PaintedBarrier(Enumerable.Range(0, 11).Select(t => (double)t).ToArray(), Enumerable.Repeat(-10.0, 11).ToArray(),
            Enumerable.Range(0, 11).Select(t => 2.5 * t).ToArray(), Enumerable.Repeat(1.0, 11).ToArray(), BarrierShape.Gaussian, InterpolationKind.Zero);
        var right = new PaintedBarrier(Enumerable.Range(0, 11).Select(t => (double)t).ToArray(), Enumerable.Repeat(10.0, 11).ToArray(),
            Enumerable.Range(0, 11).Select(t => 4.0 * t).ToArray(), Enumerable.Repeat(1.0, 11).ToArray(), BarrierShape.Gaussian, InterpolationKind.Zero);
        var shot = new MatterShot(new RfRamp([-1000, 0], [10, 0.03], [500, 500]), 12, ImagingMode.InTrap, Barriers: [left, right]);

        var coarse = new MatterEngine().Evolve(shot, 5000, CancellationToken.None).Condensate.Density;
        var fine = new MatterEngine(new MatterEngineOptions { TimeStepMs = 0.001 }).Evolve(shot, 5000, CancellationToken.None).Condensate.Density;

        var difference = coarse.Zip(fine, (a, b) => Math.Abs(a - b)).Sum() / fine.Sum();
        Assert.True(difference < 0.01, $"L1 difference {difference}");
    }
}
