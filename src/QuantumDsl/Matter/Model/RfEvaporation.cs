using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>
/// The RF-evaporation ramp that makes the condensate (<c>rf_evaporation</c>): parallel lists of times (whole ms,
/// ≤ 0 before the experiment stage; a point after 0 is an RF shield), frequencies and powers.
/// </summary>
public sealed record RfEvaporation
{
    /// <summary>Times in whole ms, increasing (<c>times_ms</c>).</summary>
    [JsonPropertyName("times_ms")]
    public required IReadOnlyList<double> TimesMs { get; init; }

    /// <summary>RF frequencies in MHz (<c>frequencies_mhz</c>).</summary>
    [JsonPropertyName("frequencies_mhz")]
    public required IReadOnlyList<double> FrequenciesMHz { get; init; }

    /// <summary>RF powers in mW (<c>powers_mw</c>).</summary>
    [JsonPropertyName("powers_mw")]
    public required IReadOnlyList<double> PowersMw { get; init; }

    /// <summary>Interpolation between points (<c>interpolation</c>).</summary>
    [JsonPropertyName("interpolation")]
    public RfInterpolationType Interpolation { get; init; } = RfInterpolationType.Linear;
}
