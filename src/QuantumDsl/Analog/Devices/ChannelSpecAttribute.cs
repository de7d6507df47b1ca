namespace QuantumDsl.Analog;

/// <summary>
/// Declares one channel of a device declared with <see cref="DeviceSpecAttribute"/> (assembly-level data, read by the
/// runtime catalog and by the analyzers). Amplitudes and detunings in rad/µs, times in ns; for maxima, 0 means "no limit".
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class ChannelSpecAttribute : Attribute
{
    /// <summary>Declares channel <paramref name="id"/> (for example <c>rydberg_global</c>) of <paramref name="device"/>.</summary>
    public ChannelSpecAttribute(string device, string id)
    {
        Device = device;
        Id = id;
    }

    /// <summary>The device name.</summary>
    public string Device { get; }

    /// <summary>The channel id, <c>&lt;basis type&gt;_&lt;addressing&gt;</c>.</summary>
    public string Id { get; }

    /// <summary>Measurement basis: <c>ground-rydberg</c>, <c>digital</c> or <c>XY</c>.</summary>
    public string Basis { get; set; } = "ground-rydberg";

    /// <summary><c>Global</c> or <c>Local</c>.</summary>
    public string Addressing { get; set; } = "Global";

    /// <summary>Maximum amplitude Ω (0: no limit).</summary>
    public double MaxAmplitude { get; set; }

    /// <summary>Maximum |δ| (0: no limit).</summary>
    public double MaxAbsDetuning { get; set; }

    /// <summary>Minimum average amplitude of a non-zero pulse (0: none).</summary>
    public double MinAverageAmplitude { get; set; }

    /// <summary>Clock period: every duration is a multiple of it.</summary>
    public int ClockPeriodNs { get; set; } = 1;

    /// <summary>Shortest pulse.</summary>
    public int MinDurationNs { get; set; } = 1;

    /// <summary>Longest pulse (0: no limit).</summary>
    public int MaxDurationNs { get; set; }

    /// <summary>Modulation bandwidth in MHz (0: none).</summary>
    public double ModBandwidthMHz { get; set; }

    /// <summary>Minimum time between retargets of a local channel (ns).</summary>
    public int MinRetargetIntervalNs { get; set; }

    /// <summary>Fixed time a retarget takes (ns).</summary>
    public int FixedRetargetNs { get; set; }

    /// <summary>Maximum simultaneous targets of a local channel (0: no limit).</summary>
    public int MaxTargets { get; set; }

    /// <summary>Custom phase-jump time in ns (<c>custom_phase_jump_time</c>; -1: none, Pulser's default).</summary>
    public int CustomPhaseJumpTimeNs { get; set; } = -1;

    /// <summary>Propagation direction of the beam, x, y, z (<c>propagation_dir</c>; empty: not given).</summary>
    public double[] PropagationDirection { get; set; } = [];
}
