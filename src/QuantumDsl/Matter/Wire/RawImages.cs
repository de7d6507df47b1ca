using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>Which camera took a raw image (<c>image_type</c> of <c>RawImages</c>).</summary>
[JsonConverter(typeof(WireEnumConverter<RawImageType>))]
public enum RawImageType
{
    /// <summary>Absorption imaging after time of flight (<c>TOF imaging</c>).</summary>
    [JsonStringEnumMemberName("TOF imaging")]
    TimeOfFlight,

    /// <summary>MOT fluorescence (<c>MOT imaging</c>).</summary>
    [JsonStringEnumMemberName("MOT imaging")]
    Mot,

    /// <summary>Absorption imaging in the trap (<c>IT imaging</c>).</summary>
    [JsonStringEnumMemberName("IT imaging")]
    InTrap,
}

/// <summary>
/// One raw camera image of a run (<c>GET /jobs/{id}/raw_images</c>, bert_schemas <c>RawImagesResponse</c>):
/// <c>{image_type, absolute, background, job_external_id, run}</c>. For absorption imaging <see cref="Absolute"/> is
/// the probe frame through the atoms and <see cref="Background"/> the reference frame without them, both in photon
/// counts per pixel, so the run's OD image is ln(background/absolute) pixel by pixel; MOT fluorescence has no
/// background.
/// </summary>
public sealed record RawImages
{
    /// <summary>Which camera (<c>image_type</c>).</summary>
    [JsonPropertyName("image_type")]
    public required RawImageType ImageType { get; init; }

    /// <summary>The frame with the atoms (<c>absolute</c>).</summary>
    [JsonPropertyName("absolute")]
    public required Image Absolute { get; init; }

    /// <summary>The reference frame without atoms, or null (<c>background</c>).</summary>
    [JsonPropertyName("background")]
    public Image? Background { get; init; }

    /// <summary>The job's external id (<c>job_external_id</c>).</summary>
    [JsonPropertyName("job_external_id")]
    public string? JobExternalId { get; init; }

    /// <summary>The run (<c>run</c>).</summary>
    [JsonPropertyName("run")]
    public int? Run { get; init; }
}
