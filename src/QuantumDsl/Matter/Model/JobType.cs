using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>The kind of an Oqtant job (<c>job_type</c>), derived from its inputs by the service.</summary>
[JsonConverter(typeof(WireEnumConverter<JobType>))]
public enum JobType
{
    /// <summary>Ultracold matter: RF evaporation and time-of-flight imaging only (<c>BEC</c>).</summary>
    [JsonStringEnumMemberName("BEC")]
    Bec,

    /// <summary>Barrier manipulator: barriers or in-trap imaging (<c>BARRIER</c>).</summary>
    [JsonStringEnumMemberName("BARRIER")]
    Barrier,

    /// <summary>Bragg laser jobs (<c>BRAGG</c>); not created by the client.</summary>
    [JsonStringEnumMemberName("BRAGG")]
    Bragg,

    /// <summary>1D atomtronics (<c>ATOMTRONIC_1D</c>); not created by the client.</summary>
    [JsonStringEnumMemberName("ATOMTRONIC_1D")]
    Atomtronic1D,

    /// <summary>Painted 1D optical landscape (<c>PAINT_1D</c>).</summary>
    [JsonStringEnumMemberName("PAINT_1D")]
    Paint1D,
}
