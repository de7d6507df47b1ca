using System.Globalization;

namespace QuantumDsl.Matter;

using static OqtantLimits;

/// <summary>Rules of <c>lasers</c>: the hardware has exactly one terminator with one on/off pulse.</summary>
internal static class LaserRules
{
    public static void Check(IReadOnlyList<Laser> lasers, double? end, ViolationSink sink)
    {
        if (lasers.Count != LaserCount)
        {
            sink.Rule("lasers", Count(lasers.Count, "lasers"), "must hold exactly 1 laser (the terminator)");
        }

        for (var i = 0; i < lasers.Count; i++)
        {
            var path = $"lasers[{i}]";
            if (lasers[i] is not { } laser)
            {
                sink.Rule(path, "null", "is required");
                continue;
            }

            if (laser.Type != LaserType.Terminator)
            {
                sink.Rule($"{path}.type", WireEnum<LaserType>.Describe(laser.Type), "must be TERMINATOR");
            }

            if (laser.PositionUm != TerminatorPositionUm)
            {
                sink.Rule($"{path}.position_um", Violation.Format(laser.PositionUm), $"must be exactly {Violation.Format(TerminatorPositionUm)} (the terminator position)");
            }

            var pulses = laser.Pulses ?? [];
            if (pulses.Count != TerminatorPulseCount)
            {
                sink.Rule($"{path}.pulses", Count(pulses.Count, "pulses"), "must hold exactly 1 pulse");
            }

            for (var j = 0; j < pulses.Count; j++)
            {
                CheckPulse(pulses[j], $"{path}.pulses[{j}]", end, sink);
            }
        }
    }

    private static void CheckPulse(LaserPulse? pulse, string path, double? end, ViolationSink sink)
    {
        if (pulse is null)
        {
            sink.Rule(path, "null", "is required");
            return;
        }

        var times = pulse.TimesMs ?? [];
        if (times.Count != TerminatorPulseTimeCount)
        {
            sink.Rule($"{path}.times_ms", Count(times.Count, "times"), "must hold exactly 2 times (on, off)");
        }

        InputValidator.DecimalTimes(times, $"{path}.times_ms", LaserTimeMsMin, LaserTimeMsMax, end, sink);

        var intensities = pulse.IntensitiesMwPerCm2 ?? [];
        if (intensities.Count != TerminatorPulseTimeCount)
        {
            sink.Rule($"{path}.intensities_mw_per_cm2", Count(intensities.Count, "items"), "must hold exactly 2 intensities [1, 1]");
        }

        for (var i = 0; i < intensities.Count; i++)
        {
            if (intensities[i] != TerminatorIntensity)
            {
                sink.Rule($"{path}.intensities_mw_per_cm2[{i}]", Violation.Format(intensities[i]), "must be exactly 1 (the terminator is on or off)");
            }
        }

        if (pulse.DetuningMHz != TerminatorDetuningMHz)
        {
            sink.Rule($"{path}.detuning_mhz", Violation.Format(pulse.DetuningMHz), "must be exactly 0");
        }

        if (pulse.Interpolation != InterpolationType.Off)
        {
            sink.Rule($"{path}.interpolation", WireEnum<InterpolationType>.Describe(pulse.Interpolation), "must be OFF");
        }
    }

    private static string Count(int count, string noun) => count.ToString(CultureInfo.InvariantCulture) + " " + noun;
}
