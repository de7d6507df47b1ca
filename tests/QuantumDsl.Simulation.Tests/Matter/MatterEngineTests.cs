using QuantumDsl.Simulation.Matter;
using QuantumDsl.Simulation.Matter.Evaporation;
using QuantumDsl.Simulation.Matter.Imaging;
using QuantumDsl.Simulation.Matter.Inputs;

namespace QuantumDsl.Simulation.Tests.Matter;

public sealed class MatterEngineTests
{
    private static RfRamp Ramp(double finalMhz) =>
        new([-1600, -1200, -800, -400, 0], [17, 8, 4, 1.2, finalMhz], [500, 500, 475, 360, 220]);

    [Fact]
    public void Lower_final_RF_gives_a_colder_cloud_with_a_larger_condensate_fraction()
    {
        var finals = new[] { 0.15, 0.1, 0.067, 0.045, 0.03, 0.02 };
        var clouds = finals.Select(f => EvaporationModel.Default with { AtomNumberJitter = 0 })
            .Select((model, i) => model.Evaporate(Ramp(finals[i]), 0, new Random(1))).ToArray();

        for (var i = 1; i < clouds.Length; i++)
        {
            Assert.True(clouds[i].Temperature < clouds[i - 1].Temperature);
            Assert.True(clouds[i].CondensateFraction >= clouds[i - 1].CondensateFraction);
        }
        Assert.Equal(0, clouds[0].CondensateFraction); // 0.15 MHz: far above T_c
        Assert.True(clouds[^1].CondensateFraction > 0.8);
    }

    [Fact]
    public void Temperature_follows_the_knife_with_the_services_calibration()
    {
        // T = |m_F|·h·f/(η·k_B) with |m_F| = 1, η = 16; oqtant's QuantumMatter maps 200 nK to 0.067 MHz.
        var cloud = EvaporationModel.Default.Evaporate(Ramp(0.067), 0, new Random(1));
        Assert.InRange(cloud.Temperature * 1e9, 196, 204);
        // Below T_c the ideal-gas fraction holds: N₀/N = 1 − (T/T_c)³.
        var cold = EvaporationModel.Default.Evaporate(Ramp(0.03), 0, new Random(1));
        Assert.Equal(1 - Math.Pow(cold.Temperature / cold.CriticalTemperature, 3), cold.CondensateFraction, 9);
    }

    [Fact]
    public void No_RF_power_means_no_evaporation_and_a_zero_knife_removes_every_atom()
    {
        var off = new RfRamp([-1000, 0], [10, 0.02], [0, 0]);
        Assert.Equal(EvaporationModel.Default.InitialTemperature, EvaporationModel.Default.Evaporate(off, 0, new Random(1)).Temperature);
        var zero = new RfRamp([-1000, 0], [10, 0], [500, 500]);
        Assert.Equal(0, EvaporationModel.Default.Evaporate(zero, 0, new Random(1)).AtomNumber);
    }

    [Fact]
    public void Time_of_flight_shot_has_the_services_image_sizes_and_a_consistent_fit()
    {
        var result = new MatterEngine().Run(new MatterShot(Ramp(0.06), TimeOfFlightMs: 12), seed: 7);

        var tof = Assert.IsType<TimeOfFlightResult>(result.TimeOfFlight);
        Assert.Equal((100, 100, 4.4, 10_000), (tof.Image.Rows, tof.Image.Columns, tof.Image.PixelSizeUm, tof.Image.Pixels.Length));
        Assert.Equal((100, 100, 10_000), (tof.Fit.FitImage.Rows, tof.Fit.FitImage.Columns, tof.Fit.FitImage.Pixels.Length));
        Assert.Equal((352, 217, 1.0), (result.MotImage.Rows, result.MotImage.Columns, result.MotImage.PixelSizeUm));
        Assert.Equal(100, tof.XSlice.Count);
        Assert.Equal(100, tof.YSlice.Count);
        Assert.Null(result.InTrapImage);
        // The fit of the emulator's own image gives back the model's temperature and atom numbers.
        Assert.InRange(tof.TemperatureNk / (result.Cloud.Temperature * 1e9), 0.9, 1.1);
        Assert.InRange(tof.Fit.TotalAtomNumber / result.Cloud.AtomNumber, 0.9, 1.1);
        Assert.InRange(tof.Fit.CondensateFraction - result.Cloud.CondensateFraction, -0.05, 0.05);
    }

    [Fact]
    public void Seeded_noise_is_reproducible_and_differs_between_seeds()
    {
        var engine = new MatterEngine();
        var shot = new MatterShot(Ramp(0.05));
        var a = engine.Run(shot, 11).TimeOfFlight!.Image.Pixels;
        var b = engine.Run(shot, 11).TimeOfFlight!.Image.Pixels;
        var c = engine.Run(shot, 12).TimeOfFlight!.Image.Pixels;
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void In_trap_shot_with_a_barrier_has_the_services_image_size_and_keeps_the_atoms()
    {
        var barrier = new PaintedBarrier([0, 5], [0, 0], [0, 20], [1, 1], BarrierShape.Gaussian);
        var result = new MatterEngine().Run(new MatterShot(Ramp(0.03), EndTimeMs: 5, ImagingMode.InTrap, Barriers: [barrier]), seed: 3);

        var image = Assert.IsType<OdImage>(result.InTrapImage);
        Assert.Equal((148, 503, 0.344, 148 * 503), (image.Rows, image.Columns, image.PixelSizeUm, image.Pixels.Length));
        Assert.Null(result.TimeOfFlight);
        var line = Assert.IsType<LineProfile>(result.FinalLineDensity);
        Assert.Equal(result.Cloud.CondensedNumber, line.AtomNumber(), 6);
        // A 20 kHz barrier at the centre splits the condensate: the density at x = 0 is far below its neighbours'.
        var centre = Array.BinarySearch(line.XUm, 0.0);
        var peak = line.Density.Max();
        Assert.True(line.Density[centre] < 0.05 * peak, $"n(0) = {line.Density[centre]}, peak {peak}");
    }

    [Fact]
    public void Time_of_flight_after_a_GPE_evolution_counts_the_same_atoms_as_the_model()
    {
        // A barrier of zero height sends the shot through the GPE path (ground state, evolution, line-density
        // expansion) without disturbing it; the fitted atom numbers must still match the evaporation model.
        var idle = new PaintedBarrier([0, 1], [0, 0], [0, 0], [1, 1]);
        var result = new MatterEngine().Run(new MatterShot(Ramp(0.045), EndTimeMs: 1, TimeOfFlightMs: 12, Barriers: [idle]), seed: 2);

        var fit = result.TimeOfFlight!.Fit;
        Assert.InRange(fit.TotalAtomNumber / result.Cloud.AtomNumber, 0.9, 1.1);
        Assert.InRange(fit.CondensateFraction - result.Cloud.CondensateFraction, -0.1, 0.1);
    }
}

public sealed class LineProfileTests
{
    [Fact]
    public void Rendering_keeps_the_atom_number_with_and_without_blur()
    {
        // 1000 atoms in a 10 µm Gaussian line with 0.6 µm transverse width on the 148×503, 0.344 µm grid:
        // Σ OD · pixel² / (OD per atom/µm²) = N.
        var x = Enumerable.Range(0, 1001).Select(i => -50 + 0.1 * i).ToArray();
        var n = x.Select(v => 1000 / Math.Sqrt(2 * Math.PI * 100) * Math.Exp(-v * v / 200)).ToArray();
        var profile = new LineProfile(x, n, x.Select(_ => 0.6).ToArray());
        foreach (var blur in new[] { 0.0, 1.75 })
        {
            var image = new OdImage(148, 503, 0.344, new double[148 * 503]);
            profile.AddTo(image, 1.0, blur);
            Assert.InRange(image.Sum() * 0.344 * 0.344, 999, 1001);
        }
    }
}
