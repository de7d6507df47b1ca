using QuantumDsl.Matter;
using QuantumDsl.Simulation.Matter;
using QuantumDsl.Simulation.Matter.Imaging;
using QuantumDsl.Simulation.Matter.Physics;

namespace QuantumDsl.Simulation.Tests.Matter;

/// <summary>
/// The QuickStart's evaporation scan at its hot end: oqtant's fit stops at σ = 20 px, the output says so, and the TOF
/// atom number that falls with temperature is that bound's doing, not the 440 µm field of view (docs/emulator.md).
/// </summary>
public sealed class FitBoundTests
{
    private static MatterInput Scan(double finalRfMHz, double timeOfFlightMs) => new MatterJobBuilder()
        .Evaporation(rf => rf.Point(-1600, 17, 500).Point(0, finalRfMHz, 220))
        .LifetimeMs(10)
        .TimeOfFlight(timeOfFlightMs)
        .Build();

    private static double AtomsInImage(OdImage image) => image.Sum() * image.PixelSizeUm * image.PixelSizeUm / Rb87.CyclingCrossSectionUm2;

    [Theory]
    [InlineData(0.05, false)]   // 150 nK: σ ≈ 10.7 × 10.3 px
    [InlineData(0.15, false)]   // 450 nK: σ ≈ 18.5 × 17.9 px
    [InlineData(0.3, true)]     // 900 nK: σ ≈ 26 × 25 px
    [InlineData(0.45, true)]    // 1350 nK: σ ≈ 32 × 31 px
    public void Emulator_output_flags_the_temperature_of_a_cloud_wider_than_the_fit_allows(double finalRfMHz, bool hot)
    {
        var output = Assert.IsType<NonPlotOutput>(MatterSimulator.Run(Scan(finalRfMHz, 12), seed: 3, CancellationToken.None));

        Assert.Equal(hot, output.TemperatureIsLowerBound);
        Assert.False(output.TemperatureIsUpperBound);
        if (hot)
        {
            Assert.Equal(TofFitBounds.GaussianSigmaMaxPixels, Math.Max(output.TofFit.GaussianSigmaX, output.TofFit.GaussianSigmaY), 6);
        }
    }

    [Fact]
    public void Falling_TOF_atom_number_comes_from_the_sigma_bound_not_the_field_of_view()
    {
        var engine = new MatterEngine();
        var warm = engine.Run(MatterSimulator.ToShot(Scan(0.2, 12)), seed: 1);
        var hot = engine.Run(MatterSimulator.ToShot(Scan(0.45, 12)), seed: 1);
        var hotImage = hot.TimeOfFlight!.Image;
        var hotFit = hot.TimeOfFlight.Fit;

        // The model has more atoms in the hotter cloud, and the 100×100 image still holds most of them (≈ 79 %) ...
        Assert.True(hot.Cloud.AtomNumber > warm.Cloud.AtomNumber);
        Assert.InRange(AtomsInImage(hotImage) / hot.Cloud.AtomNumber, 0.75, 0.85);
        Assert.True(AtomsInImage(hotImage) > AtomsInImage(warm.TimeOfFlight!.Image));
        // ... but the fit, stopped at σ = 20 px, counts fewer than half of the atoms in the image, and fewer than at 0.2 MHz.
        Assert.True(hotFit.TotalAtomNumber < 0.5 * AtomsInImage(hotImage), $"fit {hotFit.TotalAtomNumber:0}, image {AtomsInImage(hotImage):0}");
        Assert.True(hotFit.TotalAtomNumber < warm.TimeOfFlight.Fit.TotalAtomNumber);
        // The fitted Gaussian itself is not cut by the image edge: its integral to infinity is within 3 % of its sum over the image.
        var p = hotFit.Parameters;
        var gaussianToInfinity = 2 * Math.PI * p.SigmaX * p.SigmaY * p.GaussianOd * hotImage.PixelSizeUm * hotImage.PixelSizeUm / Rb87.CyclingCrossSectionUm2;
        Assert.InRange(gaussianToInfinity / hotFit.ThermalAtomNumber, 1.0, 1.03);
    }

    [Fact]
    public void A_shorter_time_of_flight_brings_the_hottest_point_inside_the_bounds()
    {
        var result = new MatterEngine().Run(MatterSimulator.ToShot(Scan(0.45, 6)), seed: 1);
        var output = Assert.IsType<NonPlotOutput>(MatterSimulator.ToOutput(result, ImageType.TimeOfFlight));

        Assert.False(output.TemperatureIsLowerBound);
        Assert.InRange(output.TofAtomNumber / result.Cloud.AtomNumber, 0.95, 1.05);
        Assert.InRange(output.TemperatureNk / (result.Cloud.Temperature * 1e9), 0.9, 1.05);
    }
}
