using QuantumDsl.Analog;

namespace QuantumDsl.Generators.IntegrationTests.Analog;

/// <summary>A structure sweep on a record: the spacing is read as a plain number, so it changes the register.</summary>
[AnalogExperiment("AnalogDevice", Runs = 10)]
public partial record SpacingRecord
{
    [Param(Min = 5, Max = 30, Unit = "µm")]
    [Points(6, 12)]
    public double SpacingUm { get; init; } = 10;

    [Param(Min = 0, Max = 12, Unit = "rad/µs")]
    [Points(2)]
    public double Omega { get; init; } = 2;

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 2, spacingUm: SpacingUm))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: 500, amplitude: v.Omega, detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}

/// <summary>The per-point sequence of a record follows its values: a copy never keeps its original's structure.</summary>
public sealed class StructureRecordTests
{
    private static double Spacing(AnalogSequence sequence) => sequence.Register.Atoms[1].X - sequence.Register.Atoms[0].X;

    [Fact]
    public void A_copy_made_with_with_builds_the_sequence_of_its_own_spacing()
    {
        var near = SpacingRecord.Sweep[0];
        Assert.Equal(6, Spacing(near.Sequence), 9);        // built (and cached) before the copy is made

        var far = near with { SpacingUm = 25 };
        Assert.Equal(25, Spacing(far.Sequence), 9);
        Assert.Equal(6, Spacing(near.Sequence), 9);
    }

    [Fact]
    public void A_copy_that_only_changes_a_variable_keeps_the_same_sequence()
    {
        var point = SpacingRecord.Sweep[1];
        var stronger = point with { Omega = 4 };
        Assert.Equal(point.Sequence.ToAbstractRepr(), stronger.Sequence.ToAbstractRepr());
        Assert.Equal(4, stronger.Variables["omega"]);
    }

    [Fact]
    public void Building_the_sequence_does_not_change_value_equality()
    {
        var built = SpacingRecord.Sweep[0];
        _ = built.Sequence;
        var fresh = new SpacingRecord { SpacingUm = 6, Omega = 2 };
        Assert.Equal(fresh, built);
        Assert.Equal(fresh.GetHashCode(), built.GetHashCode());
        Assert.NotEqual(fresh with { SpacingUm = 12 }, built);
    }
}
