using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>
/// The physics of one Oqtant input (<c>values</c>): experiment length, imaging, RF ramp and the optional painted
/// potentials and terminator. Properties are in the service's wire order; null lists are written as null.
/// </summary>
public sealed record InputValues
{
    /// <summary>Length of the experiment stage in ms, 0.1 ms resolution (<c>end_time_ms</c>; the "lifetime").</summary>
    [JsonPropertyName("end_time_ms")]
    public required double EndTimeMs { get; init; }

    /// <summary>Imaging mode (<c>image_type</c>).</summary>
    [JsonPropertyName("image_type")]
    public required ImageType ImageType { get; init; }

    /// <summary>Time of flight in ms, 0.1 ms resolution (<c>time_of_flight_ms</c>).</summary>
    [JsonPropertyName("time_of_flight_ms")]
    public required double TimeOfFlightMs { get; init; }

    /// <summary>The RF-evaporation ramp (<c>rf_evaporation</c>).</summary>
    [JsonPropertyName("rf_evaporation")]
    public required RfEvaporation RfEvaporation { get; init; }

    /// <summary>Painted barriers, or null (<c>optical_barriers</c>).</summary>
    [JsonPropertyName("optical_barriers")]
    public IReadOnlyList<OpticalBarrier>? OpticalBarriers { get; init; }

    /// <summary>Painted landscape, or null (<c>optical_landscape</c>).</summary>
    [JsonPropertyName("optical_landscape")]
    public OpticalLandscape? OpticalLandscape { get; init; }

    /// <summary>Lasers (the terminator), or null (<c>lasers</c>).</summary>
    [JsonPropertyName("lasers")]
    public IReadOnlyList<Laser>? Lasers { get; init; }

    /// <summary>
    /// The job type the service computes for these values: a landscape gives PAINT_1D; otherwise barriers or
    /// in-trap imaging give BARRIER; otherwise BEC.
    /// </summary>
    public JobType DeriveJobType()
    {
        if (OpticalLandscape is not null)
        {
            return JobType.Paint1D;
        }

        return OpticalBarriers is { Count: > 0 } || ImageType == ImageType.InTrap ? JobType.Barrier : JobType.Bec;
    }
}
