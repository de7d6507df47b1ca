namespace QuantumDsl.Matter;

using static OqtantLimits;

/// <summary>Builds the RF-evaporation ramp inside <see cref="MatterJobBuilder.Evaporation"/>: points in time order.</summary>
public sealed class RfEvaporationBuilder
{
    private readonly List<(double Time, double Frequency, double Power)> points = [];
    private RfInterpolationType interpolation = RfInterpolationType.Linear;

    internal (double FrequencyMHz, double PowerMw)? ShieldPoint { get; private set; }

    /// <summary>Adds a ramp point: whole ms (≤ 0 before the experiment stage), MHz, mW.</summary>
    public RfEvaporationBuilder Point(
        [Limit(RfTimeMsMin, RfTimeMsMax, Unit = "ms", Field = "rf_evaporation.times_ms")] double timeMs,
        [Limit(RfFrequencyMHzMin, RfFrequencyMHzMax, Unit = "MHz", Field = "rf_evaporation.frequencies_mhz")] double frequencyMHz,
        [Limit(RfPowerMwMin, RfPowerMwMax, Unit = "mW", Field = "rf_evaporation.powers_mw")] double powerMw)
    {
        points.Add((timeMs, frequencyMHz, powerMw));
        return this;
    }

    /// <summary>
    /// Keeps the RF on during the experiment stage at this frequency and power (the client's <c>rf_shield</c>): a last
    /// point at <c>end_time_ms</c> is added when the input is built.
    /// </summary>
    public RfEvaporationBuilder Shield(
        [Limit(RfFrequencyMHzMin, RfFrequencyMHzMax, Unit = "MHz", Field = "rf_evaporation.frequencies_mhz")] double frequencyMHz,
        [Limit(RfPowerMwMin, RfPowerMwMax, Unit = "mW", Field = "rf_evaporation.powers_mw")] double powerMw)
    {
        ShieldPoint = (frequencyMHz, powerMw);
        return this;
    }

    /// <summary>Sets the interpolation between points (default LINEAR).</summary>
    public RfEvaporationBuilder Interpolation(RfInterpolationType value)
    {
        interpolation = value;
        return this;
    }

    internal RfEvaporation Build(double endTimeMs)
    {
        var all = new List<(double Time, double Frequency, double Power)>(points);
        if (ShieldPoint is { } shield)
        {
            all.Add((endTimeMs, shield.FrequencyMHz, shield.PowerMw));
        }

        return new RfEvaporation
        {
            TimesMs = [.. all.Select(p => p.Time)],
            FrequenciesMHz = [.. all.Select(p => p.Frequency)],
            PowersMw = [.. all.Select(p => p.Power)],
            Interpolation = interpolation,
        };
    }
}
