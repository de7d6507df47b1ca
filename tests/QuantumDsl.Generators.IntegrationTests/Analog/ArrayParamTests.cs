using QuantumDsl.Analog;

namespace QuantumDsl.Generators.IntegrationTests.Analog;

/// <summary>Array [Param]s and the [TrapMap] as the generator emits them, compiled and run.</summary>
public sealed class ArrayParamTests
{
    [Fact]
    public void Vector_points_zip_with_a_scalar_and_multiply_with_the_other_axis()
    {
        var points = PiecewiseRabi.Sweep.Select(p => (string.Join(" ", p.Omegas), p.Detuning, p.DurationNs)).ToArray();

        Assert.Equal([("1 2", 0.0, 200), ("1 2", 0.0, 400), ("3 4.5", -1.0, 200), ("3 4.5", -1.0, 400)], points);
    }

    [Fact]
    public void The_array_is_a_sized_variable_of_the_sequence_and_the_job_sends_it_as_an_array()
    {
        var point = PiecewiseRabi.Sweep[2];
        var omegas = Assert.Single(point.Sequence.Variables, v => v.Name == "omegas");
        Assert.Equal(2, omegas.Size);
        Assert.Contains("\"index\"", point.Sequence.ToAbstractRepr(), StringComparison.Ordinal);

        Assert.Equal([3.0, 4.5], point.ArrayVariables["omegas"]);
        Assert.False(point.Variables.ContainsKey("omegas"));   // scalars only
        Assert.Equal(-1.0, point.Variables["detuning"]);
        Assert.Null(((IAnalogExperiment)point).Qubits);
    }

    [Fact]
    public void Each_point_samples_its_own_vector()
    {
        var point = PiecewiseRabi.Sweep[3];   // Ω = 3 then 4.5 rad/µs, 400 ns each

        var amplitude = point.Sequence.Sample(point.JobVariables(), null).Channels[0].Amplitude;

        Assert.Equal(3.0, amplitude[100], 12);
        Assert.Equal(4.5, amplitude[500], 12);
    }

    [Fact]
    public void ParameterValues_list_one_entry_per_element()
    {
        var point = PiecewiseRabi.Sweep[2];

        Assert.Equal(["Omegas[0]", "Omegas[1]", "Detuning", "DurationNs"], point.ParameterValues.Select(v => v.Param.Name));
        Assert.Equal(["omegas[0]", "omegas[1]", "detuning", "duration_ns"], PiecewiseRabi.Parameters.Select(p => p.WireName));
        Assert.Equal(4.5, point.Parameter("omegas[1]").Value);
        Assert.Equal("rad/us", point.Parameter("Omegas[0]").Param.Unit);
    }

    [Fact]
    public void Valid_vector_points_have_no_violations()
    {
        Assert.All(PiecewiseRabi.Sweep, p => Assert.Empty(p.Validate()));
        Assert.All(TrapAssignment.Sweep, p => Assert.Empty(p.Validate()));
    }

    [Fact]
    public void A_wrong_length_or_an_element_out_of_range_is_named_with_its_index_and_unit()
    {
        var shortArray = new PiecewiseRabi { Omegas = [1.0] }.Validate();
        var v = Assert.Single(shortArray);
        Assert.Equal("omegas: 1 values were given for an array of size 2 ([Param] Omegas)", v.Message);

        var outOfRange = new PiecewiseRabi { Omegas = [1.0, 12.0] }.Validate();
        Assert.Contains(outOfRange, x => x.Message == "omegas[1]: 12 rad/us exceeds the maximum 10 rad/us ([Param] Omegas)");

        var missing = new PiecewiseRabi { Omegas = null! }.Validate();
        Assert.Equal("omegas: null has no value: an array of 2 values is expected ([Param] Omegas)", Assert.Single(missing).Message);
    }

    [Fact]
    public void The_builder_takes_and_checks_an_array()
    {
        var point = new PiecewiseRabi.Builder().WithOmegas([2.0, 2.5]).Build();
        Assert.Equal([2.0, 2.5], point.Omegas);

        var error = Assert.Throws<ExperimentValidationException>(() => new PiecewiseRabi.Builder().WithOmegas([2.0, -1.0]).Build());
        Assert.Contains(error.Violations, x => x.Path == "omegas[1]");
    }

    [Fact]
    public void A_trap_map_is_the_jobs_qubits_not_a_variable()
    {
        var near = TrapAssignment.Sweep[0];
        var far = TrapAssignment.Sweep[1];

        Assert.DoesNotContain(near.Sequence.Variables, v => v.Name == "traps");
        Assert.Empty(near.ArrayVariables);
        Assert.Equal(new Dictionary<string, int> { ["q0"] = 0, ["q1"] = 1 }, near.Qubits);
        Assert.Equal(new Dictionary<string, int> { ["q0"] = 0, ["q1"] = 3 }, far.Qubits);
        Assert.Equal(30.0, far.Sequence.BuildRegister(far.Qubits).Atoms[1].X, 12);
        Assert.Equal(["Traps[0]", "Traps[1]", "Omega"], far.ParameterValues.Select(p => p.Param.Name));
    }

    [Fact]
    public void A_trap_outside_the_layout_or_a_shared_trap_is_a_violation_under_qubits()
    {
        var outside = new TrapAssignment { Traps = [0, 4] }.Validate();
        Assert.Contains(outside, v => v.Message == "traps[1]: 4 exceeds the maximum 3 ([TrapMap] Traps)");
        Assert.Contains(outside, v => v.Path == "qubits.q1" && v.Message.Contains("is not a trap id of the layout (0..3)", StringComparison.Ordinal));

        var shared = new TrapAssignment { Traps = [2, 2] }.Validate();
        Assert.Equal("qubits: q0, q1 are mapped to the same trap 2", Assert.Single(shared).Message);
    }

    [Fact]
    public void A_trap_map_on_a_register_that_is_not_mappable_says_what_to_write()
    {
        var v = Assert.Single(new TrapMapWithoutMappable().Validate());

        Assert.Equal("traps", v.Path);
        Assert.Contains("the sequence's register is not mappable: give Register(layout.MakeMappable(…)) in Define ([TrapMap] Traps)", v.Message, StringComparison.Ordinal);
    }
}
