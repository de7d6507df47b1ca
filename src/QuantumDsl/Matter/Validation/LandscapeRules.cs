namespace QuantumDsl.Matter;

using static OqtantLimits;

/// <summary>Rules of <c>optical_landscape</c>.</summary>
internal static class LandscapeRules
{
    public static void Check(OpticalLandscape landscape, double? end, ViolationSink sink)
    {
        var snapshots = landscape.Landscapes ?? [];
        sink.Count("optical_landscape.landscapes", snapshots.Count, LandscapesMin, LandscapesMax, "snapshots");
        sink.Defined("optical_landscape.interpolation", landscape.Interpolation);

        var times = new List<double>(snapshots.Count);
        for (var i = 0; i < snapshots.Count; i++)
        {
            var path = $"optical_landscape.landscapes[{i}]";
            if (snapshots[i] is not { } snapshot)
            {
                sink.Rule(path, "null", "is required");
                continue;
            }

            times.Add(snapshot.TimeMs);
            sink.Time($"{path}.time_ms", snapshot.TimeMs, LandscapeTimeMsMin, LandscapeTimeMsMax, end);
            sink.Tenth($"{path}.time_ms", snapshot.TimeMs);
            if (i > 0 && snapshots[i - 1] is { } previous)
            {
                var (a, b) = (ViolationSink.TenthKey(previous.TimeMs), ViolationSink.TenthKey(snapshot.TimeMs));
                var before = $"optical_landscape.landscapes[{i - 1}].time_ms ({Violation.Format(previous.TimeMs)})";
                if (a == b)
                {
                    sink.Rule($"{path}.time_ms", Violation.Format(snapshot.TimeMs), $"repeats {before} at 0.1 ms resolution: times must be unique");
                }
                else if (b < a)
                {
                    sink.Rule($"{path}.time_ms", Violation.Format(snapshot.TimeMs), $"comes before {before}: times must increase");
                }
            }

            CheckSnapshot(snapshot, path, sink);
        }
    }

    private static void CheckSnapshot(Landscape snapshot, string path, ViolationSink sink)
    {
        IReadOnlyList<double> positions = snapshot.PositionsUm ?? [], potentials = snapshot.PotentialsKHz ?? [];
        sink.Count($"{path}.positions_um", positions.Count, LandscapePointsMin, LandscapePointsMax, "points");
        sink.Count($"{path}.potentials_khz", potentials.Count, LandscapePointsMin, LandscapePointsMax, "points");
        sink.SameLength($"{path}.potentials_khz", potentials.Count, "positions_um", positions.Count);
        sink.Defined($"{path}.spatial_interpolation", snapshot.SpatialInterpolation);
        for (var i = 0; i < positions.Count; i++)
        {
            sink.Range($"{path}.positions_um[{i}]", positions[i], LandscapePositionUmMin, LandscapePositionUmMax);
            if (i > 0 && positions[i] < positions[i - 1])
            {
                sink.Rule($"{path}.positions_um[{i}]", Violation.Format(positions[i]), $"comes before positions_um[{i - 1}] ({Violation.Format(positions[i - 1])}): positions must not decrease");
            }
        }

        for (var i = 0; i < potentials.Count; i++)
        {
            sink.Range($"{path}.potentials_khz[{i}]", potentials[i], LandscapePotentialKHzMin, LandscapePotentialKHzMax);
        }
    }
}
