using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>The kind of a laser (<c>type</c>). The hardware only accepts <see cref="Terminator"/>.</summary>
[JsonConverter(typeof(WireEnumConverter<LaserType>))]
public enum LaserType
{
    /// <summary>The terminator beam at 30 µm (<c>TERMINATOR</c>).</summary>
    [JsonStringEnumMemberName("TERMINATOR")]
    Terminator,

    /// <summary>Bragg beams (<c>BRAGG</c>); accepted by old schemas only.</summary>
    [JsonStringEnumMemberName("BRAGG")]
    Bragg,
}
