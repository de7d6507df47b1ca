using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>How the RF ramp is interpolated between its points (<c>RfInterpolationType</c>, latest schema).</summary>
[JsonConverter(typeof(WireEnumConverter<RfInterpolationType>))]
public enum RfInterpolationType
{
    /// <summary>Linear ramps between points (<c>LINEAR</c>).</summary>
    [JsonStringEnumMemberName("LINEAR")]
    Linear,

    /// <summary>Hold each value until the next point (<c>OFF</c>).</summary>
    [JsonStringEnumMemberName("OFF")]
    Off,

    /// <summary>Take the previous point's value (<c>PREVIOUS</c>).</summary>
    [JsonStringEnumMemberName("PREVIOUS")]
    Previous,
}
