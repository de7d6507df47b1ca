using System.Text.Json;
using QuantumDsl.Matter;
using QuantumDsl.Simulation.Matter;

namespace QuantumDsl.Simulation.Tests.Matter;

public sealed class MatterSimulatorTests
{
    private static MatterInput BecFixture() => new MatterJobBuilder()
        .Evaporation(rf => rf.Point(-1600, 17, 500).Point(-1200, 8, 500).Point(-800, 4, 475).Point(-400, 1.2, 360).Point(0, 0.045, 220))
        .LifetimeMs(0)
        .TimeOfFlight(12)
        .Build();

    /// <summary>oqtant's BARRIER fixture: two Gaussian barriers at ±10 µm ramping 0→25 and 0→40 kHz over 10 ms (OFF), in trap.</summary>
    private static MatterInput BarrierFixture() => new MatterJobBuilder()
        .Evaporation(rf => rf.Point(-1600, 17, 500).Point(-1200, 8, 500).Point(-800, 4, 475).Point(-400, 1.2, 360).Point(0, 0.045, 220))
        .LifetimeMs(20)
        .TimeOfFlight(7)
        .InTrap()
        .Barrier(b =>
        {
            for (var t = 0; t <= 10; t++) b.Point(t, -10, 2.5 * t, 1);
            b.Interpolation(InterpolationType.Off);
        })
        .Barrier(b =>
        {
            for (var t = 0; t <= 10; t++) b.Point(t, 10, 4.0 * t, 1);
            b.Interpolation(InterpolationType.Off);
        })
        .Build();

    [Fact]
    public void BEC_input_gives_a_time_of_flight_output_with_every_field_of_the_service()
    {
        var output = Assert.IsType<NonPlotOutput>(MatterSimulator.Run(BecFixture(), seed: 5, CancellationToken.None));

        Assert.Equal((100, 100, 4.4, 10_000), (output.TofImage.Rows, output.TofImage.Columns, output.TofImage.Pixcal, output.TofImage.Pixels.Count));
        Assert.Equal(10_000, output.TofFitImage.Pixels.Count);
        Assert.Equal(352 * 217, output.MotFluorescenceImage.Pixels.Count);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (double)i), output.TofXSlice.Points.Select(p => p.X));
        Assert.Equal(100, output.TofYSlice.Points.Count);
        Assert.True(output.TemperatureNk is > 100 and < 170, $"T = {output.TemperatureNk} nK (model: 135 nK)");
        Assert.True(output.CondensedAtomNumber > 0 && output.ThermalAtomNumber > 0);
        Assert.InRange(output.TofAtomNumber - (output.CondensedAtomNumber + output.ThermalAtomNumber), -1, 1);
        Assert.True(output.TotalMotAtomNumber > output.TofAtomNumber);
        Assert.InRange(output.TofFit.X0, 45, 55);

        var json = JsonSerializer.Serialize(output, OqtantJsonContext.Default.NonPlotOutput);
        Assert.Contains("\"temperature_nk\":", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Barrier_input_gives_the_in_trap_image_of_the_service()
    {
        var output = Assert.IsType<PlotOutput>(MatterSimulator.Run(BarrierFixture(), seed: 5, CancellationToken.None));

        Assert.Equal((148, 503, 0.344, 148 * 503), (output.ItPlot.Rows, output.ItPlot.Columns, output.ItPlot.Pixcal, output.ItPlot.Pixels.Count));
        Assert.True(output.ItPlot.Pixels.Max() > 0.5);
    }

    [Fact]
    public void Invalid_input_is_refused_with_every_violation()
    {
        var input = new MatterJobBuilder()
            .Evaporation(rf => rf.Point(-1600, 17, 500).Point(0, 30, 220))
            .TimeOfFlight(25)
            .Build();

        var error = Assert.Throws<ExperimentValidationException>(() => MatterSimulator.Run(input, 1, CancellationToken.None));
        Assert.Contains(error.Violations, v => v.Path.Contains("frequencies_mhz", StringComparison.Ordinal));
        Assert.Contains(error.Violations, v => v.Path.Contains("time_of_flight_ms", StringComparison.Ordinal));
    }
}

public sealed class OqtantOutputAnalysisTests
{
    [Fact]
    public void Analysis_of_an_emulator_output_gives_back_its_temperature()
    {
        var input = new MatterJobBuilder()
            .Evaporation(rf => rf.Point(-1600, 17, 500).Point(-1200, 8, 500).Point(-800, 4, 475).Point(-400, 1.2, 360).Point(0, 0.05, 220))
            .TimeOfFlight(12)
            .Build();
        var output = Assert.IsType<NonPlotOutput>(MatterSimulator.Run(input, 3, CancellationToken.None));

        var temperature = Simulation.Matter.Analysis.OqtantOutputAnalysis.TemperatureNk(output, 12, 50, 400);

        Assert.InRange(temperature, output.TemperatureNk - 1, output.TemperatureNk + 1);
    }

    [Fact]
    public void Placeholder_images_with_a_wrong_shape_are_read_as_square()
    {
        var placeholder = new Image { Pixels = new double[10_000], Rows = 2, Columns = 2 };
        var image = Simulation.Matter.Analysis.OqtantOutputAnalysis.ToOdImage(placeholder);
        Assert.Equal((100, 100, 1.0), (image.Rows, image.Columns, image.PixelSizeUm));

        var broken = new Image { Pixels = new double[10], Rows = 2, Columns = 2 };
        var error = Assert.Throws<ArgumentException>(() => Simulation.Matter.Analysis.OqtantOutputAnalysis.ToOdImage(broken));
        Assert.Contains("2 × 2", error.Message, StringComparison.Ordinal);
    }
}
