using System.Globalization;

namespace QuantumDsl.Analog;

/// <summary>Checks bound values of one operation against a channel's limits.</summary>
internal sealed class ValueChecker(Device device, List<Violation> v, bool incomplete)
{
    public void Pulse(string path, Pulse pulse, DeviceChannel channel, IReadOnlyDictionary<string, double> values)
    {
        var amp = pulse.Amplitude.Stats(values);
        var det = pulse.Detuning.Stats(values);
        var ampPath = path + ".amplitude";
        var detPath = path + ".detuning";
        WaveformDurations(ampPath, pulse.Amplitude, values);
        WaveformDurations(detPath, pulse.Detuning, values);

        var ampFollows = pulse.Amplitude is ConstantWaveform { FollowsPulse: true };
        var detFollows = pulse.Detuning is ConstantWaveform { FollowsPulse: true };
        var durationPath = (ampFollows ? detPath : ampPath) + (pulse.Amplitude is BlackmanMaxWaveform && !ampFollows ? string.Empty : ".duration");
        var duration = ampFollows ? det.DurationNs : amp.DurationNs;
        if (!ampFollows && !detFollows && Known(amp.DurationNs) && Known(det.DurationNs) && amp.DurationNs != det.DurationNs)
        {
            v.Add(Violation.Rule(detPath + ".duration", Violation.Format(det.DurationNs), $"differs from the amplitude duration {Violation.Format(amp.DurationNs)}: both waveforms of a pulse last equally long"));
        }

        Duration(durationPath, duration, channel);
        var source = $"{device.Name} {channel.Id}";
        if (Known(amp.Max) && channel.MaxAmplitude > 0 && amp.Max > channel.MaxAmplitude)
        {
            v.Add(Violation.AboveMaximum(ampPath, amp.Max, channel.MaxAmplitude, source + " max_amp"));
        }

        if (Known(amp.Min) && amp.Min < 0)
        {
            v.Add(Violation.BelowMinimum(ampPath, amp.Min, 0, "amplitudes are non-negative"));
        }

        if (Known(amp.Max) && amp.Max > 0 && channel.MinAverageAmplitude > 0 && Known(amp.Average) && amp.Average < channel.MinAverageAmplitude)
        {
            v.Add(Violation.BelowMinimum(ampPath, amp.Average, channel.MinAverageAmplitude, source + " min_avg_amp: average amplitude"));
        }

        if (channel.MaxAbsDetuning > 0 && Known(det.Max) && det.Max > channel.MaxAbsDetuning)
        {
            v.Add(Violation.AboveMaximum(detPath, det.Max, channel.MaxAbsDetuning, source + " max_abs_detuning"));
        }

        if (channel.MaxAbsDetuning > 0 && Known(det.Min) && det.Min < -channel.MaxAbsDetuning)
        {
            v.Add(Violation.BelowMinimum(detPath, det.Min, -channel.MaxAbsDetuning, source + " max_abs_detuning"));
        }

        Finite(path + ".phase", pulse.Phase.Evaluate(values));
        Finite(path + ".post_phase_shift", pulse.PostPhaseShift.Evaluate(values));
    }

    public void Duration(string path, double duration, DeviceChannel channel)
    {
        if (!Known(duration))
        {
            return;
        }

        var source = $"{device.Name} {channel.Id}";
        if (duration < channel.MinDurationNs)
        {
            v.Add(Violation.BelowMinimum(path, duration, channel.MinDurationNs, source + " min_duration"));
        }
        else if (channel.MaxDurationNs > 0 && duration > channel.MaxDurationNs)
        {
            v.Add(Violation.AboveMaximum(path, duration, channel.MaxDurationNs, source + " max_duration"));
        }
        else if (channel.ClockPeriodNs > 1 && duration % channel.ClockPeriodNs != 0)
        {
            v.Add(Violation.Rule(path, Violation.Format(duration), $"is not a multiple of the clock period {channel.ClockPeriodNs.ToString(CultureInfo.InvariantCulture)} ns ({source} clock_period)"));
        }
    }

    public void Finite(string path, double value)
    {
        if (!incomplete && !double.IsFinite(value))
        {
            v.Add(Violation.Rule(path, Violation.Format(value), "is not a finite number"));
        }
    }

    private void WaveformDurations(string path, Waveform waveform, IReadOnlyDictionary<string, double> values)
    {
        if (waveform is CompositeWaveform)
        {
            foreach (var (sub, duration) in waveform.Durations())
            {
                var value = duration.Evaluate(values);
                if (Known(value) && !(value >= 1))
                {
                    v.Add(Violation.BelowMinimum($"{path}.{sub}", value, 1, "waveform duration in ns"));
                }
            }
        }

        var stats = waveform.Stats(values);
        if (!incomplete && (double.IsNaN(stats.DurationNs) || double.IsNaN(stats.Max) || double.IsNaN(stats.Min)))
        {
            v.Add(Violation.Rule(path, "NaN", "evaluates to a value that is not a number (check max_val, area, duration and expressions)"));
        }
    }

    private static bool Known(double value) => !double.IsNaN(value);
}
