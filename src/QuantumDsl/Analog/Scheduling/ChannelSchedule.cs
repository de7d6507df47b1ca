namespace QuantumDsl.Analog;

/// <summary>What a time slot of a channel holds (Pulser's <c>_TimeSlot.type</c>).</summary>
internal enum SlotKind
{
    Target,
    Delay,
    Pulse,
}

/// <summary>One slot of a channel's timeline: [<see cref="Ti"/>, <see cref="Tf"/>) ns on <see cref="Targets"/>.</summary>
internal sealed record TimeSlot(SlotKind Kind, int Ti, int Tf, IReadOnlySet<string> Targets, BuiltPulse? Pulse = null);

/// <summary>
/// The timeline of one declared channel, with Pulser's timing rules: durations validated and rounded up to the clock
/// period, fall times of pulses from the modulation bandwidth, and the channel's duration with or without them.
/// </summary>
internal sealed class ChannelSchedule(string name, DeviceChannel channel, string device)
{
    private readonly Dictionary<(BuiltPulse Pulse, bool Eom), int> _fallTimes = [];

    public string Name { get; } = name;

    public DeviceChannel Channel { get; } = channel;

    public List<TimeSlot> Slots { get; } = [];

    public int RiseTime { get; } = Modulation.RiseTime(channel.ModBandwidthMHz);

    /// <summary>For a DMM channel, the weight of its detuning on each qubit (Pulser's detuning map on the register); null otherwise.</summary>
    public IReadOnlyDictionary<string, double>? Weights { get; init; }

    /// <summary>The EOM blocks of the channel (Pulser's <c>eom_blocks</c>); the last one is open while in EOM mode.</summary>
    public List<EomBlock> EomBlocks { get; } = [];

    /// <summary>Whether the channel is in EOM mode now (the last EOM block is open).</summary>
    public bool InEomMode => EomBlocks.Count > 0 && EomBlocks[^1].Tf is null;

    /// <summary>Pulser's <c>_eom_buffer_time</c>: the EOM's custom buffer time, else twice the rise time.</summary>
    public int EomBufferTime => Channel.Eom?.CustomBufferTimeNs is > 0 and var custom ? custom : 2 * RiseTime;

    /// <summary>Whether a slot starts inside an EOM block (an open block ends at the channel's duration).</summary>
    public bool InEomModeAt(TimeSlot slot) => EomBlocks.Any(b => b.Ti <= slot.Ti && slot.Ti < (b.Tf ?? Duration()));

    /// <summary>Pulser's <c>phase_jump_time</c>: the custom value when the device gives one, else twice the rise time.</summary>
    public int PhaseJumpTime => Channel.CustomPhaseJumpTimeNs ?? (2 * RiseTime);

    public int ClockPeriod => Math.Max(1, Channel.ClockPeriodNs);

    public int MinDuration => Math.Max(1, Channel.MinDurationNs);

    public TimeSlot Last => Slots.Count > 0 ? Slots[^1] : throw ScheduleException.Rule("channel", Name, "has no target yet: target atoms on a local channel before using it");

    /// <summary>Pulser's <c>Pulse.fall_time</c>: rise time plus the longer end buffer of amplitude and detuning.</summary>
    /// <remarks>In EOM mode the EOM's bandwidth and rise time are used instead of the channel's.</remarks>
    public int FallTime(BuiltPulse pulse, bool inEomMode = false)
    {
        var bandwidth = inEomMode && Channel.Eom is { } eom ? eom.ModBandwidthMHz : Channel.ModBandwidthMHz;
        var rise = Modulation.RiseTime(bandwidth);
        if (rise == 0)
        {
            return 0;
        }

        if (!_fallTimes.TryGetValue((pulse, inEomMode), out var fall))
        {
            fall = rise + Math.Max(
                Modulation.EndBuffer(pulse.Amplitude.Samples, bandwidth),
                Modulation.EndBuffer(pulse.Detuning.Samples, bandwidth));
            _fallTimes[(pulse, inEomMode)] = fall;
        }

        return fall;
    }

    /// <summary>End of the last slot, or (with <paramref name="includeFallTime"/>) of the last pulse's fall.</summary>
    public int Duration(bool includeFallTime = false)
    {
        var tf = 0;
        for (var i = Slots.Count - 1; i >= 0; i--)
        {
            var slot = Slots[i];
            if (i == Slots.Count - 1)
            {
                tf = slot.Tf;
                if (!includeFallTime)
                {
                    break;
                }
            }

            if (slot.Kind == SlotKind.Pulse)
            {
                tf = Math.Max(tf, slot.Tf + FallTime(slot.Pulse!, InEomMode));
                break;
            }

            if (tf - slot.Tf >= 2 * RiseTime)
            {
                break;
            }
        }

        return tf;
    }

    /// <summary>End of the last <c>target</c> slot (0 when none).</summary>
    public int LastTargetEnd()
    {
        for (var i = Slots.Count - 1; i >= 0; i--)
        {
            if (Slots[i].Kind == SlotKind.Target)
            {
                return Slots[i].Tf;
            }
        }

        return 0;
    }

    /// <summary>The last pulse slot, skipping detuned delays when asked; null when none.</summary>
    public TimeSlot? LastPulseSlot(bool ignoreDetunedDelay)
    {
        for (var i = Slots.Count - 1; i >= 0; i--)
        {
            if (Slots[i].Kind == SlotKind.Pulse && !(ignoreDetunedDelay && Slots[i].Pulse!.IsDetunedDelay))
            {
                return Slots[i];
            }
        }

        return null;
    }

    /// <summary>Pulser's <c>Channel.validate_duration</c>: within [min, max], rounded up to the clock period.</summary>
    public int ValidateDuration(double duration, string path)
    {
        var whole = (int)Math.Truncate(duration);
        if (duration < MinDuration)
        {
            throw new ScheduleException(Violation.BelowMinimum(path, duration, MinDuration, $"{device} {Channel.Id} min_duration"));
        }

        if (Channel.MaxDurationNs > 0 && duration > Channel.MaxDurationNs)
        {
            throw new ScheduleException(Violation.AboveMaximum(path, duration, Channel.MaxDurationNs, $"{device} {Channel.Id} max_duration"));
        }

        var rest = whole % ClockPeriod;
        return rest == 0 ? whole : whole + ClockPeriod - rest;
    }

    /// <summary>Pulser's <c>adjust_duration</c>: at least the minimum duration, validated and rounded up.</summary>
    public int AdjustDuration(int duration, string path) => ValidateDuration(Math.Max(duration, MinDuration), path);
}

/// <summary>
/// One EOM block of a channel (Pulser's <c>_EOMSettings</c>): the setpoint from <see cref="Ti"/> until <see cref="Tf"/>
/// (null while the mode is on). Amplitude and detunings in rad/µs.
/// </summary>
internal sealed class EomBlock(double rabiFreq, double detuningOn, double detuningOff, int ti)
{
    public double RabiFreq { get; } = rabiFreq;

    public double DetuningOn { get; } = detuningOn;

    public double DetuningOff { get; } = detuningOff;

    public int Ti { get; } = ti;

    public int? Tf { get; set; }

    /// <summary>The beams switched off between pulses to reach <see cref="DetuningOff"/>.</summary>
    public IReadOnlyList<RydbergBeam> SwitchingBeams { get; init; } = [];
}
