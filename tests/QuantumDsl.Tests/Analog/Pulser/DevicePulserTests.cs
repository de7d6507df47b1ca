using System.Text.Json.Nodes;
using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog.Pulser;

/// <summary>
/// The catalog's devices are written exactly as Pulser writes them (Fixtures/pulser/devices, field by field), and a
/// device read from Pulser's JSON is the catalog's device.
/// </summary>
public sealed class DevicePulserTests
{
    private static readonly string[] Names = ["AnalogDevice", "DigitalAnalogDevice", "Fresnel", "MockDevice", "WeightedAnalogDevice"];

    /// <summary>Every device with a Pulser fixture; all of them are catalog devices.</summary>
    public static TheoryData<string> PulserDevices => new(Names);

    [Fact]
    public void Every_catalog_device_has_a_pulser_fixture()
    {
        Assert.Equal(Names, DeviceCatalog.Default.Names);
    }

    [Theory]
    [MemberData(nameof(PulserDevices))]
    public void The_catalog_writes_each_device_field_for_field_as_pulser(string name)
    {
        var written = JsonNode.Parse(DeviceCatalog.Default.Get(name).ToAbstractRepr());
        var differences = JsonCompare.Differences(PulserJson(name), written);
        Assert.True(differences.Count == 0, $"{name} differs from Pulser's JSON:\n{string.Join("\n", differences)}");
        PulserSchema.AssertValidDevice(written!.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(PulserDevices))]
    public void A_device_read_from_pulser_json_is_the_catalog_device(string name)
    {
        var catalog = DeviceCatalog.Default.Get(name);
        var read = Device.FromAbstractRepr(PulserFixtures.Device(name).ToJsonString());
        Assert.Equal(catalog.ToAbstractRepr(), read.ToAbstractRepr());
        Assert.Equal(catalog.CloudDeviceType, read.CloudDeviceType);
        Assert.Equal(catalog.InteractionCoeff, read.InteractionCoeff);
        Assert.Equal(catalog.RequiresLayout, read.RequiresLayout);
        Assert.Equal(catalog.AcceptsNewLayouts, read.AcceptsNewLayouts);
        Assert.Equal(catalog.Channels, read.Channels);
        Assert.Equal(catalog.DmmChannels, read.DmmChannels);
        Assert.Equal(catalog.PreCalibratedLayouts.Select(l => (l.Slug, l.Traps.Count)), read.PreCalibratedLayouts.Select(l => (l.Slug, l.Traps.Count)));
    }

    [Fact]
    public void The_pulser_facts_the_schedulers_need_are_in_the_model()
    {
        var analog = DeviceCatalog.Default.Get("AnalogDevice").Channels.Single();
        var eom = Assert.IsType<EomConfig>(analog.Eom);
        Assert.Equal(RydbergBeam.Red, eom.LimitingBeam);
        Assert.Equal([RydbergBeam.Blue], eom.ControlledBeams);
        Assert.Equal(240, eom.CustomBufferTimeNs);
        Assert.Equal(8, analog.ModBandwidthMHz);
        var layout = Assert.Single(DeviceCatalog.Default.Get("AnalogDevice").PreCalibratedLayouts);
        Assert.Equal("TriangularLatticeLayout(61, 5.0µm)", layout.Slug);
        Assert.Equal(61, layout.Traps.Count);
        var dmm = Assert.Single(DeviceCatalog.Default.Get("DigitalAnalogDevice").DmmChannels);
        Assert.Equal(("dmm_0", -125.66370614359172, -12566.370614359172), (dmm.Id, dmm.BottomDetuning!.Value, dmm.TotalBottomDetuning!.Value));
        Assert.False(Assert.IsType<EomConfig>(DeviceCatalog.Default.Get("Fresnel").Channels.Single().Eom).MultipleBeamControl);
        Assert.True(DeviceCatalog.Default.Get("MockDevice").ReusableChannels);
        Assert.Equal(0.35, DeviceCatalog.Default.Get("WeightedAnalogDevice").MinLayoutFilling);
    }

    [Fact]
    public void The_published_fresnel_specs_read_as_the_catalog_fresnel()
    {
        var input = JsonNode.Parse(File.ReadAllText(Path.Combine(PulserFixtures.Root, "inputs", "fresnel-device-specs-2025-06.json")))!;
        var published = Device.FromAbstractRepr(input["FRESNEL"]!.GetValue<string>());
        Assert.Equal(DeviceCatalog.Default.Get("Fresnel").ToAbstractRepr(), published.ToAbstractRepr());
        Assert.Equal("FRESNEL", published.CloudDeviceType);
    }

    [Fact]
    public void The_recorded_service_specs_read_as_pulser_reads_them()
    {
        // Pulser loads the pasqal-cloud SDK's recorded FRESNEL entry as a device named 'device' with no channels.
        var verdict = JsonNode.Parse(File.ReadAllText(Path.Combine(PulserFixtures.DevicesDirectory, "verdicts.json")))!["verdicts"]!["recorded:FRESNEL"]!;
        var body = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "pasqal", "core-fast", "api", "v1", "devices", "specs", "_.GET.json")))!;
        var device = Device.FromAbstractRepr(body["data"]!["FRESNEL"]!.GetValue<string>());
        Assert.True(verdict["loaded"]!.GetValue<bool>());
        Assert.Equal(verdict["name"]!.GetValue<string>(), device.Name);
        Assert.Empty(device.Channels);
    }

    [Fact]
    public void A_device_pulser_refuses_is_refused_naming_the_field()
    {
        var json = PulserFixtures.Device("DigitalAnalogDevice");
        json.Remove("dmm_objects");
        var error = Assert.Throws<AbstractReprException>(() => Device.FromAbstractRepr(json.ToJsonString()));
        Assert.Equal("dmm_objects", error.Path);
        Assert.Contains("One DMM object should be defined to support SLM mask.", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadDevices => new()
    {
        { "channels[0].max_amp", "\"fast\"", "expected a number, got the string \"fast\"" },
        { "channels[0].colour", "1", "is not a field of this object" },
        { "channels[0].eom_config.limiting_beam", "\"GREEN\"", "'GREEN' is not a beam (RED or BLUE)" },
        { "channels[0].basis", "\"ising\"", "'ising' is not a basis" },
        { "max_atom_num", "null", "is null: a physical device must give it" },
        { "dimensions", "4", "4 is not 2 or 3" },
        { "pre_calibrated_layouts[0].coordinates[0]", "[1, 2, 3, 4]", "has 4 coordinates: a trap has 2 (x, y) or 3 (x, y, z)" },
        { "pre_calibrated_layouts[0].coordinates[1]", "[1, 2, 3]", "has 3 coordinates but the first trap has 2" },
        { "max_runs", "2.5", "2.5 is not an integer" },
    };

    [Theory]
    [MemberData(nameof(BadDevices))]
    public void Bad_device_json_names_the_path_and_the_reason(string path, string value, string reason)
    {
        var json = PulserFixtures.Device("AnalogDevice");
        Set(json, path, JsonNode.Parse(value));
        var error = Assert.Throws<AbstractReprException>(() => Device.FromAbstractRepr(json.ToJsonString()));
        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_3d_pre_calibrated_layout_on_a_2d_device_is_refused_naming_the_layout()
    {
        var json = PulserFixtures.Device("AnalogDevice");
        Set(json, "pre_calibrated_layouts[0].coordinates", JsonNode.Parse("[[0, 0, 0], [5, 0, 0], [0, 5, 0], [0, 0, 5]]"));
        var error = Assert.Throws<AbstractReprException>(() => Device.FromAbstractRepr(json.ToJsonString()));
        Assert.Equal("pre_calibrated_layouts[0]", error.Path);
        Assert.Contains("is a 3D layout but the device has 2 dimensions", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_json_is_refused_at_the_root()
    {
        var error = Assert.Throws<AbstractReprException>(() => Device.FromAbstractRepr("{\"name\": "));
        Assert.Equal("$", error.Path);
    }

    private static JsonObject PulserJson(string name)
    {
        var json = PulserFixtures.Device(name);
        Assert.Equal("1.10dev0", json["pulser_version"]!.GetValue<string>());
        json.Remove("pulser_version"); // Pulser's own version stamp; QuantumDsl does not write it.
        return json;
    }

    /// <summary>Sets the field at a dotted path with [i] indices, creating the last field if needed.</summary>
    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var parts = path.Replace("[", ".[", StringComparison.Ordinal).Split('.');
        var node = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            node = Step(node, parts[i]);
        }

        var last = parts[^1];
        if (last.StartsWith('['))
        {
            node.AsArray()[int.Parse(last.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture)] = value;
        }
        else
        {
            node.AsObject()[last] = value;
        }
    }

    private static JsonNode Step(JsonNode node, string part) => part.StartsWith('[')
        ? node.AsArray()[int.Parse(part.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture)]!
        : node[part]!;
}
