using QuantumDsl.Simulation.Matter.Analysis;
using QuantumDsl.Simulation.Matter.Evaporation;
using QuantumDsl.Simulation.Matter.Imaging;
using QuantumDsl.Simulation.Matter.Potentials;

namespace QuantumDsl.Simulation.Tests.Matter;

public sealed class BimodalFitTests
{
    private const double CrossSection = 0.2907;

    private static OdImage Draw(double temperatureNk, double atoms, double condensed, double tofMs, int seed)
    {
        var cloud = new CloudState(1e7, atoms, condensed, temperatureNk * 1e-9, 0, 1e-27, Trap.Oqtant);
        var expanded = ExpandedCloud.AfterTimeOfFlight(cloud, tofMs, centreXUm: 3, centreYUm: -2);
        var image = OdImage.Render(100, 100, 4.4, (x, y) => CrossSection * expanded.ColumnDensity(x, y));
        return AbsorptionNoise.Apply(image, new Random(seed));
    }

    [Theory]
    [InlineData(150, 12000, 6000, 12, 1)]
    [InlineData(250, 20000, 5000, 12, 2)]
    [InlineData(180, 10000, 3000, 15, 3)]
    // Clouds inside the regime oqtant's bounds are made for (σ 7–20 px, TF peak OD ≤ 2, radii 2–20 px).
    public void Fit_recovers_the_temperature_and_condensate_fraction_of_a_synthetic_image(double temperatureNk, double atoms, double condensed, double tofMs, int seed)
    {
        var image = Draw(temperatureNk, atoms, condensed, tofMs, seed);

        var fit = BimodalFit.Fit(image);
        var temperature = TofThermometry.TemperatureNk(fit.Parameters, image.PixelSizeUm, tofMs, Trap.Oqtant.AxialHz, Trap.Oqtant.RadialHz);

        Assert.InRange(temperature / temperatureNk, 0.95, 1.05);
        Assert.InRange(fit.CondensateFraction / (condensed / atoms), 0.95, 1.05);
        Assert.InRange(fit.TotalAtomNumber / atoms, 0.95, 1.05);
        Assert.InRange(fit.Parameters.CentreX, 3 / 4.4 - 0.2, 3 / 4.4 + 0.2);
        Assert.True(fit.RSquared > 0.8, $"R² = {fit.RSquared}");
    }

    [Fact]
    public void Fit_stays_within_oqtants_bounds()
    {
        // A hot cloud wider than the upper σ bound (20 px): the fit must stop at the bound, not beyond.
        var image = Draw(900, 20000, 0, 12, 4);
        var p = BimodalFit.Fit(image).Parameters.ToArray();
        var lower = BimodalParameters.LowerBounds.ToArray();
        var upper = BimodalParameters.UpperBounds.ToArray();
        for (var i = 0; i < p.Length; i++) Assert.InRange(p[i], lower[i], upper[i]);
    }

    [Fact]
    public void Thermometry_inverts_ballistic_expansion_on_each_axis()
    {
        // σ_i² = (k_BT/mω_i²)(1 + ω_i²t²) for T = 200 nK, ω = 2π·(50, 400) Hz, t = 12 ms: each axis gives T back
        // (kB = 1.380649e-23, m = 86.909 u).
        const double kb = 1.380649e-23, m = 86.909180527 * 1.66053906660e-27, t = 0.012, pixel = 4.4;
        double Sigma(double hz) { var w = 2 * Math.PI * hz; return Math.Sqrt(kb * 200e-9 / (m * w * w) * (1 + w * w * t * t)) * 1e6 / pixel; }
        var fit = new BimodalParameters(0.1, Sigma(50), Sigma(400), 0, 2, 2, 0, 0, 0);

        var temperature = TofThermometry.TemperatureNk(fit, pixel, 12, 50, 400);

        // The weights 2τx²/(1+3τx²) + (1+τy²)/(1+3τy²) sum to 0.9886 at τx = 3.77, τy = 30.2.
        double tx = 2 * Math.PI * 50 * t, ty = 2 * Math.PI * 400 * t;
        var weights = 2 * tx * tx / (1 + 3 * tx * tx) + (1 + ty * ty) / (1 + 3 * ty * ty);
        Assert.Equal(200 * weights, temperature, 6);
    }
}
