using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog;

/// <summary>The SLM mask's refusals that Pulser raises at <c>config_slm_mask</c>, named at <c>Validate</c>.</summary>
public sealed class SlmMaskTests
{
    private static readonly Dictionary<string, double> None = [];

    [Fact]
    public void A_mask_on_a_mappable_register_is_refused_naming_the_masked_qubits()
    {
        var layout = RegisterLayout.SquareLattice(2, 2, 5.0);
        var sequence = new SequenceBuilder("MockDevice")
            .Register(layout.MakeMappable(2))
            .Channel("ryd", Channels.RydbergGlobal)
            .SlmMask(["q0"])
            .Add(Pulse.Constant(100, 1.0, 0.0, 0.0), "ryd")
            .Build();
        var problems = sequence.ValidateJob(new Dictionary<string, double[]>(), new Dictionary<string, int> { ["q0"] = 0, ["q1"] = 3 }, runs: 10);
        var violation = Assert.Single(problems);
        Assert.Equal("operations[0].qubits", violation.Path);
        Assert.Contains("the SLM mask cannot be combined with a mappable register", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mask_on_a_device_without_one_is_refused_naming_the_device()
    {
        var sequence = new SequenceBuilder("AnalogDevice")
            .Register(Register.Line(2, 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .SlmMask(["q1"])
            .Add(Pulse.Constant(100, 1.0, 0.0, 0.0), "ryd")
            .Build();
        var violation = Assert.Single(sequence.Validate(None, 10));
        Assert.Equal("operations[0].qubits: [q1] masks qubits but AnalogDevice does not have an SLM mask", violation.Message);
    }

    [Fact]
    public void The_xy_mask_keeps_the_masked_qubits_dark_until_the_first_pulse_ends_and_leaves_the_channel_samples_alone()
    {
        var sequence = new SequenceBuilder("MockDevice")
            .Register(Register.Line(2, 8))
            .Channel("mw", Channels.Microwave)
            .SlmMask(["q1"])
            .Add(Pulse.Constant(60, 1.0, 0.0, 0.0), "mw")
            .Add(Pulse.Constant(40, 2.0, 0.0, 0.0), "mw")
            .Build();
        var samples = sequence.Sample(None);
        var drives = samples.Qubits[Basis.XY];
        Assert.All(drives["q1"].Amplitude.Take(60), a => Assert.Equal(0, a));
        Assert.All(drives["q1"].Amplitude.Skip(60), a => Assert.Equal(2.0, a));
        Assert.Equal(samples.Channels.Single().Amplitude, drives["q0"].Amplitude);
    }
}
