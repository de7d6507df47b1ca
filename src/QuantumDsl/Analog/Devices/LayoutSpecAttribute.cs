namespace QuantumDsl.Analog;

/// <summary>
/// Declares a pre-calibrated trap layout of a device declared with <see cref="DeviceSpecAttribute"/> (written in the
/// device's <c>pre_calibrated_layouts</c>): 2D trap coordinates in µm, as Pulser lists them.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class LayoutSpecAttribute : Attribute
{
    /// <summary>Declares the layout <paramref name="slug"/> of <paramref name="device"/> with traps at <paramref name="coordinates"/> (x0, y0, x1, y1, …).</summary>
    public LayoutSpecAttribute(string device, string slug, params double[] coordinates)
    {
        Device = device;
        Slug = slug;
        Coordinates = coordinates;
    }

    /// <summary>The device name.</summary>
    public string Device { get; }

    /// <summary>The layout's name (Pulser's <c>slug</c>).</summary>
    public string Slug { get; }

    /// <summary>Trap coordinates, x and y alternating (µm).</summary>
    public IReadOnlyList<double> Coordinates { get; }
}
