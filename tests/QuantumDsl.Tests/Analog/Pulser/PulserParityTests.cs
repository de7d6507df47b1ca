using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog.Pulser;

/// <summary>The DSL's verdicts and timings on the cases issue 11 names, as real Pulser gives them.</summary>
public sealed class PulserParityTests
{
    private static readonly Dictionary<string, double> None = new();

    [Fact]
    public void Constant_amplitude_on_fresnel_is_accepted_as_pulser_builds_it()
    {
        var sequence = new SequenceBuilder("Fresnel")
            .Register(Register.Line(2, 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.ConstantAmplitude(3.0, Waveform.Ramp(1000, -10, 10)), "ryd")
            .Measure(Basis.GroundRydberg)
            .Build();
        Assert.Empty(sequence.Validate(None, 100));
        Assert.Equal(1000, sequence.DurationNs(None));
    }

    [Fact]
    public void A_global_pulse_after_a_phase_shift_on_one_atom_is_refused_as_pulser_refuses_it()
    {
        var sequence = new SequenceBuilder("MockDevice")
            .Register(Register.Line(2, 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .PhaseShift(0.5, Basis.GroundRydberg, "q0")
            .Add(Pulse.Constant(100, 1, 0), "ryd")
            .Build();
        var violation = Assert.Single(sequence.Validate(None, 10));
        Assert.Equal("operations[1].channel", violation.Path);
        Assert.Contains("different phase references", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_pulses_of_different_phase_last_1140_ns_on_analog_device_and_the_buffer_counts_toward_max_duration()
    {
        var t = Variable.Int("t");
        var sequence = new SequenceBuilder("AnalogDevice")
            .DeclareVariable(t)
            .Register(Register.Line(2, 8))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(t, 2.0, 0.0, 0.0), "ryd")
            .Add(Pulse.Constant(t, 2.0, 0.0, Math.PI / 2), "ryd")
            .Build();
        Assert.Equal(1140, sequence.DurationNs(new Dictionary<string, double> { ["t"] = 400 }));

        // 2 × 2900 ns fit in AnalogDevice's 6000 ns without the buffer, not with it (2900 + 340 + 2900 = 6140).
        var violation = Assert.Single(sequence.Validate(new Dictionary<string, double> { ["t"] = 2900 }, 10));
        Assert.Equal("operations[1].duration: 6140 exceeds the maximum 6000 (AnalogDevice max_sequence_duration)", violation.Message);
    }
}
