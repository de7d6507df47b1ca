using QuantumDsl.Simulation.Matter.Analysis;
using QuantumDsl.Simulation.Matter.Evaporation;
using QuantumDsl.Simulation.Matter.Imaging;

namespace QuantumDsl.Simulation.Matter;

/// <summary>
/// What the engine produced for one shot: the model's cloud after evaporation (the truth), the MOT image, and either
/// a <see cref="TimeOfFlightResult"/> or an in-trap OD image; <see cref="FinalLineDensity"/> is the condensate's
/// line density after the GPE evolution (null when the GPE was not run); <see cref="Absorption"/> holds the camera
/// frames the time-of-flight or in-trap OD image was measured from.
/// </summary>
public sealed record MatterShotResult(
    CloudState Cloud,
    OdImage MotImage,
    TimeOfFlightResult? TimeOfFlight,
    OdImage? InTrapImage,
    LineProfile? FinalLineDensity,
    AbsorptionFrames? Absorption = null);

/// <summary>
/// A time-of-flight measurement: the OD image, oqtant's bimodal fit of it, the temperature from the fit (nK) and the
/// central row and column of the image (the x and y slices).
/// </summary>
public sealed record TimeOfFlightResult(
    OdImage Image,
    BimodalFitResult Fit,
    double TemperatureNk,
    IReadOnlyList<double> XSlice,
    IReadOnlyList<double> YSlice);
