using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>How the atoms are imaged at the end of an input (<c>image_type</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<ImageType>))]
public enum ImageType
{
    /// <summary>Absorption image after release and free fall (<c>TIME_OF_FLIGHT</c>); gives fits and atom numbers.</summary>
    [JsonStringEnumMemberName("TIME_OF_FLIGHT")]
    TimeOfFlight,

    /// <summary>Absorption image in the trap (<c>IN_TRAP</c>); makes the job a BARRIER job.</summary>
    [JsonStringEnumMemberName("IN_TRAP")]
    InTrap,

    /// <summary>MOT fluorescence image (<c>MOT</c>).</summary>
    [JsonStringEnumMemberName("MOT")]
    Mot,
}
