using QuantumDsl.Matter;
using static QuantumDsl.Tests.Matter.LimitCase;

namespace QuantumDsl.Tests.Matter;

/// <summary>end_time_ms, time_of_flight_ms, image_type and notes: every limit passes at its edge and fails beyond it.</summary>
public sealed class InputLimitTests
{
    private static readonly Dictionary<string, LimitCase> Cases = new()
    {
        ["end time at minimum 0"] = Valid(Fixtures.Bec(0)),
        ["end time at maximum 200"] = Valid(Fixtures.Bec(200)),
        ["end time at 0.1 ms resolution"] = Valid(Fixtures.Bec(12.3)),
        ["end time below minimum"] = Invalid(Fixtures.Bec(-0.1), "end_time_ms: -0.1 ms is below the minimum 0 ms"),
        ["end time above maximum"] = Invalid(Fixtures.Bec(200.1), "end_time_ms: 200.1 ms exceeds the maximum 200 ms"),
        ["end time finer than 0.1 ms"] = Invalid(Fixtures.Bec(12.34), "end_time_ms: 12.34 has more than one decimal place: the resolution is 0.1 ms"),
        ["end time NaN"] = Invalid(Fixtures.Bec(double.NaN), "end_time_ms: NaN is not a number in the range [0, 200] ms"),
        ["tof at minimum 2"] = Valid(Fixtures.Bec() with { TimeOfFlightMs = 2 }),
        ["tof at maximum 20"] = Valid(Fixtures.Bec() with { TimeOfFlightMs = 20 }),
        ["tof at 0.1 ms resolution"] = Valid(Fixtures.Bec() with { TimeOfFlightMs = 7.5 }),
        ["tof below minimum"] = Invalid(Fixtures.Bec() with { TimeOfFlightMs = 1.9 }, "time_of_flight_ms: 1.9 ms is below the minimum 2 ms"),
        ["tof above maximum"] = Invalid(Fixtures.Bec() with { TimeOfFlightMs = 20.1 }, "time_of_flight_ms: 20.1 ms exceeds the maximum 20 ms"),
        ["tof finer than 0.1 ms"] = Invalid(Fixtures.Bec() with { TimeOfFlightMs = 7.25 }, "time_of_flight_ms: 7.25 has more than one decimal place: the resolution is 0.1 ms"),
        ["image MOT"] = Valid(Fixtures.Bec() with { ImageType = ImageType.Mot }),
        ["image undefined"] = Invalid(Fixtures.Bec() with { ImageType = (ImageType)7 }, "image_type: 7 is not one of TIME_OF_FLIGHT, IN_TRAP, MOT"),
        ["notes at maximum 500"] = new(Fixtures.Bec(), [], new string('n', 500)),
        ["notes above maximum"] = new(Fixtures.Bec(), ["notes: 501 characters exceeds the maximum 500 characters"], new string('n', 501)),
        ["missing rf evaporation"] = Invalid(Fixtures.Bec() with { RfEvaporation = null! }, "rf_evaporation: null is required"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Limit(string name) => Cases[name].Check();
}
