namespace QuantumDsl.Simulation.Matter.Inputs;

/// <summary>
/// The RF evaporation ramp of one shot: RF frequency (MHz, measured from the trap bottom as the service's ramps are)
/// and power (mW) at times in ms (≤ 0 is the evaporation before the experiment; points after 0 are the RF shield).
/// </summary>
public sealed record RfRamp(
    IReadOnlyList<double> TimesMs,
    IReadOnlyList<double> FrequenciesMhz,
    IReadOnlyList<double> PowersMw,
    InterpolationKind Interpolation = InterpolationKind.Linear)
{
    /// <summary>
    /// The RF knife that sets the final temperature: the lowest frequency the ramp reaches while the RF is on
    /// (power above 0). Ramps are piecewise linear or piecewise constant between their points (the spline kinds
    /// are treated as linear here), so the minimum sits on a point. <see langword="null"/> when the RF is never on.
    /// </summary>
    public double? KnifeFrequencyMhz
    {
        get
        {
            double? knife = null;
            for (var i = 0; i < FrequenciesMhz.Count; i++)
                if (PowersMw[i] > 0 && (knife is null || FrequenciesMhz[i] < knife))
                    knife = FrequenciesMhz[i];
            return knife;
        }
    }

    /// <summary>Duration of the evaporation, from the first point to t = 0 (ms, ≥ 0).</summary>
    public double EvaporationDurationMs => TimesMs.Count == 0 ? 0 : Math.Max(0, -TimesMs.Min());

    /// <summary>Throws <see cref="ArgumentException"/> naming the field when the lists are empty or differ in length.</summary>
    public void EnsureWellFormed()
    {
        if (TimesMs.Count == 0)
            throw new ArgumentException("rf_evaporation.times_ms is empty: the ramp needs at least one point.");
        if (FrequenciesMhz.Count != TimesMs.Count || PowersMw.Count != TimesMs.Count)
            throw new ArgumentException(
                $"rf_evaporation lists differ in length: times_ms {TimesMs.Count}, frequencies_mhz {FrequenciesMhz.Count}, powers_mw {PowersMw.Count}.");
    }
}
