namespace QuantumDsl.Matter;

using static OqtantLimits;

/// <summary>Rules of <c>rf_evaporation</c>.</summary>
internal static class RfEvaporationRules
{
    public static void Check(RfEvaporation rf, double? end, ViolationSink sink)
    {
        IReadOnlyList<double> times = rf.TimesMs ?? [], frequencies = rf.FrequenciesMHz ?? [], powers = rf.PowersMw ?? [];
        sink.Count("rf_evaporation.times_ms", times.Count, RfPointsMin, RfPointsMax, "points");
        sink.Count("rf_evaporation.frequencies_mhz", frequencies.Count, RfPointsMin, RfPointsMax, "points");
        sink.Count("rf_evaporation.powers_mw", powers.Count, RfPointsMin, RfPointsMax, "points");
        sink.SameLength("rf_evaporation.frequencies_mhz", frequencies.Count, "times_ms", times.Count);
        sink.SameLength("rf_evaporation.powers_mw", powers.Count, "times_ms", times.Count);
        sink.Defined("rf_evaporation.interpolation", rf.Interpolation);

        for (var i = 0; i < times.Count; i++)
        {
            sink.Time($"rf_evaporation.times_ms[{i}]", times[i], RfTimeMsMin, RfTimeMsMax, end);
            sink.Whole($"rf_evaporation.times_ms[{i}]", times[i]);
        }

        sink.Increasing("rf_evaporation.times_ms", times, t => t, string.Empty);

        var ramp = times.Count(t => t <= 0);
        if (times.Count > 0 && ramp < RfRampTimesMin)
        {
            sink.Rule("rf_evaporation.times_ms", $"{ramp} times ≤ 0", $"is too few: the evaporation ramp needs at least {RfRampTimesMin} times ≤ 0");
        }

        for (var i = 0; i < frequencies.Count; i++)
        {
            sink.Range($"rf_evaporation.frequencies_mhz[{i}]", frequencies[i], RfFrequencyMHzMin, RfFrequencyMHzMax);
        }

        for (var i = 0; i < powers.Count; i++)
        {
            sink.Range($"rf_evaporation.powers_mw[{i}]", powers[i], RfPowerMwMin, RfPowerMwMax);
        }
    }
}
