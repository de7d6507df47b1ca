using QuantumDsl.Matter;
using static QuantumDsl.Tests.Matter.LimitCase;

namespace QuantumDsl.Tests.Matter;

/// <summary>optical_landscape: every limit and the end-time cross-rule pass at the edge and fail beyond it.</summary>
public sealed class LandscapeLimitTests
{
    private const string L0 = "optical_landscape.landscapes[0]";
    private const string L1 = "optical_landscape.landscapes[1]";

    private static readonly Dictionary<string, LimitCase> Cases = new()
    {
        ["two snapshots"] = Valid(With(Snap(1), Snap(5))),
        ["five snapshots"] = Valid(With(Snap(1), Snap(2), Snap(3), Snap(4), Snap(5))),
        ["one snapshot"] = Invalid(With(Snap(1)), "optical_landscape.landscapes: 1 snapshots is below the minimum 2"),
        ["six snapshots"] = Invalid(With(Snap(1), Snap(2), Snap(3), Snap(4), Snap(5), Snap(6)), "optical_landscape.landscapes: 6 snapshots exceeds the maximum 5"),
        ["times 0 and 200 at end time 200"] = Valid(With(200, Snap(0), Snap(200))),
        ["time below 0"] = Invalid(With(Snap(-0.1), Snap(5)), $"{L0}.time_ms: -0.1 ms is below the minimum 0 ms"),
        ["time after end time"] = Invalid(With(Snap(1), Snap(20.1)), $"{L1}.time_ms: 20.1 ms exceeds the maximum 20 ms (end_time_ms)"),
        ["time finer than 0.1 ms"] = Invalid(With(Snap(1), Snap(1.25)), $"{L1}.time_ms: 1.25 has more than one decimal place: the resolution is 0.1 ms"),
        ["times 0.1 ms apart"] = Valid(With(Snap(1), Snap(1.1))),
        ["repeated time"] = Invalid(With(Snap(1), Snap(1)), $"{L1}.time_ms: 1 repeats {L0}.time_ms (1) at 0.1 ms resolution: times must be unique"),
        ["decreasing time"] = Invalid(With(Snap(5), Snap(1)), $"{L1}.time_ms: 1 comes before {L0}.time_ms (5): times must increase"),
        ["121 points"] = Valid(With(Snap(1, 121), Snap(5))),
        ["122 points"] = Invalid(With(Snap(1, 122), Snap(5)),
            $"{L0}.positions_um: 122 points exceeds the maximum 121", $"{L0}.potentials_khz: 122 points exceeds the maximum 121"),
        ["1 point"] = Invalid(With(Snap(1, 1), Snap(5)),
            $"{L0}.positions_um: 1 points is below the minimum 2", $"{L0}.potentials_khz: 1 points is below the minimum 2"),
        ["lists of different lengths"] = Invalid(With(Snap(1) with { PotentialsKHz = [0, 1, 2] }, Snap(5)),
            $"{L0}.potentials_khz: 3 items must have as many items as positions_um (2)"),
        ["positions at -60 and 60"] = Valid(With(Snap(1) with { PositionsUm = [-60, 60] }, Snap(5))),
        ["position beyond -60"] = Invalid(With(Snap(1) with { PositionsUm = [-61, 0] }, Snap(5)), $"{L0}.positions_um[0]: -61 µm is below the minimum -60 µm"),
        ["position beyond 60"] = Invalid(With(Snap(1) with { PositionsUm = [0, 61] }, Snap(5)), $"{L0}.positions_um[1]: 61 µm exceeds the maximum 60 µm"),
        ["repeated positions"] = Valid(With(Snap(1) with { PositionsUm = [0, 0] }, Snap(5))),
        ["decreasing positions"] = Invalid(With(Snap(1) with { PositionsUm = [10, -10] }, Snap(5)),
            $"{L0}.positions_um[1]: -10 comes before positions_um[0] (10): positions must not decrease"),
        ["potentials 0 and 100"] = Valid(With(Snap(1) with { PotentialsKHz = [0, 100] }, Snap(5))),
        ["potential above 100"] = Invalid(With(Snap(1) with { PotentialsKHz = [0, 101] }, Snap(5)), $"{L0}.potentials_khz[1]: 101 kHz exceeds the maximum 100 kHz"),
        ["potential below 0"] = Invalid(With(Snap(1) with { PotentialsKHz = [-1, 0] }, Snap(5)), $"{L0}.potentials_khz[0]: -1 kHz is below the minimum 0 kHz"),
        ["spatial interpolation undefined"] = Invalid(With(Snap(1) with { SpatialInterpolation = (InterpolationType)42 }, Snap(5)),
            $"{L0}.spatial_interpolation: 42 is not one of LINEAR, SMOOTH, OFF, ZERO, SLINEAR, QUADRATIC, CUBIC, NEAREST, PREVIOUS, NEXT"),
        ["time interpolation undefined"] = Invalid(Fixtures.Bec(20) with { OpticalLandscape = new() { Interpolation = (InterpolationType)42, Landscapes = [Snap(1), Snap(5)] } },
            "optical_landscape.interpolation: 42 is not one of LINEAR, SMOOTH, OFF, ZERO, SLINEAR, QUADRATIC, CUBIC, NEAREST, PREVIOUS, NEXT"),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void Limit(string name) => Cases[name].Check();

    private static InputValues With(params Landscape[] snapshots) => With(20, snapshots);

    private static InputValues With(double end, params Landscape[] snapshots) =>
        Fixtures.Bec(end) with { OpticalLandscape = new OpticalLandscape { Landscapes = snapshots } };

    private static Landscape Snap(double timeMs, int points = 2) => new()
    {
        TimeMs = timeMs,
        PositionsUm = [.. Enumerable.Range(0, points).Select(i => -60.0 + (0.5 * i))],
        PotentialsKHz = [.. Enumerable.Repeat(5.0, points)],
    };
}
