namespace QuantumDsl.Analog;

/// <summary>
/// Declares a detuning map modulator (DMM) of a device declared with <see cref="DeviceSpecAttribute"/> (Pulser's
/// <c>DMM</c>, written in the device's <c>dmm_objects</c>). A DMM is a global channel adding a weighted, negative
/// detuning per atom; Pulser implements the SLM mask with one. Detunings in rad/µs, times in ns.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class DmmSpecAttribute : Attribute
{
    /// <summary>Declares DMM <paramref name="id"/> (for example <c>dmm_0</c>) of <paramref name="device"/>.</summary>
    public DmmSpecAttribute(string device, string id)
    {
        Device = device;
        Id = id;
    }

    /// <summary>The device name.</summary>
    public string Device { get; }

    /// <summary>The DMM id.</summary>
    public string Id { get; }

    /// <summary>Lowest detuning one atom can get (<c>bottom_detuning</c>, ≤ 0; NaN: no limit).</summary>
    public double BottomDetuning { get; set; } = double.NaN;

    /// <summary>Lowest sum of the atoms' detunings (<c>total_bottom_detuning</c>, ≤ 0; NaN: no limit).</summary>
    public double TotalBottomDetuning { get; set; } = double.NaN;

    /// <summary>Minimum average |δ| of a non-zero DMM pulse (<c>min_avg_abs_detuning</c>; 0: none).</summary>
    public double MinAverageAbsDetuning { get; set; }

    /// <summary>Clock period (ns).</summary>
    public int ClockPeriodNs { get; set; } = 1;

    /// <summary>Shortest pulse (ns).</summary>
    public int MinDurationNs { get; set; } = 1;

    /// <summary>Longest pulse (ns; 0: no limit).</summary>
    public int MaxDurationNs { get; set; } = 100_000_000;

    /// <summary>Modulation bandwidth in MHz (0: none).</summary>
    public double ModBandwidthMHz { get; set; }
}
