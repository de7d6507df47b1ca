namespace QuantumDsl.Simulation.Matter.Inputs;

/// <summary>
/// The terminator: a resonant beam centred at <paramref name="PositionUm"/> (30 µm on the hardware) with a 1/e²
/// diameter of <paramref name="WidthUm"/> (20.7 µm), on between <paramref name="OnMs"/> and <paramref name="OffMs"/>.
/// Atoms that scatter its light are lost: it acts as a local loss rate equal to the photon scattering rate.
/// </summary>
public sealed record TerminatorPulse(
    double OnMs,
    double OffMs,
    double PositionUm = 30.0,
    double IntensityMwPerCm2 = 1.0,
    double DetuningMhz = 0.0,
    double WidthUm = 20.7);
