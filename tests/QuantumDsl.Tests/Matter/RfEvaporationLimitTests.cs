using QuantumDsl.Matter;
using static QuantumDsl.Tests.Matter.LimitCase;

namespace QuantumDsl.Tests.Matter;

/// <summary>rf_evaporation: every limit and the end-time cross-rule pass at the edge and fail beyond it.</summary>
public sealed class RfEvaporationLimitTests
{
    private static readonly Dictionary<string, LimitCase> Cases = new()
    {
        ["earliest time -2000"] = Valid(Rf(times: [-2000, -1200, -800, -400, 0])),
        ["time before -2000"] = Invalid(Rf(times: [-2001, -1200, -800, -400, 0]), "rf_evaporation.times_ms[0]: -2001 ms is below the minimum -2000 ms"),
        ["time at end time"] = Valid(Rf(end: 10, times: [-1600, -1200, -800, 0, 10])),
        ["time after end time"] = Invalid(Rf(end: 10, times: [-1600, -1200, -800, 0, 11]), "rf_evaporation.times_ms[4]: 11 ms exceeds the maximum 10 ms (end_time_ms)"),
        ["time 200 at end time 200"] = Valid(Rf(end: 200, times: [-1600, -1200, -800, 0, 200])),
        ["time 250 after end time 200"] = Invalid(Rf(end: 200, times: [-1600, -1200, -800, 0, 250]), "rf_evaporation.times_ms[4]: 250 ms exceeds the maximum 200 ms (end_time_ms)"),
        ["time above 200 with an invalid end time"] = Invalid(Rf(end: 300, times: [-1600, -1200, -800, 0, 201]),
            "end_time_ms: 300 ms exceeds the maximum 200 ms", "rf_evaporation.times_ms[4]: 201 ms exceeds the maximum 200 ms"),
        ["fractional time"] = Invalid(Rf(times: [-1600, -1200, -800, -400.5, 0]), "rf_evaporation.times_ms[3]: -400.5 is not a whole number of ms"),
        ["repeated time"] = Invalid(Rf(times: [-1600, -1200, -1200, -400, 0]), "rf_evaporation.times_ms[2]: -1200 repeats rf_evaporation.times_ms[1] (-1200): times must be unique"),
        ["decreasing time"] = Invalid(Rf(times: [-1600, -800, -1200, -400, 0]), "rf_evaporation.times_ms[2]: -1200 comes before rf_evaporation.times_ms[1] (-800): times must increase"),
        ["two ramp times"] = Valid(Rf(end: 10, times: [-1600, 0, 2, 5, 10])),
        ["one ramp time"] = Invalid(Rf(end: 10, times: [-1600, 1, 2, 5, 10]), "rf_evaporation.times_ms: 1 times ≤ 0 is too few: the evaporation ramp needs at least 2 times ≤ 0"),
        ["single point"] = Invalid(Fixtures.Bec() with { RfEvaporation = new() { TimesMs = [0], FrequenciesMHz = [1], PowersMw = [100] } },
            "rf_evaporation.times_ms: 1 times ≤ 0 is too few: the evaporation ramp needs at least 2 times ≤ 0"),
        ["20 points"] = Valid(Points(20)),
        ["21 points"] = Invalid(Points(21),
            "rf_evaporation.times_ms: 21 points exceeds the maximum 20",
            "rf_evaporation.frequencies_mhz: 21 points exceeds the maximum 20",
            "rf_evaporation.powers_mw: 21 points exceeds the maximum 20"),
        ["no points"] = Invalid(Points(0),
            "rf_evaporation.times_ms: 0 points is below the minimum 1",
            "rf_evaporation.frequencies_mhz: 0 points is below the minimum 1",
            "rf_evaporation.powers_mw: 0 points is below the minimum 1"),
        ["frequency 0 and 25"] = Valid(Rf(frequencies: [25, 8, 4, 1.2, 0])),
        ["frequency above 25"] = Invalid(Rf(frequencies: [25.1, 8, 4, 1.2, 0.045]), "rf_evaporation.frequencies_mhz[0]: 25.1 MHz exceeds the maximum 25 MHz"),
        ["frequency below 0"] = Invalid(Rf(frequencies: [17, 8, 4, 1.2, -0.1]), "rf_evaporation.frequencies_mhz[4]: -0.1 MHz is below the minimum 0 MHz"),
        ["power 0 and 1000"] = Valid(Rf(powers: [1000, 500, 475, 360, 0])),
        ["power above 1000"] = Invalid(Rf(powers: [1000.5, 500, 475, 360, 220]), "rf_evaporation.powers_mw[0]: 1000.5 mW exceeds the maximum 1000 mW"),
        ["power below 0"] = Invalid(Rf(powers: [500, 500, 475, 360, -1]), "rf_evaporation.powers_mw[4]: -1 mW is below the minimum 0 mW"),
        ["lists of different lengths"] = Invalid(Rf(frequencies: [17, 8, 4, 1.2], powers: [500, 500, 475, 360, 220, 100]),
            "rf_evaporation.frequencies_mhz: 4 items must have as many items as times_ms (5)",
            "rf_evaporation.powers_mw: 6 items must have as many items as times_ms (5)"),
        ["interpolation PREVIOUS"] = Valid(Fixtures.Bec() with { RfEvaporation = Fixtures.Bec().RfEvaporation with { Interpolation = RfInterpolationType.Previous } }),
        ["interpolation undefined"] = Invalid(Fixtures.Bec() with { RfEvaporation = Fixtures.Bec().RfEvaporation with { Interpolation = (RfInterpolationType)9 } },
            "rf_evaporation.interpolation: 9 is not one of LINEAR, OFF, PREVIOUS"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Limit(string name) => Cases[name].Check();

    private static InputValues Rf(double end = 10, double[]? times = null, double[]? frequencies = null, double[]? powers = null)
    {
        var bec = Fixtures.Bec(end);
        return bec with
        {
            RfEvaporation = bec.RfEvaporation with
            {
                TimesMs = times ?? bec.RfEvaporation.TimesMs,
                FrequenciesMHz = frequencies ?? bec.RfEvaporation.FrequenciesMHz,
                PowersMw = powers ?? bec.RfEvaporation.PowersMw,
            },
        };
    }

    private static InputValues Points(int count) => Rf(
        times: [.. Enumerable.Range(0, count).Select(i => -10.0 * (count - 1 - i))],
        frequencies: [.. Enumerable.Repeat(1.0, count)],
        powers: [.. Enumerable.Repeat(100.0, count)]);
}
