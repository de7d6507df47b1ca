using QuantumDsl.Simulation.Matter;
using QuantumDsl.Simulation.Matter.Imaging;
using QuantumDsl.Simulation.Matter.Inputs;

namespace QuantumDsl.Simulation.Tests.Matter;

/// <summary>The engine's step budget and the absorption frames behind every OD image.</summary>
public sealed class EngineBudgetAndFramesTests
{
    private static readonly RfRamp Ramp = new([-1600, -1200, -800, -400, 0], [17, 8, 4, 1.2, 0.045], [500, 500, 475, 360, 220]);

    [Fact]
    public void A_shot_needing_more_gpe_steps_than_the_budget_fails_before_any_work_naming_both()
    {
        var engine = new MatterEngine(MatterEngineOptions.Default with { MaxEvolutionSteps = 1000 });
        var inTrap = new MatterShot(Ramp, 12, ImagingMode.InTrap, 12);

        var ex = Assert.Throws<MatterRunException>(() => engine.Run(inTrap, seed: 1));

        Assert.Equal(
            "end_time_ms 12 needs 2400 GPE time steps of 0.005 ms; this emulator runs at most 1000 per run (its MatterMaxEvolutionSteps setting)",
            ex.Message);
        Assert.NotNull(engine.Run(inTrap with { EndTimeMs = 5 }, seed: 1).InTrapImage); // 1000 steps: within the budget
        Assert.NotNull(engine.Run(new MatterShot(Ramp, 200, ImagingMode.TimeOfFlight, 12), seed: 1).TimeOfFlight); // no GPE, no limit
    }

    [Fact]
    public void The_od_image_is_ln_of_reference_over_probe_in_whole_photon_counts()
    {
        var truth = OdImage.Render(20, 20, 4.4, (x, y) => 3 * Math.Exp(-(x * x + y * y) / 800));

        var frames = AbsorptionNoise.Expose(truth, new Random(7));

        for (var i = 0; i < truth.Pixels.Length; i++)
        {
            Assert.Equal(frames.Od.Pixels[i], Math.Log(frames.Reference.Pixels[i] / frames.Probe.Pixels[i]), 14);
            Assert.True(frames.Probe.Pixels[i] >= 1 && frames.Probe.Pixels[i] == Math.Round(frames.Probe.Pixels[i]));
        }

        Assert.Equal(3, frames.Od.Pixels.Max(), 0.3); // the measured peak OD
        Assert.Equal(frames.Od.Pixels, AbsorptionNoise.Apply(truth, new Random(7)).Pixels);
    }
}
