using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>
/// Interpolation of barriers and landscapes in time or space (<c>InterpolationType</c>, latest schema: STEP was
/// dropped). Maps to scipy <c>interp1d</c> kinds: OFF → zero, SMOOTH → cubic, others lower-cased; 0 outside the range.
/// </summary>
[JsonConverter(typeof(WireEnumConverter<InterpolationType>))]
public enum InterpolationType
{
    /// <summary><c>LINEAR</c>.</summary>
    [JsonStringEnumMemberName("LINEAR")]
    Linear,

    /// <summary><c>SMOOTH</c> (cubic).</summary>
    [JsonStringEnumMemberName("SMOOTH")]
    Smooth,

    /// <summary><c>OFF</c> (zero-order hold).</summary>
    [JsonStringEnumMemberName("OFF")]
    Off,

    /// <summary><c>ZERO</c>.</summary>
    [JsonStringEnumMemberName("ZERO")]
    Zero,

    /// <summary><c>SLINEAR</c>.</summary>
    [JsonStringEnumMemberName("SLINEAR")]
    SLinear,

    /// <summary><c>QUADRATIC</c>.</summary>
    [JsonStringEnumMemberName("QUADRATIC")]
    Quadratic,

    /// <summary><c>CUBIC</c>.</summary>
    [JsonStringEnumMemberName("CUBIC")]
    Cubic,

    /// <summary><c>NEAREST</c>.</summary>
    [JsonStringEnumMemberName("NEAREST")]
    Nearest,

    /// <summary><c>PREVIOUS</c>.</summary>
    [JsonStringEnumMemberName("PREVIOUS")]
    Previous,

    /// <summary><c>NEXT</c>.</summary>
    [JsonStringEnumMemberName("NEXT")]
    Next,
}
