using QuantumDsl.Simulation.Matter.Evaporation;
using QuantumDsl.Simulation.Matter.Imaging;
using QuantumDsl.Simulation.Matter.Potentials;

namespace QuantumDsl.Simulation.Matter;

/// <summary>Model and numerical settings of <see cref="MatterEngine"/>; the defaults are the ones documented in docs/emulator.md.</summary>
public sealed record MatterEngineOptions
{
    /// <summary>The evaporation model (RF ramp → temperature and atom numbers).</summary>
    public EvaporationModel Evaporation { get; init; } = EvaporationModel.Default;

    /// <summary>The trap in which barriers and landscapes act (50 Hz × 400 Hz).</summary>
    public Trap ExperimentTrap { get; init; } = Trap.Oqtant;

    /// <summary>GPE grid points (power of two).</summary>
    public int GridPoints { get; init; } = 1024;

    /// <summary>GPE grid length (µm); covers the 173 µm in-trap field of view.</summary>
    public double GridLengthUm { get; init; } = 204.8;

    /// <summary>Real-time step (ms).</summary>
    public double TimeStepMs { get; init; } = 0.005;

    /// <summary>Imaginary-time step for the ground state (ms).</summary>
    public double GroundStateStepMs { get; init; } = 0.01;

    /// <summary>Relative change of μ over 100 imaginary-time steps at which the ground state counts as converged.</summary>
    public double GroundStateTolerance { get; init; } = 1e-8;

    /// <summary>Reference photons per pixel of the absorption images (sets the OD noise).</summary>
    public double PhotonsPerPixel { get; init; } = AbsorptionNoise.DefaultPhotonsPerPixel;

    /// <summary>Standard deviation of the shot-to-shot cloud position in time-of-flight images (µm).</summary>
    public double PositionJitterUm { get; init; } = 2;

    /// <summary>
    /// Standard deviation of the in-trap imaging point-spread function (µm): 1.75 µm, from the 12-pixel (4.1 µm)
    /// transverse FWHM of a hardware in-trap image, far wider than the condensate's own ≈ 0.6 µm.
    /// </summary>
    public double InTrapResolutionUm { get; init; } = 1.75;

    /// <summary>
    /// The most real-time GPE steps one shot may take (end_time_ms / <see cref="TimeStepMs"/>), or null for no limit
    /// (the default: the longest valid input, 200 ms, takes 40,000). A shot that needs more fails with a
    /// <see cref="MatterRunException"/> before any work is done; an emulator can set it to bound the CPU one run uses.
    /// </summary>
    public int? MaxEvolutionSteps { get; init; }

    /// <summary>The default options.</summary>
    public static MatterEngineOptions Default { get; } = new();
}
