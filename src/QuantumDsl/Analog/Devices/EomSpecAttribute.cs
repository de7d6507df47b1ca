namespace QuantumDsl.Analog;

/// <summary>
/// Declares the EOM of a channel declared with <see cref="ChannelSpecAttribute"/> (Pulser's <c>RydbergEOM</c>,
/// written as the channel's <c>eom_config</c>). Amplitudes and detunings in rad/µs, times in ns.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class EomSpecAttribute : Attribute
{
    /// <summary>Declares the EOM of channel <paramref name="channelId"/> of <paramref name="device"/>.</summary>
    public EomSpecAttribute(string device, string channelId)
    {
        Device = device;
        ChannelId = channelId;
    }

    /// <summary>The device name.</summary>
    public string Device { get; }

    /// <summary>The channel id.</summary>
    public string ChannelId { get; }

    /// <summary>The beam whose amplitude limits the Rabi frequency: <c>RED</c> or <c>BLUE</c>.</summary>
    public string LimitingBeam { get; set; } = "RED";

    /// <summary>Maximum amplitude of the limiting beam (<c>max_limiting_amp</c>).</summary>
    public double MaxLimitingAmp { get; set; }

    /// <summary>Detuning of the intermediate state (<c>intermediate_detuning</c>).</summary>
    public double IntermediateDetuning { get; set; }

    /// <summary>Beams switched on and off by the EOM, comma-separated (<c>BLUE</c>, <c>RED</c> or <c>RED,BLUE</c>).</summary>
    public string ControlledBeams { get; set; } = "BLUE";

    /// <summary>The EOM's modulation bandwidth in MHz.</summary>
    public double ModBandwidthMHz { get; set; }

    /// <summary>Custom buffer time enforced when switching EOM mode (ns; -1: none, Pulser's default).</summary>
    public int CustomBufferTimeNs { get; set; } = -1;

    /// <summary>Whether both controlled beams can be switched at once (Pulser's default: true).</summary>
    public bool MultipleBeamControl { get; set; } = true;

    /// <summary>Light shift coefficient of the blue beam (Pulser's default: 1).</summary>
    public double BlueShiftCoeff { get; set; } = 1.0;

    /// <summary>Light shift coefficient of the red beam (Pulser's default: 1).</summary>
    public double RedShiftCoeff { get; set; } = 1.0;
}
