using QuantumDsl.Matter;

namespace QuantumDsl.Generators.IntegrationTests.Matter;

public sealed class MatterExperimentTests
{
    [Fact]
    public void Sweep_is_the_declared_linspace_with_exact_values()
    {
        Assert.Equal(Sweeps.Linspace(0.05, 0.45, 9).ToArray(), EvaporationScan.Sweep.Select(p => p.FinalRf).ToArray());
        Assert.All(EvaporationScan.Sweep, p => Assert.Equal(12, p.TimeOfFlight));
    }

    [Fact]
    public void Zip_group_advances_together_and_the_int_axis_is_inner()
    {
        var points = Campaign.RampScan.Sweep.Select(p => (p.Frequency, p.PowerMw, p.Tof)).ToArray();

        Assert.Equal(
            [(0.5, 100.0, 4), (0.5, 100.0, 8), (1.0, 200.0, 4), (1.0, 200.0, 8), (1.5, 300.0, 4), (1.5, 300.0, 8)],
            points);
    }

    [Fact]
    public void ParameterValues_pair_every_param_info_with_this_points_value_in_declaration_order()
    {
        IExperiment point = EvaporationScan.Sweep[2];

        Assert.Equal(
            [new ParamValue(EvaporationScan.Parameters[0], EvaporationScan.Sweep[2].FinalRf), new ParamValue(EvaporationScan.Parameters[1], 12)],
            point.ParameterValues);
        Assert.Same(EvaporationScan.Parameters[1], point.ParameterValues[1].Param);
        // An int [Param] converts exactly; the zipped and product axes all appear.
        var ramp = Campaign.RampScan.Sweep[1];
        Assert.Equal([ramp.Frequency, ramp.PowerMw, ramp.Tof], ramp.ParameterValues.Select(v => v.Value));
        Assert.Equal(Campaign.RampScan.Parameters, ramp.ParameterValues.Select(v => v.Param));
    }

    [Fact]
    public void Job_name_comes_from_the_attribute_or_the_class()
    {
        Assert.Equal("evaporation scan", new EvaporationScan().JobName);
        Assert.Equal("RampScan", new Campaign.RampScan().JobName);
    }

    [Fact]
    public void ToInput_calls_Define_with_this_point_values()
    {
        var input = EvaporationScan.Sweep[^1].ToInput();

        Assert.Equal([17, 0.45], input.Values.RfEvaporation.FrequenciesMHz);
        Assert.Equal(12, input.Values.TimeOfFlightMs);
        Assert.Empty(input.Validate());
    }

    [Fact]
    public void The_whole_sweep_becomes_one_valid_job()
    {
        var job = MatterJob.Create("evaporation scan", EvaporationScan.Sweep.Select(p => p.ToInput()));

        Assert.Equal(9, job.Inputs.Count);
        Assert.Contains("\"name\":\"evaporation scan\"", job.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parameters_describe_every_param_in_declaration_order()
    {
        Assert.Equal(
            [new ParamInfo("Frequency", "frequency", "MHz", 0, 25), new ParamInfo("PowerMw", "power", "mW", 0, 1000), new ParamInfo("Tof", "tof", "ms", 2, 20)],
            Campaign.RampScan.Parameters);
    }

    [Fact]
    public void Builder_is_immutable_and_builds_valid_experiments()
    {
        var start = new EvaporationScan.Builder();
        var changed = start.WithFinalRf(0.3).WithTimeOfFlight(15);

        var built = changed.Build();
        Assert.Equal((0.3, 15.0), (built.FinalRf, built.TimeOfFlight));
        Assert.Equal((0.2, 12.0), (start.Build().FinalRf, start.Build().TimeOfFlight));
    }

    [Fact]
    public void Builder_lists_every_violation()
    {
        double rf = 5, tof = 25; // not constants: QDSL203 would reject constants at compile time

        var error = Assert.Throws<ExperimentValidationException>(() => new EvaporationScan.Builder().WithFinalRf(rf).WithTimeOfFlight(tof).Build());

        var paths = error.Violations.Select(v => v.Path).ToArray();
        Assert.Contains("final_rf", paths);
        Assert.Contains("time_of_flight", paths);
        Assert.Contains("time_of_flight_ms", paths); // the Oqtant input's own limit, found by running Define
        Assert.Contains("5 MHz exceeds the maximum 2 MHz", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_returns_nothing_for_valid_points_and_ToInput_throws_for_invalid_ones()
    {
        Assert.All(EvaporationScan.Sweep, p => Assert.Empty(p.Validate()));

        var invalid = new EvaporationScan { TimeOfFlight = 30 };
        Assert.Equal(2, invalid.Validate().Count);
        Assert.Throws<ExperimentValidationException>(invalid.ToInput);
    }
}
