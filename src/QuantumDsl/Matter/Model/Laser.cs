using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>A laser acting on the atoms (<c>lasers[i]</c>); the hardware has exactly one terminator beam.</summary>
public sealed record Laser
{
    /// <summary>Kind of laser (<c>type</c>).</summary>
    [JsonPropertyName("type")]
    public LaserType Type { get; init; } = LaserType.Terminator;

    /// <summary>Beam position in µm (<c>position_um</c>).</summary>
    [JsonPropertyName("position_um")]
    public double PositionUm { get; init; } = OqtantLimits.TerminatorPositionUm;

    /// <summary>The pulses (<c>pulses</c>).</summary>
    [JsonPropertyName("pulses")]
    public required IReadOnlyList<LaserPulse> Pulses { get; init; }

    /// <summary>The terminator beam on between <paramref name="onMs"/> and <paramref name="offMs"/>
    /// (the schema's <c>create_terminator</c>).</summary>
    public static Laser Terminator(double onMs, double offMs) => new()
    {
        Pulses =
        [
            new LaserPulse
            {
                TimesMs = [onMs, offMs],
                IntensitiesMwPerCm2 = [OqtantLimits.TerminatorIntensity, OqtantLimits.TerminatorIntensity],
                DetuningMHz = OqtantLimits.TerminatorDetuningMHz,
                Interpolation = InterpolationType.Off,
            },
        ],
    };
}
