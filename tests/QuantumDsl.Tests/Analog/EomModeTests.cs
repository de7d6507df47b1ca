using QuantumDsl.Analog;
using QuantumDsl.Tests.Analog.Pulser;

namespace QuantumDsl.Tests.Analog;

/// <summary>EOM mode through the DSL: Pulser's samples, its detuning-off choice and its refusals.</summary>
public sealed class EomModeTests
{
    [Theory]
    [InlineData("eom_basic")]
    [InlineData("eom_phase_drift")]
    [InlineData("eom_variables")]
    public void The_dsl_sequence_samples_as_pulsers_fixture_of_the_same_name(string name)
    {
        var fixture = PulserFixture.Load(name);
        var dsl = PulserDslCases.Get(name);
        var mine = dsl.Build().Sample(dsl.Variables);
        var (variables, qubits) = fixture.Values();
        var pulsers = AnalogSequence.FromAbstractRepr(fixture.AbstractRepr).Sample(variables, qubits);
        Assert.Equal(fixture.Root.GetProperty("duration_ns").GetInt32(), mine.DurationNs);
        var ours = mine.Channels.Single();
        var expected = fixture.Root.GetProperty("samples").GetProperty("ryd");
        foreach (var (key, actual) in new[] { ("amp", ours.Amplitude), ("det", ours.Detuning), ("phase", ours.Phase) })
        {
            var values = PulserFixture.Numbers(expected.GetProperty(key));
            Assert.Equal(values.Length, actual.Count);
            for (var i = 0; i < values.Length; i++)
            {
                Assert.True(Math.Abs(values[i] - actual[i]) <= 1e-9, $"{key}[{i}]: {actual[i]:R}, Pulser {values[i]:R}");
            }
        }

        Assert.Equal(pulsers.Channels.Single().Slots, ours.Slots, (a, b) => a.Ti == b.Ti && a.Tf == b.Tf && a.Targets.SequenceEqual(b.Targets));
    }

    [Theory]
    [InlineData("eom_basic")]
    [InlineData("eom_phase_drift")]
    [InlineData("eom_variables")]
    [InlineData("dsl_fresnel_eom")]
    public void The_duration_of_each_dsl_eom_case_is_the_one_pulser_recorded(string name)
    {
        var c = PulserDslCases.Get(name);
        var verdict = PulserFixtures.DslVerdict(name) ?? throw new InvalidOperationException($"No Pulser verdict for '{name}'.");
        Assert.Equal(verdict["duration_ns"]!.GetValue<long>(), c.Build().DurationNs(c.Variables));
    }

    [Fact]
    public void Eom_pulses_and_buffers_land_where_pulser_puts_them()
    {
        // eom_basic (Pulser): detuning off −1.5 held by the 200 ns delay, a 16 ns phase-jump buffer (2×85 + 34 − 200, raised
        // to min_duration) before the π/2 pulse, then the 240 ns buffer of AnalogDevice's EOM: 616 ns.
        var samples = PulserDslCases.Get("eom_basic").Build().Sample(new Dictionary<string, double>());
        var ryd = samples.Channels.Single();
        Assert.Equal(616, samples.DurationNs);
        Assert.Equal(3.0, ryd.Amplitude[99]);
        Assert.Equal(0.0, ryd.Amplitude[100]);
        Assert.Equal(-1.5000000000000002, ryd.Detuning[150]);
        Assert.Equal(3.0, ryd.Amplitude[316]);
        Assert.Equal(0.0, ryd.Amplitude[375 + 1]);
        Assert.Equal([(0, 100), (100, 300), (300, 316), (316, 410)], ryd.Slots.Select(s => (s.Ti, s.Tf)));
    }

    [Theory]
    [InlineData(3.0, 0.0, -1.5, 0.25714285714285623)]
    [InlineData(2.0, 1.0, 5.0, 1.2571428571428576)]
    [InlineData(4.0, -1.0, 0.0, -0.7428571428571402)]
    [InlineData(10.0, 2.0, -100.0, -99.11111111111111)]
    public void The_detuning_off_is_pulsers_choice_among_the_switching_options(double amp, double detOn, double optimal, double pulsers)
    {
        // Pulser's RydbergEOM(RED limiting at 30, Δ=700, both beams controlled, shift coefficients 1.3 blue / 0.8 red).
        var eom = new EomConfig(RydbergBeam.Red, 30.0, 700.0, [RydbergBeam.Blue, RydbergBeam.Red], 24, null) { BlueShiftCoeff = 1.3, RedShiftCoeff = 0.8 };
        Assert.Equal(pulsers, EomDetuning.Off(eom, amp, detOn, optimal), 12);
        Assert.Equal(3, EomDetuning.Options(eom, amp, detOn).Count);
    }

    [Fact]
    public void A_device_channel_without_an_eom_is_refused_by_name_at_build()
    {
        var error = Assert.Throws<ExperimentValidationException>(() => new SequenceBuilder("DigitalAnalogDevice")
            .Register(Register.Line(2, 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .EnableEomMode("ryd", 2.0, 0.0)
            .AddEomPulse("ryd", 100)
            .DisableEomMode("ryd")
            .Build());
        Assert.Contains(error.Violations, v => v.Path == "operations[0].channel" && v.Message.Contains("does not have an EOM", StringComparison.Ordinal));
    }

    [Fact]
    public void Ordinary_pulses_in_eom_mode_and_eom_pulses_outside_it_are_refused()
    {
        var error = Assert.Throws<ExperimentValidationException>(() => new SequenceBuilder("AnalogDevice")
            .Register(Register.Line(2, 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .AddEomPulse("ryd", 100)
            .EnableEomMode("ryd", 2.0, 0.0)
            .Add(Pulse.Constant(100, 1.0, 0.0, 0.0), "ryd")
            .Build());
        Assert.Contains(error.Violations, v => v.Path == "operations[0].channel" && v.Message.Contains("must be in EOM mode", StringComparison.Ordinal));
        Assert.Contains(error.Violations, v => v.Path == "operations[2].channel" && v.Message.Contains("is in EOM mode", StringComparison.Ordinal));
    }

    [Fact]
    public void An_eom_setpoint_above_the_channel_limits_is_refused_at_validate()
    {
        var amp = Variable.Float("amp");
        var sequence = new SequenceBuilder("AnalogDevice")
            .DeclareVariable(amp)
            .Register(Register.Line(2, 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .EnableEomMode("ryd", amp, 0.0)
            .AddEomPulse("ryd", 100)
            .Build();
        Assert.Empty(sequence.Validate(new Dictionary<string, double> { ["amp"] = 3.0 }, runs: 10));
        var problems = sequence.Validate(new Dictionary<string, double> { ["amp"] = 50.0 }, runs: 10);
        Assert.Contains(problems, v => v.Path.StartsWith("operations[0]", StringComparison.Ordinal) && v.Message.Contains("max_amp", StringComparison.Ordinal));
    }

    [Fact]
    public void Eom_operations_round_trip_through_pulsers_json()
    {
        var sequence = PulserDslCases.Get("eom_phase_drift").Build();
        var json = sequence.ToAbstractRepr();
        var again = AnalogSequence.FromAbstractRepr(json);
        Assert.Equal(json, again.ToAbstractRepr());
        // Expressions compare by reference, so the operations are compared by their printed form.
        Assert.Equal(sequence.Operations.Select(o => o.ToString()), again.Operations.Select(o => o.ToString()));
        Assert.Equal(5, again.Operations.Count(o => o is EnableEomOperation or EomPulseOperation or ModifyEomSetpointOperation or DisableEomOperation));
    }
}
