using System.Text.Json;
using QuantumDsl.Analog;
using QuantumDsl.Tests.Analog.Pulser;

namespace QuantumDsl.Tests.Analog;

/// <summary>Pulser's special layouts (same traps, same slug) and detuning maps defined on a layout's trap ids.</summary>
public sealed class LayoutLatticeTests
{
    [Fact]
    public void The_triangular_lattice_is_analog_devices_pre_calibrated_layout()
    {
        var device = DeviceCatalog.Default.Get("AnalogDevice").PreCalibratedLayouts[0];
        var made = RegisterLayout.TriangularLattice(61, 5.0);
        Assert.Equal("TriangularLatticeLayout(61, 5.0µm)", made.Slug);
        Assert.Equal(device.Slug, made.Slug);
        Assert.Equal(device.Traps, made.Traps);
    }

    [Theory]
    [InlineData("reg_mappable_partial")]
    [InlineData("layout_rectangular_lattice")]
    [InlineData("layout_triangular_dmm_trap_ids")]
    public void Each_special_layout_is_written_as_pulsers_layout(string fixture)
    {
        var layout = fixture switch
        {
            "reg_mappable_partial" => RegisterLayout.SquareLattice(3, 3, 5.0),
            "layout_rectangular_lattice" => RegisterLayout.RectangularLattice(2, 3, 5.0, 4.5),
            _ => RegisterLayout.TriangularLattice(19, 6.0),
        };
        var sequence = new SequenceBuilder("MockDevice")
            .Register(layout.DefineRegister(0))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(40, 1.0, 0.0, 0.0), "ryd")
            .Build();
        using var mine = JsonDocument.Parse(sequence.ToAbstractRepr());
        var pulsers = PulserFixture.Load(fixture).Root.GetProperty("abstract_repr").GetProperty("layout");
        Assert.Equal(pulsers.GetProperty("slug").GetString(), mine.RootElement.GetProperty("layout").GetProperty("slug").GetString());
        Assert.Equal(
            pulsers.GetProperty("coordinates").EnumerateArray().Select(p => p.EnumerateArray().Select(c => c.GetDouble()).ToArray()),
            mine.RootElement.GetProperty("layout").GetProperty("coordinates").EnumerateArray().Select(p => p.EnumerateArray().Select(c => c.GetDouble()).ToArray()));
    }

    [Fact]
    public void A_detuning_map_by_trap_id_refuses_unknown_traps_and_weights_outside_0_to_1()
    {
        var layout = RegisterLayout.SquareLattice(2, 2, 5.0);
        var error = Assert.Throws<ExperimentValidationException>(() => layout.DefineDetuningMap(new Dictionary<int, double> { [4] = 0.5, [1] = 1.5 }));
        Assert.Contains(error.Violations, v => v.Path == "weightsByTrap" && v.Message.Contains("4 is not a trap id of the layout (0..3)", StringComparison.Ordinal));
        Assert.Contains(error.Violations, v => v.Path == "weightsByTrap[1]" && v.Message.Contains("1.5 is not a weight between 0 and 1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 3.0, "rows")]
    [InlineData(2, -1.0, "spacingUm")]
    public void Lattice_layouts_refuse_bad_sizes_naming_the_argument(int rows, double spacing, string path)
    {
        var error = Assert.Throws<ExperimentValidationException>(() => RegisterLayout.SquareLattice(rows, 2, spacing));
        Assert.Contains(error.Violations, v => v.Path == path);
    }
}
