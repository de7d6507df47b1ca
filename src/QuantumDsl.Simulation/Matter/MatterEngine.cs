using System.Numerics;
using QuantumDsl.Simulation.Matter.Analysis;
using QuantumDsl.Simulation.Matter.Evaporation;
using QuantumDsl.Simulation.Matter.Gpe;
using QuantumDsl.Simulation.Matter.Imaging;
using QuantumDsl.Simulation.Matter.Inputs;
using QuantumDsl.Simulation.Matter.Physics;
using QuantumDsl.Simulation.Matter.Potentials;

namespace QuantumDsl.Simulation.Matter;

/// <summary>
/// Runs one Oqtant shot: evaporation model → cloud; then either ballistic expansion of the bimodal cloud (BEC jobs)
/// or the condensate's ground state in the experiment trap evolved with the painted potentials by the NPSE
/// split-step solver (barrier, landscape, terminator or in-trap jobs); then the OD image with photon shot noise, and
/// for time of flight oqtant's bimodal fit and temperature. Deterministic for a given seed.
/// </summary>
public sealed class MatterEngine(MatterEngineOptions? options = null)
{
    /// <summary>The settings.</summary>
    public MatterEngineOptions Options { get; } = options ?? MatterEngineOptions.Default;

    /// <summary>Runs several shots on all cores; shot i uses seed <paramref name="seed"/> + i.</summary>
    public IReadOnlyList<MatterShotResult> RunMany(IReadOnlyList<MatterShot> shots, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shots);
        var results = new MatterShotResult[shots.Count];
        Parallel.For(0, shots.Count, new ParallelOptions { CancellationToken = cancellationToken },
            i => results[i] = Run(shots[i], unchecked(seed + i), cancellationToken));
        return results;
    }

    /// <summary>Runs one shot.</summary>
    /// <exception cref="MatterRunException">The shot needs more GPE steps than <see cref="MatterEngineOptions.MaxEvolutionSteps"/>.</exception>
    public MatterShotResult Run(MatterShot shot, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shot);
        CheckBudget(shot);
        var random = new Random(seed);
        var cloud = Options.Evaporation.Evaporate(shot.Evaporation, shot.EndTimeMs, random);
        var mot = MotImager.Draw(cloud.MotAtomNumber, random);
        double jitterX = Options.PositionJitterUm * Gaussian.Next(random), jitterY = Options.PositionJitterUm * Gaussian.Next(random);

        if (!NeedsEvolution(shot))
        {
            var expanded = ExpandedCloud.AfterTimeOfFlight(cloud, shot.TimeOfFlightMs, jitterX, jitterY);
            var image = OdImage.Render(ImagingConstants.TofSize, ImagingConstants.TofSize, ImagingConstants.TofPixelUm,
                (x, y) => Rb87.CyclingCrossSectionUm2 * expanded.ColumnDensity(x, y));
            var (measured, frames) = Measure(image, shot.TimeOfFlightMs, cloud.Trap, random);
            return new MatterShotResult(cloud, mot, measured, null, null, frames);
        }

        var trap = Options.ExperimentTrap;
        var (condensate, finalPotentialKhz) = Evolve(shot, cloud.CondensedNumber, cancellationToken);
        var thermal = ThermalProfile(cloud, trap, condensate.XUm, finalPotentialKhz);
        if (shot.Imaging == ImagingMode.InTrap)
        {
            var image = new OdImage(ImagingConstants.InTrapRows, ImagingConstants.InTrapColumns, ImagingConstants.InTrapPixelUm,
                new double[ImagingConstants.InTrapRows * ImagingConstants.InTrapColumns]);
            const double odPerColumnDensity = Rb87.InTrapCrossSectionUm2 * Rb87.InTrapOdCalibration;
            condensate.AddTo(image, odPerColumnDensity, Options.InTrapResolutionUm);
            thermal?.AddTo(image, odPerColumnDensity, Options.InTrapResolutionUm);
            var inTrapFrames = AbsorptionNoise.Expose(image, random, Options.PhotonsPerPixel);
            return new MatterShotResult(cloud, mot, null, inTrapFrames.Od, condensate, inTrapFrames);
        }

        var (axial, radial) = CastinDum.ScaleFactors(trap.AxialHz, trap.RadialHz, shot.TimeOfFlightMs);
        var thermalCloud = ExpandedCloud.AfterTimeOfFlight(
            cloud with { AtomNumber = cloud.ThermalNumber, CondensedNumber = 0, Trap = trap }, shot.TimeOfFlightMs, jitterX, jitterY);
        var tof = OdImage.Render(ImagingConstants.TofSize, ImagingConstants.TofSize, ImagingConstants.TofPixelUm,
            (x, y) => Rb87.CyclingCrossSectionUm2 * thermalCloud.ColumnDensity(x, y));
        var expandedCondensate = condensate.Scaled(axial, radial);
        new LineProfile(expandedCondensate.XUm.Select(x => x + jitterX).ToArray(), expandedCondensate.Density, expandedCondensate.SigmaUm)
            .AddTo(tof, Rb87.CyclingCrossSectionUm2);
        var (tofResult, tofFrames) = Measure(tof, shot.TimeOfFlightMs, trap, random);
        return new MatterShotResult(cloud, mot, tofResult, null, condensate, tofFrames);
    }

    /// <summary>True when the shot runs the GPE (anything but a plain time-of-flight BEC shot).</summary>
    private static bool NeedsEvolution(MatterShot shot) => shot.Imaging != ImagingMode.TimeOfFlight || shot.HasOpticalPotential;

    private void CheckBudget(MatterShot shot)
    {
        if (Options.MaxEvolutionSteps is not { } max || !NeedsEvolution(shot)) return;
        var steps = (long)Math.Ceiling(shot.EndTimeMs / Options.TimeStepMs - 1e-9);
        if (steps > max)
            throw new MatterRunException(FormattableString.Invariant(
                $"end_time_ms {shot.EndTimeMs} needs {steps} GPE time steps of {Options.TimeStepMs} ms; this emulator runs at most {max} per run (its MatterMaxEvolutionSteps setting)"));
    }

    /// <summary>
    /// The condensate's line density after the experiment: NPSE ground state of <paramref name="atoms"/> atoms in the
    /// bare experiment trap, evolved from t = 0 to the end time in the painted potential; and V(x) at the end (kHz).
    /// </summary>
    internal (LineProfile Condensate, double[] FinalPotentialKhz) Evolve(MatterShot shot, double atoms, CancellationToken cancellationToken)
    {
        var trap = Options.ExperimentTrap;
        var grid = new Grid1D(Options.GridPoints, Options.GridLengthUm);
        var meanField = NonPolynomialSchrodinger.ForGuide(trap.RadialHz, Rb87.ScatteringLength * 1e6);
        var solver = new SplitStepSolver(grid, meanField);
        var potential = new ExperimentPotential(trap, grid.X, shot.Barriers, shot.Landscape, shot.Terminator);
        var harmonic = grid.X.Select(trap.AxialPotentialKhz).ToArray();
        var final = new double[grid.Count];
        potential.Potential(shot.EndTimeMs, final);
        Complex[] psi = new Complex[grid.Count];
        if (atoms > 0)
        {
            psi = solver.GroundState(harmonic, atoms, Options.GroundStateStepMs, Options.GroundStateTolerance, cancellationToken: cancellationToken);
            solver.Evolve(psi, new PaintedPotential(potential), 0, shot.EndTimeMs, Options.TimeStepMs, cancellationToken);
        }
        var radialLength = Math.Sqrt(Rb87.Hbar / (Rb87.Mass * trap.RadialAngular)) * 1e6;
        var density = psi.Select(c => c.Real * c.Real + c.Imaginary * c.Imaginary).ToArray();
        // NPSE transverse profile exp(−r²/σ⊥²): standard deviation σ⊥/√2.
        var sigma = density.Select(n => meanField.TransverseWidth(n, radialLength) / Math.Sqrt(2)).ToArray();
        return (new LineProfile(grid.X, density, sigma), final);
    }

    /// <summary>
    /// The thermal cloud in the final potential, in semiclassical equilibrium: n(x) ∝ exp(−V(x)/k_BT), transverse
    /// Gaussian σ = √(k_BT/mω⊥²); null without thermal atoms.
    /// </summary>
    private static LineProfile? ThermalProfile(CloudState cloud, Trap trap, double[] xUm, double[] potentialKhz)
    {
        if (cloud.ThermalNumber <= 0 || cloud.Temperature <= 0) return null;
        var kT = Rb87.Boltzmann * cloud.Temperature;
        var weights = potentialKhz.Select(v => Math.Exp(-Rb87.Planck * v * 1e3 / kT)).ToArray();
        var norm = weights.Sum() * (xUm[1] - xUm[0]);
        var sigma = Math.Sqrt(kT / Rb87.Mass) / trap.RadialAngular * 1e6;
        return new LineProfile(xUm, weights.Select(w => cloud.ThermalNumber * w / norm).ToArray(), xUm.Select(_ => sigma).ToArray());
    }

    private (TimeOfFlightResult Result, AbsorptionFrames Frames) Measure(OdImage image, double timeOfFlightMs, Trap trap, Random random)
    {
        var frames = AbsorptionNoise.Expose(image, random, Options.PhotonsPerPixel);
        var noisy = frames.Od;
        var fit = BimodalFit.Fit(noisy);
        var temperature = TofThermometry.TemperatureNk(fit.Parameters, noisy.PixelSizeUm, timeOfFlightMs, trap.AxialHz, trap.RadialHz);
        var row = noisy.CentreRow;
        var column = noisy.CentreColumn;
        var xSlice = Enumerable.Range(0, noisy.Columns).Select(c => noisy[row, c]).ToArray();
        var ySlice = Enumerable.Range(0, noisy.Rows).Select(r => noisy[r, column]).ToArray();
        return (new TimeOfFlightResult(noisy, fit, temperature, xSlice, ySlice), frames);
    }
}
