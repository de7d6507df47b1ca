namespace QuantumDsl.Analog;

/// <summary>
/// Declares a Pasqal device's limits as assembly-level data (facts: Pulser's device definitions). The runtime device
/// catalog is built from these attributes and the analyzers read them from the compilation, so every device limit is
/// written exactly once. For maxima, 0 means "no limit".
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class DeviceSpecAttribute : Attribute
{
    /// <summary>Declares the device named <paramref name="name"/> (as used in <c>[AnalogExperiment(name)]</c>).</summary>
    public DeviceSpecAttribute(string name) => Name = name;

    /// <summary>Device name, for example <c>AnalogDevice</c>.</summary>
    public string Name { get; }

    /// <summary>Pasqal Cloud device type used when a batch runs on this device (for example <c>FRESNEL</c>), or null.</summary>
    public string? CloudDeviceType { get; set; }

    /// <summary>Register dimensions (2 or 3).</summary>
    public int Dimensions { get; set; } = 2;

    /// <summary>Rydberg level n.</summary>
    public int RydbergLevel { get; set; }

    /// <summary>
    /// A custom C3/ħ for the XY interaction in rad·µs⁻¹·µm³ (0: Pulser's C3 for <see cref="RydbergLevel"/>). C6/ħ always
    /// comes from Pulser's table for the level.
    /// </summary>
    public double InteractionCoeffXY { get; set; }

    /// <summary>Maximum number of atoms (0: no limit).</summary>
    public int MaxAtomNum { get; set; }

    /// <summary>Minimum distance between two atoms in µm.</summary>
    public double MinAtomDistanceUm { get; set; }

    /// <summary>Maximum distance of an atom from the origin in µm (0: no limit).</summary>
    public double MaxRadialDistanceUm { get; set; }

    /// <summary>Maximum total sequence duration in ns (0: no limit).</summary>
    public int MaxSequenceDurationNs { get; set; }

    /// <summary>Maximum shots per job (0: no limit).</summary>
    public int MaxRuns { get; set; }

    /// <summary>Whether a register must be built on a trap layout.</summary>
    public bool RequiresLayout { get; set; }

    /// <summary>Whether a new layout (derived from the register) is accepted.</summary>
    public bool AcceptsNewLayouts { get; set; }

    /// <summary>Minimum fraction of a layout's traps that must be filled (<c>min_layout_filling</c>).</summary>
    public double MinLayoutFilling { get; set; }

    /// <summary>Maximum fraction of a layout's traps that may be filled.</summary>
    public double MaxLayoutFilling { get; set; } = 0.5;

    /// <summary>Optimal fraction of a layout's traps to fill (0: same as <see cref="MaxLayoutFilling"/>).</summary>
    public double OptimalLayoutFilling { get; set; }

    /// <summary>Fewest traps a layout may have.</summary>
    public int MinLayoutTraps { get; set; } = 1;

    /// <summary>Most traps a layout may have (0: no limit).</summary>
    public int MaxLayoutTraps { get; set; }

    /// <summary>Whether the device is virtual (an emulator-only device such as <c>MockDevice</c>).</summary>
    public bool IsVirtual { get; set; }

    /// <summary>Whether an SLM mask is supported (Pulser then requires a DMM: see <see cref="DmmSpecAttribute"/>).</summary>
    public bool SupportsSlmMask { get; set; }

    /// <summary>Whether a device channel may be declared more than once in a sequence (<c>reusable_channels</c>).</summary>
    public bool ReusableChannels { get; set; }
}
