namespace QuantumDsl.Generators.IntegrationTests.Shapes;

/// <summary>The supported class shapes (docs/diagnostics.md) compile clean with warnings as errors and run.</summary>
public sealed class ShapeExperimentTests
{
    [Fact]
    public void Record_experiment_sweeps_builds_and_compares_by_value()
    {
        Assert.Equal([4.0, 6.0, 8.0], RecordScan.Sweep.Select(p => p.TimeOfFlight));
        Assert.Equal(new RecordScan { TimeOfFlight = 6 }, RecordScan.Sweep[1]);
        Assert.Equal(8, new RecordScan.Builder().WithTimeOfFlight(8).Build().ToInput().Values.TimeOfFlightMs);
        Assert.Equal("record scan", RecordScan.Sweep[0].JobName);
    }

    [Fact]
    public void Primary_constructor_defaults_are_used_by_Sweep_and_Builder()
    {
        Assert.All(PrimaryScan.Sweep, p => Assert.Equal("primary", p.Label));
        Assert.Equal([5.0, 7.0], PrimaryScan.Sweep.Select(p => p.ToInput().Values.TimeOfFlightMs));
        Assert.Equal(11, new PrimaryScan.Builder().Build().ToInput().Values.TimeOfFlightMs);
    }

    [Fact]
    public void Required_member_set_by_the_constructor_works_and_linspace_literals_are_decimal()
    {
        Assert.Equal([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], RequiredRabi.Sweep.Select(p => p.Omega));
        Assert.Equal(Sweeps.Linspace(0.1, 0.7, 7).ToArray(), RequiredRabi.Sweep.Select(p => p.Omega).ToArray());
        Assert.All(RequiredRabi.Sweep, p => Assert.Equal("default", p.Note));
        Assert.Equal(0.3, RequiredRabi.Sweep[2].Variables["omega"]);
        Assert.Empty(RequiredRabi.Sweep[2].Validate());
    }

    [Fact]
    public void Params_named_like_generated_locals_validate_their_own_values()
    {
        var bad = new LowerCaseScan { violations = 30 };
        Assert.Contains(bad.Validate(), v => v.Path == "violations");
        Assert.Empty(new LowerCaseScan().Validate());
    }
}
