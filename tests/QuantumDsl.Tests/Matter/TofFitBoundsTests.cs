using System.Text.Json;
using QuantumDsl.Matter;

namespace QuantumDsl.Tests.Matter;

public sealed class TofFitBoundsTests
{
    [Theory]
    [InlineData(20.0, true)]      // at the bound, as the bounded fit stops there
    [InlineData(19.9995, true)]   // just inside, within the tolerance
    [InlineData(25.0, true)]      // beyond it
    [InlineData(19.99, false)]    // below, beyond the tolerance
    [InlineData(12.0, false)]
    [InlineData(double.NaN, false)]
    public void Sigma_at_or_beyond_the_upper_bound_counts_as_at_it(double sigmaPixels, bool expected) =>
        Assert.Equal(expected, TofFitBounds.IsSigmaAtUpperBound(sigmaPixels));

    [Theory]
    [InlineData(7.0, true)]
    [InlineData(7.0005, true)]
    [InlineData(5.0, true)]
    [InlineData(7.01, false)]
    [InlineData(12.0, false)]
    [InlineData(0.0, false)]      // an all-zero tof_fit means no fit was run
    [InlineData(double.NaN, false)]
    public void Sigma_at_or_below_the_lower_bound_counts_as_at_it(double sigmaPixels, bool expected) =>
        Assert.Equal(expected, TofFitBounds.IsSigmaAtLowerBound(sigmaPixels));

    [Theory]
    [InlineData(20.0, 20.0, true)]
    [InlineData(20.0, 18.3, true)]    // one axis at the bound is enough: T grows with either width
    [InlineData(17.9, 20.0, true)]
    [InlineData(21.5, 21.5, true)]
    [InlineData(19.5, 18.3, false)]
    public void Temperature_is_a_lower_bound_when_a_width_sits_at_the_upper_bound(double sigmaX, double sigmaY, bool expected)
    {
        var output = Output(new TofFit { GaussianSigmaX = sigmaX, GaussianSigmaY = sigmaY });

        Assert.Equal(expected, output.TofFit.GaussianSigmaAtUpperBound);
        Assert.Equal(expected, output.TemperatureIsLowerBound);
        Assert.False(output.TemperatureIsUpperBound);
    }

    [Theory]
    [InlineData(7.0, 9.0, true)]
    [InlineData(9.0, 6.5, true)]
    [InlineData(7.2, 9.0, false)]
    public void Temperature_is_an_upper_bound_when_a_width_sits_at_the_lower_bound(double sigmaX, double sigmaY, bool expected)
    {
        var output = Output(new TofFit { GaussianSigmaX = sigmaX, GaussianSigmaY = sigmaY });

        Assert.Equal(expected, output.TofFit.GaussianSigmaAtLowerBound);
        Assert.Equal(expected, output.TemperatureIsUpperBound);
        Assert.False(output.TemperatureIsLowerBound);
    }

    [Fact]
    public void A_fit_stopped_at_both_bounds_bounds_the_temperature_neither_way()
    {
        var output = Output(new TofFit { GaussianSigmaX = 20, GaussianSigmaY = 7 });

        Assert.True(output.TofFit.GaussianSigmaAtUpperBound && output.TofFit.GaussianSigmaAtLowerBound);
        Assert.False(output.TemperatureIsLowerBound);
        Assert.False(output.TemperatureIsUpperBound);
    }

    [Fact]
    public void An_output_without_a_fit_is_not_flagged()
    {
        var output = Output(new TofFit());

        Assert.False(output.TemperatureIsLowerBound);
        Assert.False(output.TemperatureIsUpperBound);
    }

    [Fact]
    public void The_flags_are_not_written_to_the_wire()
    {
        var output = Output(new TofFit { GaussianSigmaX = 20, GaussianSigmaY = 20 });

        var json = JsonSerializer.Serialize(output, OqtantJsonContext.Default.NonPlotOutput);

        Assert.True(output.TemperatureIsLowerBound);
        Assert.DoesNotContain("bound", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"gaussian_sigma_x\":20", json, StringComparison.Ordinal);
    }

    private static NonPlotOutput Output(TofFit fit)
    {
        var image = new Image { Pixels = [0.0], Rows = 1, Columns = 1, Pixcal = 4.4 };
        var slice = new LineChart { Points = [new ChartPoint(0, 0)] };
        return new NonPlotOutput
        {
            MotFluorescenceImage = image, TofImage = image, TofFitImage = image, TofFit = fit,
            TofXSlice = slice, TofYSlice = slice, TemperatureNk = 529,
        };
    }
}
