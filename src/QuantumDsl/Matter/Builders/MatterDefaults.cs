namespace QuantumDsl.Matter;

/// <summary>The defaults of the Python client's <c>QuantumMatter</c>, used by <see cref="MatterJobBuilder"/>.</summary>
public static class MatterDefaults
{
    /// <summary>Experiment length ("lifetime") in ms.</summary>
    public const double LifetimeMs = 10;

    /// <summary>Time of flight in ms.</summary>
    public const double TimeOfFlightMs = 12;

    /// <summary>Imaging mode.</summary>
    public const ImageType Image = ImageType.TimeOfFlight;

    /// <summary>The default evaporation ramp: times [−1100, −1050, −800, −300, 0] ms, frequencies
    /// [21.12, 12.12, 5.12, 0.62, 0.02] MHz, powers [600, 800, 600, 400, 400] mW, linear.</summary>
    public static RfEvaporation Evaporation { get; } = new()
    {
        TimesMs = [-1100, -1050, -800, -300, 0],
        FrequenciesMHz = [21.12, 12.12, 5.12, 0.62, 0.02],
        PowersMw = [600, 800, 600, 400, 400],
        Interpolation = RfInterpolationType.Linear,
    };
}
