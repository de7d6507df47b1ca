using QuantumDsl.Matter;

namespace QuantumDsl.Tests.Matter;

public sealed class MatterJobBuilderTests
{
    [Fact]
    public void Defaults_are_the_python_clients_quantum_matter()
    {
        var input = new MatterJobBuilder().Build();

        Assert.Equal(10, input.Values.EndTimeMs);
        Assert.Equal(12, input.Values.TimeOfFlightMs);
        Assert.Equal(ImageType.TimeOfFlight, input.Values.ImageType);
        Assert.Equal([-1100, -1050, -800, -300, 0], input.Values.RfEvaporation.TimesMs);
        Assert.Equal([21.12, 12.12, 5.12, 0.62, 0.02], input.Values.RfEvaporation.FrequenciesMHz);
        Assert.Equal([600, 800, 600, 400, 400], input.Values.RfEvaporation.PowersMw);
        Assert.Null(input.Values.OpticalBarriers);
        Assert.Null(input.Values.OpticalLandscape);
        Assert.Null(input.Values.Lasers);
        Assert.Empty(input.Validate());
    }

    [Fact]
    public void The_readme_example_builds_a_valid_bec_input()
    {
        var input = new MatterJobBuilder()
            .Evaporation(rf => rf
                .Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500)
                .Point(timeMs: 0, frequencyMHz: 0.2, powerMw: 220))
            .LifetimeMs(10)
            .TimeOfFlight(12)
            .Build();

        Assert.Empty(input.Validate());
        Assert.Equal(JobType.Bec, input.JobType);
        Assert.Equal([-1600, 0], input.Values.RfEvaporation.TimesMs);
        Assert.Equal([17, 0.2], input.Values.RfEvaporation.FrequenciesMHz);
    }

    [Fact]
    public void Barrier_landscape_terminator_and_notes_land_in_the_wire_values()
    {
        var input = new MatterJobBuilder()
            .LifetimeMs(20)
            .InTrap()
            .Barrier(b => b.Point(0, -10, 0, 1).Point(10, -10, 25, 1).Shape(BarrierShape.Square).Interpolation(InterpolationType.Off))
            .Landscape(l => l
                .Snapshot(1, s => s.Point(-20, 0).Point(20, 30).Interpolation(InterpolationType.Cubic))
                .Snapshot(5, s => s.Point(-20, 30).Point(20, 0)))
            .Terminator(onMs: 2, offMs: 4.5)
            .Notes("scan 1")
            .Build();

        Assert.Empty(input.Validate());
        var barrier = Assert.Single(input.Values.OpticalBarriers!);
        Assert.Equal([0, 10], barrier.TimesMs);
        Assert.Equal([0, 25], barrier.HeightsKHz);
        Assert.Equal(BarrierShape.Square, barrier.Shape);
        Assert.Equal(InterpolationType.Off, barrier.Interpolation);
        Assert.Equal(2, input.Values.OpticalLandscape!.Landscapes.Count);
        Assert.Equal(InterpolationType.Cubic, input.Values.OpticalLandscape.Landscapes[0].SpatialInterpolation);
        var pulse = Assert.Single(Assert.Single(input.Values.Lasers!).Pulses);
        Assert.Equal([2, 4.5], pulse.TimesMs);
        Assert.Equal([1, 1], pulse.IntensitiesMwPerCm2);
        Assert.Equal("scan 1", input.Notes);
        Assert.Equal(JobType.Paint1D, input.JobType);
    }

    [Fact]
    public void Shield_adds_a_last_rf_point_at_the_lifetime()
    {
        var input = new MatterJobBuilder()
            .Evaporation(rf => rf.Point(-1000, 20, 600).Point(0, 0.1, 300).Shield(frequencyMHz: 0.15, powerMw: 50))
            .LifetimeMs(30)
            .Build();

        Assert.Equal([-1000, 0, 30], input.Values.RfEvaporation.TimesMs);
        Assert.Equal([20, 0.1, 0.15], input.Values.RfEvaporation.FrequenciesMHz);
        Assert.Equal([600, 300, 50], input.Values.RfEvaporation.PowersMw);
        Assert.Empty(input.Validate());
    }

    [Fact]
    public void Build_never_throws_and_validate_lists_everything()
    {
        var input = new MatterJobBuilder()
            .Evaporation(rf => rf.Point(-1600, 30, 500).Point(0, 1, 2000).Point(250, 1, 1))
            .LifetimeMs(200)
            .TimeOfFlight(25)
            .Build();

        var messages = input.Validate().Select(v => v.Message).ToList();

        Assert.Equal(
        [
            "time_of_flight_ms: 25 ms exceeds the maximum 20 ms",
            "rf_evaporation.times_ms[2]: 250 ms exceeds the maximum 200 ms (end_time_ms)",
            "rf_evaporation.frequencies_mhz[0]: 30 MHz exceeds the maximum 25 MHz",
            "rf_evaporation.powers_mw[1]: 2000 mW exceeds the maximum 1000 mW",
        ], messages);
    }

    [Fact]
    public void Builder_snapshots_are_independent()
    {
        var builder = new MatterJobBuilder().Barrier(b => b.Point(0, 0, 1, 1).Point(1, 0, 1, 1));
        var first = builder.Build();
        builder.Barrier(b => b.Point(0, 5, 1, 1).Point(1, 5, 1, 1));

        Assert.Single(first.Values.OpticalBarriers!);
        Assert.Equal(2, builder.Build().Values.OpticalBarriers!.Count);
    }
}
