using QuantumDsl.Analog;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// Device specs served by <c>/api/v1/devices/specs</c>: the Pulser device JSON (<see cref="Device.ToAbstractRepr"/>) of
/// every catalog device that has a cloud device type (FRESNEL). FRESNEL_CAN1, whose live specs are not public, serves
/// the Fresnel specs too.
/// </summary>
internal static class DeviceSpecs
{
    public static IReadOnlyDictionary<string, string> All { get; } = Build();

    private static Dictionary<string, string> Build()
    {
        var specs = DeviceCatalog.Default.Devices
            .Where(d => d.CloudDeviceType is not null)
            .ToDictionary(d => d.CloudDeviceType!, d => d.ToAbstractRepr(), StringComparer.Ordinal);
        if (specs.TryGetValue(PasqalDeviceTypes.Fresnel, out var fresnel))
        {
            specs.TryAdd(PasqalDeviceTypes.FresnelCan1, fresnel);
        }

        return specs;
    }
}
