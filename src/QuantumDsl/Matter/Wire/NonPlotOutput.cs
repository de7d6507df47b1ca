using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>Output of a time-of-flight image: images, the server's fit, slices, atom numbers and temperature.</summary>
public sealed record NonPlotOutput : OutputValues
{
    /// <summary>MOT fluorescence counts (<c>mot_fluorescence_image</c>).</summary>
    [JsonPropertyName("mot_fluorescence_image")]
    public required Image MotFluorescenceImage { get; init; }

    /// <summary>TOF optical depth, 100×100 at 4.4 µm per pixel on hardware (<c>tof_image</c>).</summary>
    [JsonPropertyName("tof_image")]
    public required Image TofImage { get; init; }

    /// <summary>The fitted OD image (<c>tof_fit_image</c>).</summary>
    [JsonPropertyName("tof_fit_image")]
    public required Image TofFitImage { get; init; }

    /// <summary>Fit parameters (<c>tof_fit</c>).</summary>
    [JsonPropertyName("tof_fit")]
    public required TofFit TofFit { get; init; }

    /// <summary>Slice along x (<c>tof_x_slice</c>).</summary>
    [JsonPropertyName("tof_x_slice")]
    public required LineChart TofXSlice { get; init; }

    /// <summary>Slice along y (<c>tof_y_slice</c>).</summary>
    [JsonPropertyName("tof_y_slice")]
    public required LineChart TofYSlice { get; init; }

    /// <summary>Atoms in the MOT (<c>total_mot_atom_number</c>).</summary>
    [JsonPropertyName("total_mot_atom_number")]
    public int TotalMotAtomNumber { get; init; }

    /// <summary>Atoms in the TOF image (<c>tof_atom_number</c>).</summary>
    [JsonPropertyName("tof_atom_number")]
    public int TofAtomNumber { get; init; }

    /// <summary>Thermal atoms (<c>thermal_atom_number</c>).</summary>
    [JsonPropertyName("thermal_atom_number")]
    public int ThermalAtomNumber { get; init; }

    /// <summary>Condensed atoms (<c>condensed_atom_number</c>).</summary>
    [JsonPropertyName("condensed_atom_number")]
    public int CondensedAtomNumber { get; init; }

    /// <summary>Temperature in nK (<c>temperature_nk</c>).</summary>
    [JsonPropertyName("temperature_nk")]
    public int TemperatureNk { get; init; }

    /// <summary>
    /// True when <see cref="TemperatureNk"/> is only a lower bound: the fit's thermal width sits at its upper bound
    /// (<see cref="TofFit.GaussianSigmaAtUpperBound"/>, 20 px), so the cloud is hotter than the number says and the TOF
    /// and thermal atom numbers are too low. Lower the final RF or shorten the time of flight to measure it.
    /// </summary>
    [JsonIgnore]
    public bool TemperatureIsLowerBound => TofFit.GaussianSigmaAtUpperBound && !TofFit.GaussianSigmaAtLowerBound;

    /// <summary>
    /// True when <see cref="TemperatureNk"/> is only an upper bound: the fit's thermal width sits at its lower bound
    /// (<see cref="TofFit.GaussianSigmaAtLowerBound"/>, 7 px), so the cloud is colder than the number says. Lengthen
    /// the time of flight to measure it.
    /// </summary>
    [JsonIgnore]
    public bool TemperatureIsUpperBound => TofFit.GaussianSigmaAtLowerBound && !TofFit.GaussianSigmaAtUpperBound;

    /// <summary>Condensed fraction, rounded to 3 places as the Python client does (0 when there are no atoms).</summary>
    [JsonIgnore]
    public double CondensedFraction =>
        CondensedAtomNumber + ThermalAtomNumber == 0 ? 0 : Math.Round((double)CondensedAtomNumber / (CondensedAtomNumber + ThermalAtomNumber), 3);
}
