using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>One pulse of a laser (<c>lasers[i].pulses[j]</c>); the terminator's is on/off at intensity 1.</summary>
public sealed record LaserPulse
{
    /// <summary>Times in ms (<c>times_ms</c>).</summary>
    [JsonPropertyName("times_ms")]
    public required IReadOnlyList<double> TimesMs { get; init; }

    /// <summary>Intensities in mW/cm² (<c>intensities_mw_per_cm2</c>).</summary>
    [JsonPropertyName("intensities_mw_per_cm2")]
    public required IReadOnlyList<double> IntensitiesMwPerCm2 { get; init; }

    /// <summary>Detuning in MHz (<c>detuning_mhz</c>).</summary>
    [JsonPropertyName("detuning_mhz")]
    public double DetuningMHz { get; init; }

    /// <summary>Interpolation in time (<c>interpolation</c>).</summary>
    [JsonPropertyName("interpolation")]
    public InterpolationType Interpolation { get; init; } = InterpolationType.Off;
}
