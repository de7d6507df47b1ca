namespace QuantumDsl.Matter;

using static OqtantLimits;

/// <summary>Checks one input against every limit of the latest Oqtant schema, reporting all violations.</summary>
internal static class InputValidator
{
    private const string AtTenth = " at 0.1 ms resolution";

    public static IReadOnlyList<Violation> Validate(MatterInput? input, string prefix)
    {
        var sink = new ViolationSink(prefix);
        if (input?.Values is not { } values)
        {
            sink.Rule("values", "null", "is required");
            return sink.Found;
        }

        Check(values, sink);
        if (input.Notes is { Length: > NotesLengthMax } notes)
        {
            sink.Rule("notes", $"{notes.Length} characters", $"exceeds the maximum {NotesLengthMax} characters");
        }

        return sink.Found;
    }

    private static void Check(InputValues values, ViolationSink sink)
    {
        sink.Range("end_time_ms", values.EndTimeMs, EndTimeMsMin, EndTimeMsMax);
        sink.Tenth("end_time_ms", values.EndTimeMs);
        sink.Range("time_of_flight_ms", values.TimeOfFlightMs, TimeOfFlightMsMin, TimeOfFlightMsMax);
        sink.Tenth("time_of_flight_ms", values.TimeOfFlightMs);
        sink.Defined("image_type", values.ImageType);

        // Cross-rule: no time may exceed end_time_ms (checked only against a valid end time).
        double? end = values.EndTimeMs is >= EndTimeMsMin and <= EndTimeMsMax ? values.EndTimeMs : null;

        if (values.RfEvaporation is null)
        {
            sink.Rule("rf_evaporation", "null", "is required");
        }
        else
        {
            RfEvaporationRules.Check(values.RfEvaporation, end, sink);
        }

        if (values.OpticalBarriers is { } barriers)
        {
            sink.Count("optical_barriers", barriers.Count, BarriersMin, BarriersMax, "barriers");
            for (var i = 0; i < barriers.Count; i++)
            {
                BarrierRules.Check(barriers[i], $"optical_barriers[{i}]", end, sink);
            }
        }

        if (values.OpticalLandscape is { } landscape)
        {
            LandscapeRules.Check(landscape, end, sink);
        }

        if (values.Lasers is { } lasers)
        {
            LaserRules.Check(lasers, end, sink);
        }
    }

    /// <summary>Times at 0.1 ms resolution, in range, within end_time_ms, unique and increasing.</summary>
    internal static void DecimalTimes(IReadOnlyList<double> times, string path, double min, double max, double? end, ViolationSink sink)
    {
        for (var i = 0; i < times.Count; i++)
        {
            sink.Time($"{path}[{i}]", times[i], min, max, end);
            sink.Tenth($"{path}[{i}]", times[i]);
        }

        sink.Increasing(path, times, ViolationSink.TenthKey, AtTenth);
    }
}
