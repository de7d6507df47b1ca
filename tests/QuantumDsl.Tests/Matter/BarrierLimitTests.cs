using QuantumDsl.Matter;
using static QuantumDsl.Tests.Matter.LimitCase;

namespace QuantumDsl.Tests.Matter;

/// <summary>optical_barriers: every limit and the end-time cross-rule pass at the edge and fail beyond it.</summary>
public sealed class BarrierLimitTests
{
    private const string P = "optical_barriers[0]";

    private static readonly Dictionary<string, LimitCase> Cases = new()
    {
        ["one barrier"] = Valid(With(Fixtures.Barrier())),
        ["ten barriers"] = Valid(Fixtures.Bec(20) with { OpticalBarriers = [.. Enumerable.Repeat(Fixtures.Barrier(), 10)] }),
        ["eleven barriers"] = Invalid(Fixtures.Bec(20) with { OpticalBarriers = [.. Enumerable.Repeat(Fixtures.Barrier(), 11)] },
            "optical_barriers: 11 barriers exceeds the maximum 10"),
        ["empty barrier list"] = Invalid(Fixtures.Bec(20) with { OpticalBarriers = [] }, "optical_barriers: 0 barriers is below the minimum 1"),
        ["times 0 and 200 at end time 200"] = Valid(With(Fixtures.Barrier() with { TimesMs = [0, 200] }, end: 200)),
        ["time below 0"] = Invalid(With(Fixtures.Barrier() with { TimesMs = [-0.1, 10] }), $"{P}.times_ms[0]: -0.1 ms is below the minimum 0 ms"),
        ["time after end time"] = Invalid(With(Fixtures.Barrier() with { TimesMs = [0, 20.5] }), $"{P}.times_ms[1]: 20.5 ms exceeds the maximum 20 ms (end_time_ms)"),
        ["time above 200"] = Invalid(With(Fixtures.Barrier() with { TimesMs = [0, 200.1] }, end: 200), $"{P}.times_ms[1]: 200.1 ms exceeds the maximum 200 ms (end_time_ms)"),
        ["time at 0.1 ms"] = Valid(With(Fixtures.Barrier() with { TimesMs = [0.1, 0.2] })),
        ["time finer than 0.1 ms"] = Invalid(With(Fixtures.Barrier() with { TimesMs = [0, 1.25] }), $"{P}.times_ms[1]: 1.25 has more than one decimal place: the resolution is 0.1 ms"),
        ["repeated time"] = Invalid(With(Fixtures.Barrier() with { TimesMs = [1, 1] }), $"{P}.times_ms[1]: 1 repeats {P}.times_ms[0] (1) at 0.1 ms resolution: times must be unique"),
        ["decreasing time"] = Invalid(With(Fixtures.Barrier() with { TimesMs = [5, 1] }), $"{P}.times_ms[1]: 1 comes before {P}.times_ms[0] (5): times must increase"),
        ["20 points"] = Valid(With(Points(20))),
        ["21 points"] = Invalid(With(Points(21)),
            $"{P}.times_ms: 21 points exceeds the maximum 20", $"{P}.positions_um: 21 points exceeds the maximum 20",
            $"{P}.heights_khz: 21 points exceeds the maximum 20", $"{P}.widths_um: 21 points exceeds the maximum 20"),
        ["1 point"] = Invalid(With(Points(1)),
            $"{P}.times_ms: 1 points is below the minimum 2", $"{P}.positions_um: 1 points is below the minimum 2",
            $"{P}.heights_khz: 1 points is below the minimum 2", $"{P}.widths_um: 1 points is below the minimum 2"),
        ["lists of different lengths"] = Invalid(With(Fixtures.Barrier() with { HeightsKHz = [0, 1, 2] }),
            $"{P}.heights_khz: 3 items must have as many items as times_ms (2)"),
        ["positions at -60 and 60"] = Valid(With(Fixtures.Barrier() with { PositionsUm = [-60, 60] })),
        ["position beyond -60"] = Invalid(With(Fixtures.Barrier() with { PositionsUm = [-60.5, 0] }), $"{P}.positions_um[0]: -60.5 µm is below the minimum -60 µm"),
        ["position beyond 60"] = Invalid(With(Fixtures.Barrier() with { PositionsUm = [0, 60.5] }), $"{P}.positions_um[1]: 60.5 µm exceeds the maximum 60 µm"),
        ["heights 0 and 100"] = Valid(With(Fixtures.Barrier() with { HeightsKHz = [0, 100] })),
        ["height above 100"] = Invalid(With(Fixtures.Barrier() with { HeightsKHz = [0, 100.5] }), $"{P}.heights_khz[1]: 100.5 kHz exceeds the maximum 100 kHz"),
        ["height below 0"] = Invalid(With(Fixtures.Barrier() with { HeightsKHz = [-1, 0] }), $"{P}.heights_khz[0]: -1 kHz is below the minimum 0 kHz"),
        ["widths 0.5 and 20"] = Valid(With(Fixtures.Barrier() with { WidthsUm = [0.5, 20] })),
        ["width below 0.5"] = Invalid(With(Fixtures.Barrier() with { WidthsUm = [0.4, 1] }), $"{P}.widths_um[0]: 0.4 µm is below the minimum 0.5 µm"),
        ["width above 20"] = Invalid(With(Fixtures.Barrier() with { WidthsUm = [1, 20.5] }), $"{P}.widths_um[1]: 20.5 µm exceeds the maximum 20 µm"),
        ["native width 0.5"] = Valid(With(Fixtures.Barrier(BarrierShape.Native, 0.5))),
        ["native width 1"] = Invalid(With(Fixtures.Barrier(BarrierShape.Native, 1)),
            $"{P}.widths_um[0]: 1 must be exactly 0.5 for a NATIVE barrier", $"{P}.widths_um[1]: 1 must be exactly 0.5 for a NATIVE barrier"),
        ["every shape"] = Valid(Fixtures.Bec(20) with
        {
            OpticalBarriers = [Fixtures.Barrier(BarrierShape.Gaussian), Fixtures.Barrier(BarrierShape.Lorentzian), Fixtures.Barrier(BarrierShape.Square)],
        }),
        ["shape undefined"] = Invalid(With(Fixtures.Barrier((BarrierShape)9)), $"{P}.shape: 9 is not one of GAUSSIAN, LORENTZIAN, SQUARE, NATIVE"),
        ["interpolation undefined"] = Invalid(With(Fixtures.Barrier() with { Interpolation = (InterpolationType)42 }),
            $"{P}.interpolation: 42 is not one of LINEAR, SMOOTH, OFF, ZERO, SLINEAR, QUADRATIC, CUBIC, NEAREST, PREVIOUS, NEXT"),
        ["second barrier is reported by index"] = Invalid(Fixtures.Bec(20) with { OpticalBarriers = [Fixtures.Barrier(), Fixtures.Barrier() with { PositionsUm = [0, 61] }] },
            "optical_barriers[1].positions_um[1]: 61 µm exceeds the maximum 60 µm"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Limit(string name) => Cases[name].Check();

    private static InputValues With(OpticalBarrier barrier, double end = 20) => Fixtures.Bec(end) with { OpticalBarriers = [barrier] };

    private static OpticalBarrier Points(int count) => Fixtures.Barrier() with
    {
        TimesMs = [.. Enumerable.Range(0, count).Select(i => i * 0.5)],
        PositionsUm = [.. Enumerable.Repeat(0.0, count)],
        HeightsKHz = [.. Enumerable.Repeat(10.0, count)],
        WidthsUm = [.. Enumerable.Repeat(1.0, count)],
    };
}
