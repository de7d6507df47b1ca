using System.Text.Json.Nodes;
using QuantumDsl.Analog;
using QuantumDsl.Tests.Analog.Pulser;

namespace QuantumDsl.Tests.Analog;

/// <summary>3D layouts as Pulser has them: trap numbering, registers defined on them, reading and refusals.</summary>
public sealed class Layout3DTests
{
    [Fact]
    public void Traps_are_numbered_as_pulsers_and_define_a_3d_register_at_pulsers_positions()
    {
        var fixture = AnalogSequence.FromAbstractRepr(PulserFixture.Load("reg_3d_layout_define_register").AbstractRepr);
        var layout = RegisterLayout.FromCoordinates(
            [(6.0, 6.0, 6.0), (0.0, 0.0, 6.0), (0.0, 0.0, 0.0), (6.0, 0.0, 0.0), (0.0, 6.0, 0.0), (6.0, 0.0, 6.0), (0.0, 6.0, 6.0), (6.0, 6.0, 0.0)], "cube8");
        Assert.Equal(3, fixture.Layout!.Dimensions);
        Assert.Equal(fixture.Layout.Coordinates, layout.Coordinates);
        Assert.Equal((0.0, 0.0, 6.0), layout.Coordinates[1]);
        var register = layout.DefineRegister([0, 3, 5, 7], ["a", "b", "c", "d"]);
        Assert.Equal(3, register.Dimensions);
        Assert.Equal(fixture.Register.Atoms, register.Atoms);
    }

    [Theory]
    [InlineData("[0, 6]", "layout.coordinates[2]", "has 2 coordinates but the first trap has 3")]
    [InlineData("[0, 6, 0, 1]", "layout.coordinates[2]", "has 4 coordinates: a trap has 2 (x, y) or 3 (x, y, z)")]
    public void A_layout_with_traps_of_different_dimensions_is_refused_naming_the_trap(string trap, string path, string reason)
    {
        var json = JsonNode.Parse(PulserFixture.Load("reg_3d_layout_mappable").AbstractRepr)!;
        json["layout"]!["coordinates"]![2] = JsonNode.Parse(trap);
        var error = Assert.Throws<AbstractReprException>(() => AnalogSequence.FromAbstractRepr(json.ToJsonString()));
        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mappable_register_on_a_3d_layout_places_its_qubits_in_3d()
    {
        var fixture = PulserFixture.Load("reg_3d_layout_mappable");
        var sequence = AnalogSequence.FromAbstractRepr(fixture.AbstractRepr);
        var (_, qubits) = fixture.Values();
        var placed = sequence.BuildRegister(qubits);
        Assert.Equal(3, placed.Dimensions);
        Assert.Equal(["q0", "q1", "q2"], placed.Atoms.Select(a => a.Id));
        Assert.Equal(sequence.Layout!.Coordinates[qubits!["q1"]], (placed.Atoms[1].X, placed.Atoms[1].Y, placed.Atoms[1].Z));
        Assert.Equal(6.0, placed.Atoms.Max(a => a.Z));
    }
}
