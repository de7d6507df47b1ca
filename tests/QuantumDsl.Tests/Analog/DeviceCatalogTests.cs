using System.Text.Json;
using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog;

public sealed class DeviceCatalogTests
{
    [Fact]
    public void The_default_catalog_holds_the_declared_devices()
    {
        Assert.Equal(["AnalogDevice", "DigitalAnalogDevice", "Fresnel", "MockDevice", "WeightedAnalogDevice"], DeviceCatalog.Default.Names);
        var analog = DeviceCatalog.Default.Get("AnalogDevice");
        Assert.Equal(80, analog.MaxAtomNum);
        Assert.Equal(5, analog.MinAtomDistanceUm);
        var channel = Assert.Single(analog.Channels);
        Assert.Equal(Channels.RydbergGlobal, channel.Id);
        Assert.Equal(2 * Math.PI * 2, channel.MaxAmplitude, 12);
        Assert.Equal(2 * Math.PI * 20, channel.MaxAbsDetuning, 12);
        Assert.Equal("FRESNEL", DeviceCatalog.Default.Get("Fresnel").CloudDeviceType);
        Assert.Equal(new HashSet<Basis> { Basis.GroundRydberg, Basis.Digital, Basis.XY }, DeviceCatalog.Default.Get("MockDevice").SupportedBases);
    }

    [Fact]
    public void An_unknown_device_lists_the_known_ones()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => DeviceCatalog.Default.Get("Chadoq2"));
        Assert.Equal("Unknown device 'Chadoq2'; known devices: AnalogDevice, DigitalAnalogDevice, Fresnel, MockDevice, WeightedAnalogDevice.", error.Message);
    }

    [Fact]
    public void A_catalog_can_be_read_from_another_assembly()
    {
        Assert.Equal(["TestCrampedLayout", "TestFixedLayouts", "TestXY"], TestDevices.Catalog.Names);
        Assert.False(TestDevices.Catalog.Get("TestFixedLayouts").AcceptsNewLayouts);
    }

    public static TheoryData<string> DeviceNames => new(DeviceCatalog.Default.Names);

    [Theory]
    [MemberData(nameof(DeviceNames))]
    public void Every_device_writes_valid_device_json(string name)
    {
        var device = DeviceCatalog.Default.Get(name);
        var json = device.ToAbstractRepr();
        PulserSchema.AssertValidDevice(json);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal(name, doc.RootElement.GetProperty("name").GetString());
        Assert.Equal(device.IsVirtual, doc.RootElement.GetProperty("is_virtual").GetBoolean());
        Assert.Equal(device.Channels.Count, doc.RootElement.GetProperty("channels").GetArrayLength());
    }

    [Fact]
    public void Device_json_carries_the_limits()
    {
        using var doc = JsonDocument.Parse(DeviceCatalog.Default.Get("Fresnel").ToAbstractRepr());
        var root = doc.RootElement;
        Assert.Equal(6000, root.GetProperty("max_sequence_duration").GetInt32());
        Assert.Equal(500, root.GetProperty("max_runs").GetInt32());
        Assert.Equal(38, root.GetProperty("max_radial_distance").GetDouble());
        var channel = root.GetProperty("channels")[0];
        Assert.Equal(48.69468613064179, channel.GetProperty("max_abs_detuning").GetDouble());
        Assert.Equal(0.5654866776461628, channel.GetProperty("min_avg_amp").GetDouble());
        Assert.Equal(JsonValueKind.Null, channel.GetProperty("max_targets").ValueKind);
        Assert.Equal(240, channel.GetProperty("eom_config").GetProperty("custom_buffer_time").GetInt32());
        Assert.Equal(19071.447974615883, root.GetProperty("interaction_coeff_xy").GetDouble());
        using var mock = JsonDocument.Parse(DeviceCatalog.Default.Get("MockDevice").ToAbstractRepr());
        Assert.Equal(36288.3559282823, mock.RootElement.GetProperty("interaction_coeff_xy").GetDouble());
    }
}
