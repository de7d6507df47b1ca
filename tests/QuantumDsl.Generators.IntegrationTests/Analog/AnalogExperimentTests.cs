namespace QuantumDsl.Generators.IntegrationTests.Analog;

public sealed class AnalogExperimentTests
{
    [Fact]
    public void ParameterValues_carry_units_and_match_the_variables()
    {
        var point = RabiScan.Sweep[3];

        var value = Assert.Single(point.ParameterValues);
        Assert.Equal("rad/us", value.Param.Unit);
        Assert.Equal(point.Variables[value.Param.WireName], value.Value);
    }

    [Fact]
    public void Points_that_only_differ_in_variables_build_the_same_sequence_and_bind_their_own_values()
    {
        Assert.Equal(12, RabiScan.Sweep.Count);
        var first = RabiScan.Sweep[0].Sequence.ToAbstractRepr();
        Assert.All(RabiScan.Sweep, p => Assert.Equal(first, p.Sequence.ToAbstractRepr()));
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (double)i), RabiScan.Sweep.Select(p => p.Variables["omega_max"]));
        Assert.All(RabiScan.Sweep, p => Assert.Equal(500, p.Runs));
    }

    [Fact]
    public void The_sequence_declares_every_param_as_a_variable()
    {
        var json = new DetuningMap().Sequence.ToAbstractRepr();

        Assert.Contains("\"omega\"", json, StringComparison.Ordinal);
        Assert.Contains("\"delta\"", json, StringComparison.Ordinal);
        Assert.Contains("\"duration_ns\"", json, StringComparison.Ordinal);
        Assert.Contains("\"DigitalAnalogDevice\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Zip_group_is_one_axis_of_the_product()
    {
        var points = DetuningMap.Sweep.Select(p => (p.Omega, p.Detuning, p.DurationNs)).ToArray();

        Assert.Equal(
            [(2.0, -10.0, 500), (2.0, 0.0, 1000), (2.0, 10.0, 1500), (4.0, -10.0, 500), (4.0, 0.0, 1000), (4.0, 10.0, 1500)],
            points);
        Assert.Equal(100, DetuningMap.Sweep[0].Runs);
    }

    [Fact]
    public void Valid_points_have_no_violations()
    {
        Assert.All(RabiScan.Sweep, p => Assert.Empty(p.Validate()));
        Assert.All(DetuningMap.Sweep, p => Assert.Empty(p.Validate()));
    }

    [Fact]
    public void Validate_reports_the_param_range_and_the_device_limit()
    {
        var point = new RabiScan { OmegaMax = 20 };

        var violations = point.Validate();

        Assert.Contains(violations, v => v.Path == "omega_max" && v.Message.Contains("12.566", StringComparison.Ordinal));
        Assert.True(violations.Count >= 2, string.Join("; ", violations)); // plus the channel's max amplitude
    }

    [Fact]
    public void Builder_builds_valid_points_and_lists_every_violation()
    {
        Assert.Equal(3, new RabiScan.Builder().WithOmegaMax(3).Build().Variables["omega_max"]);

        double omega = 13; // a constant would be rejected at compile time (QDSL203)
        var error = Assert.Throws<ExperimentValidationException>(() => new RabiScan.Builder().WithOmegaMax(omega).Build());
        Assert.Contains(error.Violations, v => v.Path == "omega_max");
    }

    [Fact]
    public void Parameters_describe_the_params()
    {
        Assert.Equal(
            [new ParamInfo("Omega", "omega", "rad/us", 0, 10), new ParamInfo("Detuning", "delta", "rad/us", -20, 20), new ParamInfo("DurationNs", "duration_ns", "ns", 100, 4000)],
            DetuningMap.Parameters);
    }
}
