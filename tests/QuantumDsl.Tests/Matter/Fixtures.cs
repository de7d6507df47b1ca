using QuantumDsl.Matter;

namespace QuantumDsl.Tests.Matter;

/// <summary>Inputs and JSON used by several Matter tests.</summary>
internal static class Fixtures
{
    /// <summary>The BEC fixture POST body exactly as quoted in oqtant.md §4.</summary>
    public const string BecFixtureJson =
        """{"name":"Example Ultracold Matter Generator Job","job_type":"BEC","input_count":1,"inputs":[{"values":{"time_of_flight_ms":8.0,"image_type":"TIME_OF_FLIGHT","end_time_ms":0.0,"rf_evaporation":{"frequencies_mhz":[17.0,8.0,4.0,1.2,0.045],"powers_mw":[500.0,500.0,475.0,360.0,220.0],"interpolation":"LINEAR","times_ms":[-1600,-1200,-800,-400,0]},"optical_barriers":null,"optical_landscape":null,"lasers":null}}]}""";

    /// <summary>A valid BEC input (the fixture ramp, 10 ms lifetime).</summary>
    public static InputValues Bec(double endTimeMs = 10) => new()
    {
        EndTimeMs = endTimeMs,
        ImageType = ImageType.TimeOfFlight,
        TimeOfFlightMs = 8,
        RfEvaporation = new RfEvaporation
        {
            TimesMs = [-1600, -1200, -800, -400, 0],
            FrequenciesMHz = [17, 8, 4, 1.2, 0.045],
            PowersMw = [500, 500, 475, 360, 220],
        },
    };

    /// <summary>A valid two-point barrier.</summary>
    public static OpticalBarrier Barrier(BarrierShape shape = BarrierShape.Gaussian, double width = 1) => new()
    {
        TimesMs = [0, 10],
        PositionsUm = [-10, -10],
        HeightsKHz = [0, 25],
        WidthsUm = [width, width],
        Shape = shape,
    };

    /// <summary>A valid two-snapshot landscape.</summary>
    public static OpticalLandscape Landscape() => new()
    {
        Landscapes =
        [
            new Landscape { TimeMs = 1, PositionsUm = [-10, 10], PotentialsKHz = [0, 20] },
            new Landscape { TimeMs = 5, PositionsUm = [-10, 10], PotentialsKHz = [20, 0] },
        ],
    };

    public static MatterInput Input(InputValues values, string? notes = null) => new(values, notes);

    /// <summary>The messages of an input's violations.</summary>
    public static string[] Messages(InputValues values, string? notes = null) =>
        [.. new MatterInput(values, notes).Validate().Select(v => v.Message)];
}
