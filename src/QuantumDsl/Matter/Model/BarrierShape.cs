using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>The profile of a painted barrier (<c>shape</c>); the meaning of its width depends on it.</summary>
[JsonConverter(typeof(WireEnumConverter<BarrierShape>))]
public enum BarrierShape
{
    /// <summary>Gaussian; width is σ (<c>GAUSSIAN</c>).</summary>
    [JsonStringEnumMemberName("GAUSSIAN")]
    Gaussian,

    /// <summary>Lorentzian; width is the half width at half maximum (<c>LORENTZIAN</c>).</summary>
    [JsonStringEnumMemberName("LORENTZIAN")]
    Lorentzian,

    /// <summary>Square; width is the half width (<c>SQUARE</c>).</summary>
    [JsonStringEnumMemberName("SQUARE")]
    Square,

    /// <summary>One projector spot; width must be exactly 0.5 µm (<c>NATIVE</c>).</summary>
    [JsonStringEnumMemberName("NATIVE")]
    Native,
}
