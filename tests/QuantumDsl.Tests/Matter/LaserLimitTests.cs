using QuantumDsl.Matter;
using static QuantumDsl.Tests.Matter.LimitCase;

namespace QuantumDsl.Tests.Matter;

/// <summary>lasers: exactly one terminator with one on/off pulse; every rule passes and fails.</summary>
public sealed class LaserLimitTests
{
    private const string P = "lasers[0].pulses[0]";

    private static readonly Dictionary<string, LimitCase> Cases = new()
    {
        ["terminator"] = Valid(With(Laser.Terminator(1, 2))),
        ["terminator 0 to end time"] = Valid(With(Laser.Terminator(0, 20))),
        ["two lasers"] = Invalid(Fixtures.Bec(20) with { Lasers = [Laser.Terminator(1, 2), Laser.Terminator(3, 4)] }, "lasers: 2 lasers must hold exactly 1 laser (the terminator)"),
        ["no lasers"] = Invalid(Fixtures.Bec(20) with { Lasers = [] }, "lasers: 0 lasers must hold exactly 1 laser (the terminator)"),
        ["bragg laser"] = Invalid(With(Laser.Terminator(1, 2) with { Type = LaserType.Bragg }), "lasers[0].type: BRAGG must be TERMINATOR"),
        ["position not 30"] = Invalid(With(Laser.Terminator(1, 2) with { PositionUm = 25 }), "lasers[0].position_um: 25 must be exactly 30 (the terminator position)"),
        ["two pulses"] = Invalid(With(Laser.Terminator(1, 2) with { Pulses = [Pulse(), Pulse()] }), "lasers[0].pulses: 2 pulses must hold exactly 1 pulse"),
        ["three times"] = Invalid(With(Pulse() with { TimesMs = [1, 2, 3] }), $"{P}.times_ms: 3 times must hold exactly 2 times (on, off)"),
        ["repeated time"] = Invalid(With(Pulse() with { TimesMs = [2, 2] }), $"{P}.times_ms[1]: 2 repeats {P}.times_ms[0] (2) at 0.1 ms resolution: times must be unique"),
        ["times out of order"] = Invalid(With(Pulse() with { TimesMs = [4, 2] }), $"{P}.times_ms[1]: 2 comes before {P}.times_ms[0] (4): times must increase"),
        ["time after end time"] = Invalid(With(Laser.Terminator(1, 25)), $"{P}.times_ms[1]: 25 ms exceeds the maximum 20 ms (end_time_ms)"),
        ["time below 0"] = Invalid(With(Laser.Terminator(-1, 2)), $"{P}.times_ms[0]: -1 ms is below the minimum 0 ms"),
        ["time finer than 0.1 ms"] = Invalid(With(Laser.Terminator(1.25, 2)), $"{P}.times_ms[0]: 1.25 has more than one decimal place: the resolution is 0.1 ms"),
        ["intensity not 1"] = Invalid(With(Pulse() with { IntensitiesMwPerCm2 = [1, 0.5] }), $"{P}.intensities_mw_per_cm2[1]: 0.5 must be exactly 1 (the terminator is on or off)"),
        ["three intensities"] = Invalid(With(Pulse() with { IntensitiesMwPerCm2 = [1, 1, 1] }), $"{P}.intensities_mw_per_cm2: 3 items must hold exactly 2 intensities [1, 1]"),
        ["detuning not 0"] = Invalid(With(Pulse() with { DetuningMHz = 1 }), $"{P}.detuning_mhz: 1 must be exactly 0"),
        ["interpolation not OFF"] = Invalid(With(Pulse() with { Interpolation = InterpolationType.Linear }), $"{P}.interpolation: LINEAR must be OFF"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Limit(string name) => Cases[name].Check();

    private static LaserPulse Pulse() => Laser.Terminator(1, 2).Pulses[0];

    private static InputValues With(Laser laser) => Fixtures.Bec(20) with { Lasers = [laser] };

    private static InputValues With(LaserPulse pulse) => With(Laser.Terminator(1, 2) with { Pulses = [pulse] });
}
