namespace QuantumDsl.Analog;

/// <summary>
/// A neutral-atom device's limits (from a <see cref="DeviceSpecAttribute"/> and its channels); look devices up in
/// <see cref="DeviceCatalog"/>. Distances in µm, times in ns; for maxima 0 means "no limit".
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

    /// <summary>C6/ħ in rad·µs⁻¹·µm⁶.</summary>
    public double InteractionCoeff { get; init; }

    /// <summary>C3/ħ of the XY interaction in rad·µs⁻¹·µm³ (0: none).</summary>
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

    /// <summary>Its channels.</summary>
    public IReadOnlyList<DeviceChannel> Channels { get; init; } = [];

    /// <summary>The bases its channels address.</summary>
    public IReadOnlySet<Basis> SupportedBases => Channels.Select(c => c.Basis).ToHashSet();

    /// <summary>The channel with id <paramref name="id"/>, or null.</summary>
    public DeviceChannel? FindChannel(string id) => Channels.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));

    /// <summary>The device as Pulser's <c>device-schema.json</c> object (what <c>/api/v1/devices/specs</c> serves).</summary>
    public string ToAbstractRepr() => DeviceJsonWriter.ToJson(this);
}
