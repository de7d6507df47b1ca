using System.Text.Json.Nodes;
using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog;

/// <summary>Layouts derived for devices that require one (Pulser's <c>with_automatic_layout</c> rules).</summary>
public sealed class LayoutTests
{
    [Theory]
    [InlineData("AnalogDevice", 2)]
    [InlineData("AnalogDevice", 12)]
    [InlineData("Fresnel", 2)]
    [InlineData("DigitalAnalogDevice", 9)]
    public void The_layout_holds_every_atom_and_enough_well_spaced_traps(string deviceName, int atoms)
    {
        var device = DeviceCatalog.Default.Get(deviceName);
        var register = Register.Rectangle(atoms / 3 + (atoms % 3 > 0 ? 1 : 0), Math.Min(atoms, 3), 6);
        var sequence = new SequenceBuilder(deviceName)
            .Register(register).Channel("ryd", Channels.RydbergGlobal).Add(Pulse.Constant(100, 1, 0), "ryd").Build();
        var layout = sequence.Layout!;
        Assert.NotNull(layout);

        foreach (var atom in register.Atoms)
        {
            Assert.Contains((atom.X, atom.Y), layout.Traps);
        }

        var filling = (double)register.Count / layout.Traps.Count;
        Assert.True(filling <= device.MaxLayoutFilling, $"filling {filling} above {device.MaxLayoutFilling}");
        Assert.True(layout.Traps.Count >= device.MinLayoutTraps);
        var optimal = device.OptimalLayoutFilling > 0 ? device.OptimalLayoutFilling : device.MaxLayoutFilling;
        Assert.Equal(Math.Max(Math.Max((int)Math.Round(register.Count / optimal, MidpointRounding.ToEven), (int)Math.Ceiling(register.Count / device.MaxLayoutFilling)), device.MinLayoutTraps), layout.Traps.Count);
        for (var i = 0; i < layout.Traps.Count; i++)
        {
            var (x, y) = layout.Traps[i];
            Assert.True(Math.Sqrt((x * x) + (y * y)) <= device.MaxRadialDistanceUm);
            for (var j = 0; j < i; j++)
            {
                var d = Math.Sqrt(Math.Pow(x - layout.Traps[j].X, 2) + Math.Pow(y - layout.Traps[j].Y, 2));
                Assert.True(d >= device.MinAtomDistanceUm - 1e-6, $"traps {i} and {j} are {d} µm apart");
            }
        }

        var written = JsonNode.Parse(sequence.ToAbstractRepr())!["layout"]!["coordinates"]!.AsArray();
        Assert.Equal(layout.Traps.Count, written.Count);
        PulserSchema.AssertValidSequence(sequence.ToAbstractRepr());
    }

    [Fact]
    public void Traps_are_sorted_as_pulser_numbers_them()
    {
        var sequence = new SequenceBuilder("AnalogDevice")
            .Register(Register.Line(3, 6)).Channel("ryd", Channels.RydbergGlobal).Add(Pulse.Constant(100, 1, 0), "ryd").Build();
        var traps = sequence.Layout!.Traps;
        Assert.Equal(traps.OrderBy(t => t.X).ThenBy(t => t.Y), traps);
    }

    [Fact]
    public void The_mock_device_needs_no_layout()
    {
        var sequence = new SequenceBuilder("MockDevice")
            .Register(Register.Line(3, 6)).Channel("ryd", Channels.RydbergGlobal).Add(Pulse.Constant(100, 1, 0), "ryd").Build();
        Assert.Null(sequence.Layout);
        Assert.DoesNotContain("\"layout\"", sequence.ToAbstractRepr(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_device_that_accepts_no_new_layout_is_an_error()
    {
        var error = Assert.Throws<ExperimentValidationException>(() => new SequenceBuilder("TestFixedLayouts", TestDevices.Catalog)
            .Register(Register.Line(2, 5)).Channel("ryd", Channels.RydbergGlobal).Build());
        Assert.Equal("layout: none is required by TestFixedLayouts, which accepts only its pre-calibrated layouts (not modelled)", Assert.Single(error.Violations).Message);
    }

    [Fact]
    public void A_layout_that_does_not_fit_is_an_error()
    {
        var error = Assert.Throws<ExperimentValidationException>(() => new SequenceBuilder("TestCrampedLayout", TestDevices.Catalog)
            .Register(Register.Line(2, 5)).Channel("ryd", Channels.RydbergGlobal).Build());
        var violation = Assert.Single(error.Violations);
        Assert.StartsWith("layout: derived only ", violation.Message, StringComparison.Ordinal);
        Assert.Contains("12 are needed for 2 atoms", violation.Message, StringComparison.Ordinal);
    }
}
