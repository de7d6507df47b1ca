using System.Text.Json.Serialization;

namespace QuantumDsl.Matter;

/// <summary>The server's bimodal (Gaussian + Thomas–Fermi) fit of the time-of-flight image (<c>tof_fit</c>), in pixels and OD.</summary>
public sealed record TofFit
{
    /// <summary>Peak OD of the thermal Gaussian (<c>gaussian_od</c>).</summary>
    [JsonPropertyName("gaussian_od")]
    public double GaussianOd { get; init; }

    /// <summary>Gaussian σ along x (<c>gaussian_sigma_x</c>).</summary>
    [JsonPropertyName("gaussian_sigma_x")]
    public double GaussianSigmaX { get; init; }

    /// <summary>Gaussian σ along y (<c>gaussian_sigma_y</c>).</summary>
    [JsonPropertyName("gaussian_sigma_y")]
    public double GaussianSigmaY { get; init; }

    /// <summary>Peak OD of the Thomas–Fermi part (<c>tf_od</c>).</summary>
    [JsonPropertyName("tf_od")]
    public double TfOd { get; init; }

    /// <summary>Thomas–Fermi radius along x (<c>tf_x</c>).</summary>
    [JsonPropertyName("tf_x")]
    public double TfX { get; init; }

    /// <summary>Thomas–Fermi radius along y (<c>tf_y</c>).</summary>
    [JsonPropertyName("tf_y")]
    public double TfY { get; init; }

    /// <summary>Centre x (<c>x_0</c>).</summary>
    [JsonPropertyName("x_0")]
    public double X0 { get; init; }

    /// <summary>Centre y (<c>y_0</c>).</summary>
    [JsonPropertyName("y_0")]
    public double Y0 { get; init; }

    /// <summary>Constant background OD (<c>offset</c>).</summary>
    [JsonPropertyName("offset")]
    public double Offset { get; init; }

    /// <summary>
    /// True when σx or σy sits at the fit's upper bound (<see cref="TofFitBounds.GaussianSigmaMaxPixels"/>, 20 px) or
    /// beyond it: the thermal cloud is wider than oqtant's fit allows, so the widths, the temperature from them and the
    /// thermal atom number are too low (the fitted Gaussian is narrower than the cloud). Not part of the wire record.
    /// </summary>
    [JsonIgnore]
    public bool GaussianSigmaAtUpperBound =>
        TofFitBounds.IsSigmaAtUpperBound(GaussianSigmaX) || TofFitBounds.IsSigmaAtUpperBound(GaussianSigmaY);

    /// <summary>
    /// True when σx or σy sits at the fit's lower bound (<see cref="TofFitBounds.GaussianSigmaMinPixels"/>, 7 px) or
    /// below it (0, no fit, excepted): the thermal cloud is narrower than oqtant's fit allows, so the temperature from
    /// the widths is too high. Not part of the wire record.
    /// </summary>
    [JsonIgnore]
    public bool GaussianSigmaAtLowerBound =>
        TofFitBounds.IsSigmaAtLowerBound(GaussianSigmaX) || TofFitBounds.IsSigmaAtLowerBound(GaussianSigmaY);
}
