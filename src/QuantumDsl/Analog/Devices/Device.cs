namespace QuantumDsl.Analog;

/// <summary>
/// A neutral-atom device as Pulser describes it (<c>device-schema.json</c>): from the catalog's
/// <see cref="DeviceSpecAttribute"/> data (look devices up in <see cref="DeviceCatalog"/>) or read from Pulser's JSON with
/// <see cref="FromAbstractRepr"/> (for example the specs the Pasqal service publishes). Distances in µm, times in ns;
/// for maxima 0 means "no limit".
/// </summary>
public sealed record Device
{
    /// <summary>Device name, for example <c>AnalogDevice</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Pasqal Cloud device type (for example <c>FRESNEL</c>), or null.</summary>
    public string? CloudDeviceType { get; init; }

    /// <summary>2 or 3.</summary>
    public int Dimensions { get; init; } = 2;

    /// <summary>Rydberg level n.</summary>
    public int RydbergLevel { get; init; }

    /// <summary>C6/ħ in rad·µs⁻¹·µm⁶ (Pulser's value for <see cref="RydbergLevel"/>).</summary>
    public double InteractionCoeff { get; init; }

    /// <summary>C3/ħ of the XY interaction in rad·µs⁻¹·µm³ (<c>interaction_coeff_xy</c>; Pulser's value for the level unless the device sets its own).</summary>
    public double InteractionCoeffXY { get; init; }

    /// <summary>Most atoms (0: no limit).</summary>
    public int MaxAtomNum { get; init; }

    /// <summary>Closest two atoms may be.</summary>
    public double MinAtomDistanceUm { get; init; }

    /// <summary>Farthest an atom may be from the origin (0: no limit).</summary>
    public double MaxRadialDistanceUm { get; init; }

    /// <summary>Longest sequence (0: no limit).</summary>
    public int MaxSequenceDurationNs { get; init; }

    /// <summary>Most shots per job (0: no limit).</summary>
    public int MaxRuns { get; init; }

    /// <summary>Whether registers must come from a trap layout.</summary>
    public bool RequiresLayout { get; init; }

    /// <summary>Whether a new (derived) layout is accepted.</summary>
    public bool AcceptsNewLayouts { get; init; }

    /// <summary>Smallest fraction of a layout's traps that must hold atoms (<c>min_layout_filling</c>).</summary>
    public double MinLayoutFilling { get; init; }

    /// <summary>Largest fraction of a layout's traps that may hold atoms.</summary>
    public double MaxLayoutFilling { get; init; } = 0.5;

    /// <summary>Optimal filling (0: same as <see cref="MaxLayoutFilling"/>).</summary>
    public double OptimalLayoutFilling { get; init; }

    /// <summary>Fewest traps in a layout.</summary>
    public int MinLayoutTraps { get; init; } = 1;

    /// <summary>Most traps in a layout (0: no limit).</summary>
    public int MaxLayoutTraps { get; init; }

    /// <summary>Whether the device is virtual (emulation only).</summary>
    public bool IsVirtual { get; init; }

    /// <summary>Whether it has an SLM mask.</summary>
    public bool SupportsSlmMask { get; init; }

    /// <summary>Whether a device channel may be declared more than once in a sequence (<c>reusable_channels</c>).</summary>
    public bool ReusableChannels { get; init; }

    /// <summary>Its channels.</summary>
    public IReadOnlyList<DeviceChannel> Channels { get; init; } = [];

    /// <summary>Its detuning map modulators (<c>dmm_objects</c>); Pulser requires one when <see cref="SupportsSlmMask"/>.</summary>
    public IReadOnlyList<DmmChannel> DmmChannels { get; init; } = [];

    /// <summary>Its pre-calibrated trap layouts (<c>pre_calibrated_layouts</c>; physical devices only).</summary>
    public IReadOnlyList<RegisterLayout> PreCalibratedLayouts { get; init; } = [];

    /// <summary>The device's default noise model as Pulser's JSON (<c>default_noise_model</c>), or null; kept as read.</summary>
    public string? DefaultNoiseModelJson { get; init; }

    /// <summary>The bases its channels address.</summary>
    public IReadOnlySet<Basis> SupportedBases => Channels.Select(c => c.Basis).ToHashSet();

    /// <summary>The channel with id <paramref name="id"/>, or null.</summary>
    public DeviceChannel? FindChannel(string id) => Channels.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    /// <summary>The DMM with id <paramref name="id"/>, or null.</summary>
    public DmmChannel? FindDmm(string id) => DmmChannels.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// The device as Pulser's <c>device-schema.json</c> object (what <c>/api/v1/devices/specs</c> serves), field for
    /// field as Pulser's <c>Device.to_abstract_repr()</c> writes it (without Pulser's own <c>pulser_version</c> stamp).
    /// </summary>
    public string ToAbstractRepr() => DeviceJsonWriter.ToJson(this);

    /// <summary>
    /// Reads a device from Pulser's <c>device-schema.json</c> JSON (a device's <c>to_abstract_repr()</c>, an entry of
    /// <c>/api/v1/devices/specs</c>). Every field is read; <see cref="CloudDeviceType"/> is taken from the catalog device
    /// of the same name, if any.
    /// </summary>
    /// <exception cref="AbstractReprException">The JSON is not such a device; the message names the JSON path and the reason.</exception>
    public static Device FromAbstractRepr(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DeviceJsonReader.Parse(json);
    }
}
