using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog;

/// <summary>Every kind of sequence QuantumDsl writes is valid against Pulser's sequence schema.</summary>
public sealed class SequenceJsonTests
{
    private static readonly Variable T = Variable.Int("t");
    private static readonly Variable Omega = Variable.Float("omega");

    public static TheoryData<string> WaveformKinds => ["constant", "ramp", "blackman", "blackman_max", "interpolated", "composite", "constant_detuning", "constant_amplitude"];

    [Theory]
    [MemberData(nameof(WaveformKinds))]
    public void Every_waveform_kind_writes_a_valid_sequence(string kind)
    {
        var pulse = kind switch
        {
            "constant" => Pulse.Constant(T, Omega, -Omega / 2, phase: Math.PI, postPhaseShift: 0.5),
            "ramp" => new Pulse(Waveform.Ramp(T, 0, Omega), Waveform.Ramp(T, -10, 10)),
            "blackman" => Pulse.ConstantDetuning(Waveform.Blackman(T, Math.PI), 0),
            "blackman_max" => Pulse.ConstantDetuning(Waveform.BlackmanMax(Omega, Math.PI), 0),
            "interpolated" => new Pulse(Waveform.Interpolated(T, [0, 5, 5, 0]), Waveform.Interpolated(T, [-5, 0, 5], [0, 0.3, 1])),
            "composite" => new Pulse(
                Waveform.Composite(Waveform.Ramp(100, 0, Omega), Waveform.Constant(T, Omega), Waveform.Ramp(100, Omega, 0)),
                Waveform.Constant(T + 200, 0)),
            "constant_detuning" => Pulse.ConstantDetuning(Waveform.Ramp(T, 0, Omega), -2),
            _ => Pulse.ConstantAmplitude(Omega, Waveform.Ramp(T, -20, 20)),
        };
        var json = new SequenceBuilder("AnalogDevice")
            .DeclareVariable(T).DeclareVariable(Omega)
            .Register(Register.Line(3, 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(pulse, "ryd")
            .Measure(Basis.GroundRydberg)
            .Build().ToAbstractRepr();
        PulserSchema.AssertValidSequence(json);
        var written = JsonNode.Parse(json)!["operations"]![0]!;
        var expectedKind = kind switch { "constant_detuning" or "constant_amplitude" => null, _ => kind };
        if (expectedKind is not null)
        {
            Assert.Equal(expectedKind, written["amplitude"]!["kind"]!.GetValue<string>());
        }
    }

    [Fact]
    public void A_constant_part_of_a_pulse_is_written_with_duration_zero()
    {
        var json = MockSequence(b => b.Add(Pulse.ConstantDetuning(Waveform.Blackman(200, Math.PI), -3), "ryd"));
        var detuning = JsonNode.Parse(json)!["operations"]![0]!["detuning"]!;
        Assert.Equal("""{"kind":"constant","duration":0,"value":-3}""", detuning.ToJsonString());
    }

    public static TheoryData<string> RegisterKinds => ["line", "rectangle", "triangular", "coordinates", "named", "3d"];

    [Theory]
    [MemberData(nameof(RegisterKinds))]
    public void Every_register_kind_writes_a_valid_sequence(string kind)
    {
        var register = kind switch
        {
            "line" => Register.Line(4, 5),
            "rectangle" => Register.Rectangle(3, 2, 5),
            "triangular" => Register.TriangularLattice(3, 4, 5),
            "coordinates" => Register.FromCoordinates((0, 0), (6, 0), (0, 6)),
            "named" => Register.FromCoordinates([(0, 0), (6, 0)], names: ["left", "right"]),
            _ => Register.FromCoordinates([(0, 0, 0), (0, 0, 6), (6, 0, 3)]),
        };
        foreach (var device in new[] { "MockDevice", "AnalogDevice" })
        {
            if (kind == "3d" && device == "AnalogDevice")
            {
                continue;
            }

            var json = new SequenceBuilder(device)
                .Register(register)
                .Channel("ryd", Channels.RydbergGlobal)
                .Add(Pulse.Constant(100, 1, 0), "ryd")
                .Build().ToAbstractRepr();
            PulserSchema.AssertValidSequence(json);
            var atoms = JsonNode.Parse(json)!["register"]!.AsArray();
            Assert.Equal(register.Count, atoms.Count);
            Assert.Equal(register.Atoms[^1].Id, atoms[^1]!["name"]!.GetValue<string>());
            Assert.Equal(kind == "3d", atoms[0]!.AsObject().ContainsKey("z"));
        }
    }

    public static TheoryData<string> DeviceNames => new(DeviceCatalog.Default.Names);

    [Theory]
    [MemberData(nameof(DeviceNames))]
    public void Every_device_writes_a_valid_sequence(string name)
    {
        var json = new SequenceBuilder(name)
            .DeclareVariable(Omega)
            .Register(Register.TriangularLattice(2, 3, 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(400, Omega, 0), "ryd")
            .Measure(Basis.GroundRydberg)
            .Build().ToAbstractRepr();
        PulserSchema.AssertValidSequence(json);
        var device = JsonNode.Parse(json)!["device"]!;
        if (name == "MockDevice")
        {
            Assert.Equal("MockDevice", device.GetValue<string>());
        }
        else
        {
            Assert.Equal(name, device["name"]!.GetValue<string>());
        }
    }

    [Fact]
    public void Local_channels_targets_delays_alignment_and_phase_shifts_write_a_valid_sequence()
    {
        var phi = Variable.Float("phi");
        var sequence = new SequenceBuilder("DigitalAnalogDevice")
            .DeclareVariable(T).DeclareVariable(phi)
            .Register(Register.Rectangle(2, 2, 5))
            .Channel("ryd", Channels.RydbergGlobal)
            .Channel("raman", Channels.RamanLocal, "q1")
            .Channel("ryd_local", Channels.RydbergLocal)
            .Add(Pulse.Constant(200, 3, 0), "raman")
            .Target("raman", "q2")
            .Delay(T, "raman")
            .Add(Pulse.Constant(T, 3, 0, phase: phi), "raman", Protocol.NoDelay)
            .PhaseShift(phi * 2, Basis.Digital, "q0", "q3")
            .Align("ryd", "raman")
            .Target("ryd_local", "q3")
            .Add(Pulse.Constant(100, 10, -5), "ryd_local", Protocol.WaitForAll)
            .Add(Pulse.Constant(100, 10, 5), "ryd")
            .Measure(Basis.Digital)
            .Build();
        var json = sequence.ToAbstractRepr();
        PulserSchema.AssertValidSequence(json);
        var ops = JsonNode.Parse(json)!["operations"]!.AsArray();
        Assert.Equal(["target", "pulse", "target", "delay", "pulse", "phase_shift", "align", "target", "pulse", "pulse"],
            ops.Select(o => o!["op"]!.GetValue<string>()));
        Assert.Equal("[1]", ops[0]!["target"]!.ToJsonString());
        Assert.Equal("[0,3]", ops[5]!["targets"]!.ToJsonString());
        Assert.Equal("no-delay", ops[4]!["protocol"]!.GetValue<string>());
        Assert.Equal("wait-for-all", ops[8]!["protocol"]!.GetValue<string>());
        Assert.Equal("digital", JsonNode.Parse(json)!["measurement"]!.GetValue<string>());
        Assert.Equal("int", JsonNode.Parse(json)!["variables"]!["t"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Expressions_of_every_operator_write_a_valid_sequence()
    {
        Expr[] values =
        [
            Omega + 1, Omega - 1, Omega * 2, Omega / 2, Omega % 3, Expr.Pow(Omega, 2), -Omega, Expr.Abs(Omega), Expr.Floor(Omega),
            Expr.Ceiling(Omega), Expr.Sqrt(Omega), Expr.Exp(Omega), Expr.Log2(Omega), Expr.Log(Omega),
            Expr.Sin(Omega), Expr.Cos(Omega), Expr.Tan(Omega), Expr.Tanh(Omega * T),
        ];
        var json = MockSequence(b =>
        {
            b.DeclareVariable(T).DeclareVariable(Omega);
            foreach (var value in values)
            {
                b.Add(Pulse.Constant(T * 4, Expr.Abs(value), value), "ryd");
            }
        });
        PulserSchema.AssertValidSequence(json);
    }

    [Fact]
    public void An_unmeasured_sequence_writes_null_and_its_name()
    {
        var json = new SequenceBuilder("MockDevice").Named("my scan")
            .Register(Register.Line(1, 5)).Channel("ryd", Channels.RydbergGlobal).Add(Pulse.Constant(10, 1, 0), "ryd")
            .Build().ToAbstractRepr();
        PulserSchema.AssertValidSequence(json);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(json).RootElement.GetProperty("measurement").ValueKind);
        Assert.Equal("my scan", JsonDocument.Parse(json).RootElement.GetProperty("name").GetString());
    }

    [Fact]
    public void An_xy_sequence_on_the_mock_device_is_valid()
    {
        var json = new SequenceBuilder("MockDevice")
            .Register(Register.FromCoordinates([(0, 0, 0), (10, 0, 0)]))
            .Channel("mw", Channels.Microwave)
            .Add(Pulse.Constant(100, 1, 0), "mw")
            .Measure(Basis.XY)
            .Build().ToAbstractRepr();
        PulserSchema.AssertValidSequence(json);
    }

    [Fact]
    public void Numbers_are_written_invariantly()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("fr-FR");
            var json = MockSequence(b => b.Add(Pulse.Constant(100, 1.5, -0.25), "ryd"));
            Assert.Contains("\"value\":1.5", json, StringComparison.Ordinal);
            Assert.Contains("\"value\":-0.25", json, StringComparison.Ordinal);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    private static string MockSequence(Action<SequenceBuilder> define)
    {
        var builder = new SequenceBuilder("MockDevice").Register(Register.Line(2, 6)).Channel("ryd", Channels.RydbergGlobal);
        define(builder);
        return builder.Measure(Basis.GroundRydberg).Build().ToAbstractRepr();
    }
}
