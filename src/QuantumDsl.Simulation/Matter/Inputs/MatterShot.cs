namespace QuantumDsl.Simulation.Matter.Inputs;

/// <summary>
/// Everything the matter engine needs for one shot (one Oqtant input), on physics primitives: the RF ramp,
/// the experiment length after t = 0, the optical potentials, the terminator and the imaging.
/// </summary>
public sealed record MatterShot(
    RfRamp Evaporation,
    double EndTimeMs = 0,
    ImagingMode Imaging = ImagingMode.TimeOfFlight,
    double TimeOfFlightMs = 12,
    IReadOnlyList<PaintedBarrier>? Barriers = null,
    PaintedLandscape? Landscape = null,
    TerminatorPulse? Terminator = null)
{
    /// <summary>True when the shot paints barriers or a landscape, or fires the terminator (the GPE is run).</summary>
    public bool HasOpticalPotential => Barriers is { Count: > 0 } || Landscape is not null || Terminator is not null;
}
