namespace QuantumDsl;

/// <summary>
/// Marks a DSL method parameter whose valid range comes from the experiment's device (see
/// <c>QuantumDsl.Analog.DeviceSpecAttribute</c>); the analyzers check constants and <c>[Param]</c> ranges passed to it.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class DeviceLimitAttribute : Attribute
{
    /// <summary>Declares that the parameter carries <paramref name="quantity"/>.</summary>
    public DeviceLimitAttribute(DeviceQuantity quantity) => Quantity = quantity;

    /// <summary>The quantity whose device limit applies.</summary>
    public DeviceQuantity Quantity { get; }
}
