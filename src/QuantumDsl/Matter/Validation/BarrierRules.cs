namespace QuantumDsl.Matter;

using static OqtantLimits;

/// <summary>Rules of one <c>optical_barriers[i]</c>.</summary>
internal static class BarrierRules
{
    public static void Check(OpticalBarrier? barrier, string path, double? end, ViolationSink sink)
    {
        if (barrier is null)
        {
            sink.Rule(path, "null", "is required");
            return;
        }

        IReadOnlyList<double> times = barrier.TimesMs ?? [], positions = barrier.PositionsUm ?? [],
            heights = barrier.HeightsKHz ?? [], widths = barrier.WidthsUm ?? [];
        sink.Count($"{path}.times_ms", times.Count, BarrierPointsMin, BarrierPointsMax, "points");
        sink.Count($"{path}.positions_um", positions.Count, BarrierPointsMin, BarrierPointsMax, "points");
        sink.Count($"{path}.heights_khz", heights.Count, BarrierPointsMin, BarrierPointsMax, "points");
        sink.Count($"{path}.widths_um", widths.Count, BarrierPointsMin, BarrierPointsMax, "points");
        sink.SameLength($"{path}.positions_um", positions.Count, "times_ms", times.Count);
        sink.SameLength($"{path}.heights_khz", heights.Count, "times_ms", times.Count);
        sink.SameLength($"{path}.widths_um", widths.Count, "times_ms", times.Count);
        sink.Defined($"{path}.interpolation", barrier.Interpolation);
        sink.Defined($"{path}.shape", barrier.Shape);

        InputValidator.DecimalTimes(times, $"{path}.times_ms", BarrierTimeMsMin, BarrierTimeMsMax, end, sink);
        for (var i = 0; i < positions.Count; i++)
        {
            sink.Range($"{path}.positions_um[{i}]", positions[i], BarrierPositionUmMin, BarrierPositionUmMax);
        }

        for (var i = 0; i < heights.Count; i++)
        {
            sink.Range($"{path}.heights_khz[{i}]", heights[i], BarrierHeightKHzMin, BarrierHeightKHzMax);
        }

        for (var i = 0; i < widths.Count; i++)
        {
            if (barrier.Shape == BarrierShape.Native)
            {
                if (widths[i] != NativeBarrierWidthUm)
                {
                    sink.Rule($"{path}.widths_um[{i}]", Violation.Format(widths[i]), $"must be exactly {Violation.Format(NativeBarrierWidthUm)} for a NATIVE barrier");
                }
            }
            else
            {
                sink.Range($"{path}.widths_um[{i}]", widths[i], BarrierWidthUmMin, BarrierWidthUmMax);
            }
        }
    }
}
