using QuantumDsl.Analog;
using QuantumDsl.Tests.Analog.Pulser;

namespace QuantumDsl.Tests.Analog;

/// <summary>DMM detuning maps through the DSL: Pulser's samples per qubit, its limits and refusals.</summary>
public sealed class DmmTests
{
    [Theory]
    [InlineData("dmm_detuning_map")]
    [InlineData("dmm_weighted_analog")]
    [InlineData("slm_mask_ising")]
    [InlineData("slm_mask_after_pulses")]
    [InlineData("slm_mask_after_pulses_bottom")]
    [InlineData("slm_mask_xy_after_pulses")]
    public void The_dsl_sequence_samples_per_qubit_as_pulsers_fixture(string name)
    {
        var fixture = PulserFixture.Load(name);
        var dsl = PulserDslCases.Get(name);
        var mine = dsl.Build().Sample(dsl.Variables);
        Assert.Equal(fixture.Root.GetProperty("duration_ns").GetInt32(), mine.DurationNs);
        var bases = fixture.Root.GetProperty("samples_by_qubit").EnumerateObject().ToList();
        Assert.NotEmpty(bases);
        foreach (var (basis, qubit) in bases.SelectMany(b => b.Value.EnumerateObject().Select(q => (b.Name, q))))
        {
            Assert.True(BasisNames.TryParse(basis, out var parsed));
            var drive = mine.Qubits[parsed][qubit.Name];
            foreach (var (key, actual) in new[] { ("amp", drive.Amplitude), ("det", drive.Detuning), ("phase", drive.Phase) })
            {
                var expected = PulserFixture.Numbers(qubit.Value.GetProperty(key));
                Assert.Equal(expected.Length, actual.Length);
                for (var i = 0; i < expected.Length; i++)
                {
                    Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-9, $"{qubit.Name}.{key}[{i}]: {actual[i]:R}, Pulser {expected[i]:R}");
                }
            }
        }
    }

    [Fact]
    public void A_positive_dmm_detuning_is_refused_as_pulser_refuses_it()
    {
        var sequence = new SequenceBuilder("DigitalAnalogDevice")
            .Register(Register.Line(2, 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .ConfigDetuningMap("dmm_0", new Dictionary<string, double> { ["q0"] = 1.0, ["q1"] = 0.5 })
            .AddDmmDetuning(Waveform.Constant(100, 2.0), "dmm_0")
            .Build();
        var problems = sequence.Validate(new Dictionary<string, double>(), runs: 10);
        Assert.Contains(problems, v => v.Path.StartsWith("operations[1].waveform", StringComparison.Ordinal) && v.Message.Contains("never positive", StringComparison.Ordinal));
    }

    [Fact]
    public void A_constant_dmm_detuning_is_the_constant_waveform_and_its_parameter_carries_the_dmm_limit()
    {
        static string Json(Func<SequenceBuilder, SequenceBuilder> add) => add(new SequenceBuilder("DigitalAnalogDevice")
                .Register(Register.Line(2, 6))
                .Channel("ryd", Channels.RydbergGlobal)
                .ConfigDetuningMap("dmm_0", new Dictionary<string, double> { ["q0"] = 1.0 }))
            .Build().ToAbstractRepr();
        Assert.Equal(Json(b => b.AddDmmDetuning(Waveform.Constant(100, -5.0), "dmm_0")), Json(b => b.AddDmmDetuning(100, -5.0, "dmm_0")));
        var detuning = typeof(SequenceBuilder).GetMethod(nameof(SequenceBuilder.AddDmmDetuning), [typeof(Expr), typeof(Expr), typeof(string), typeof(Protocol)])!.GetParameters()[1];
        Assert.Equal(DeviceQuantity.DmmDetuning, ((DeviceLimitAttribute)detuning.GetCustomAttributes(typeof(DeviceLimitAttribute), false).Single()).Quantity);
    }

    [Fact]
    public void A_dmm_the_device_lacks_is_refused_by_name()
    {
        var error = Assert.Throws<ExperimentValidationException>(() => new SequenceBuilder("AnalogDevice")
            .Register(Register.Line(2, 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .ConfigDetuningMap("dmm_0", new Dictionary<string, double> { ["q0"] = 1.0 })
            .AddDmmDetuning(Waveform.Constant(100, -2.0), "dmm_0")
            .Build());
        Assert.Contains(error.Violations, v => v.Path == "operations[0].dmm_id" && v.Message.Contains("is not a DMM of AnalogDevice", StringComparison.Ordinal));
    }

    [Fact]
    public void Detuning_maps_round_trip_through_pulsers_json()
    {
        var json = PulserDslCases.Get("dmm_detuning_map").Build().ToAbstractRepr();
        var again = AnalogSequence.FromAbstractRepr(json);
        Assert.Equal(json, again.ToAbstractRepr());
        var map = Assert.Single(again.Operations.OfType<ConfigDetuningMapOperation>());
        Assert.Equal([1.0, 0.0, 0.5, 0.25], map.Traps.Select(t => t.Weight));
    }
}
