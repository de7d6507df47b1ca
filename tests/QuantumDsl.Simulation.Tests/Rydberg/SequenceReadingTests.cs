using QuantumDsl.Analog;
using QuantumDsl.Simulation.Rydberg;
using static QuantumDsl.Simulation.Tests.Rydberg.Seq;

namespace QuantumDsl.Simulation.Tests.Rydberg;

/// <summary>Reading sequences (including one written by Pulser), binding variables, and clear errors.</summary>
public class SequenceReadingTests
{
    private const string Parametrized = """
        {"version": "1", "name": "minimal-param", "device": "MockDevice",
         "register": [{"name": "q0", "x": 0.0, "y": 0.0}, {"name": "q1", "x": 300.0, "y": 0.0}],
         "channels": {"ryd": "rydberg_global"},
         "variables": {"duration": {"type": "int", "value": [0]}, "omega": {"type": "float", "value": [0.0]},
                       "dets": {"type": "float", "value": [0.0, 0.0]}},
         "operations": [{"op": "pulse", "channel": "ryd", "protocol": "min-delay",
           "amplitude": {"kind": "constant",
             "duration": {"expression": "index", "lhs": {"variable": "duration"}, "rhs": 0},
             "value": {"expression": "mul", "lhs": {"expression": "index", "lhs": {"variable": "omega"}, "rhs": 0}, "rhs": 2}},
           "detuning": {"kind": "constant",
             "duration": {"expression": "index", "lhs": {"variable": "duration"}, "rhs": 0},
             "value": {"expression": "neg", "lhs": {"expression": "index", "lhs": {"variable": "dets"}, "rhs": 1}}},
           "phase": 0.0, "post_phase_shift": 0.0}],
         "measurement": "ground-rydberg"}
        """;

    private static string Errors(Action run) => string.Join("\n", Assert.Throws<ExperimentValidationException>(run).Violations.Select(v => v.Message));

    [Fact]
    public void ReadsASequenceWrittenByPulserWithAnEmbeddedDevice()
    {
        // Pulser 1.7.0 export with an embedded DigitalAnalogDevice object (a public pasqal-io service's test fixture).
        var seq = AnalogSequence.FromAbstractRepr(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Rydberg", "Fixtures", "pulser-1.7.0-digital-analog.json")));
        Assert.Equal("DigitalAnalogDevice", seq.Device.Name);
        Assert.Equal(["q0", "q1", "q2", "q3"], seq.Register.Atoms.Select(a => a.Id));
        Assert.Equal([("omega_max", VariableType.Float, 1)], seq.Variables.Select(v => (v.Name, v.Type, v.Size)));
        var result = RydbergEmulator.Run(seq, """{"omega_max": 10.0}""", 500, 3, CancellationToken.None);
        Assert.Equal(500, result.Counter.Values.Sum());
        Assert.All(result.Counter.Keys, k => Assert.Equal(4, k.Length));
        Assert.Equal(100, result.DurationNs);
    }

    [Fact]
    public void BindsVariablesThroughExpressionsAndCastsInts()
    {
        var seq = AnalogSequence.FromAbstractRepr(Parametrized);
        // duration 500.9 is cast to the declared int 500; Ω = 2·omega; δ = −dets[1] (atoms far apart: independent).
        var p = Probabilities(Parametrized, """{"duration": 500.9, "omega": 3.0, "dets": [0, -4.0]}""");
        var (omega, delta, t) = (6.0, 4.0, 0.5);
        var w = Math.Sqrt(omega * omega + delta * delta);
        var single = omega * omega / (w * w) * Math.Pow(Math.Sin(w * t / 2), 2);
        Assert.Equal(single * single, p[3], 1e-6);
        Assert.Equal(3, seq.Variables.Count);
    }

    [Fact]
    public void MissingVariableIsNamed()
    {
        Assert.StartsWith("variables.omega: missing has no value", Errors(() => Probabilities(Parametrized, """{"duration": 100, "dets": [0, 0]}""")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"duration": 100, "omega": 1, "dets": [0, 0, 0]}""", "variables.dets: 3 values were given for a variable of size 2")]
    [InlineData("""{"duration": 100, "omega": [1, 2], "dets": [0, 0]}""", "variables.omega: 2 values were given for a variable of size 1")]
    [InlineData("""{"duration": 100, "omega": "fast", "dets": [0, 0]}""", "variables.omega: String must be a number or an array of numbers")]
    [InlineData("""{"duration": 100, "omega": 1, "dets": [0, 0], "extra": 1}""", "variables.extra: given is not a variable of this sequence")]
    [InlineData("""{"duration": 0, "omega": 1, "dets": [0, 0]}""", "operations[0].amplitude.duration: 0 is not a positive duration")]
    public void BadVariableValuesGetClearErrors(string variables, string message)
    {
        Assert.Contains(message, Errors(() => Probabilities(Parametrized, variables)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"op":"truncate","duration":50}""", "operations[1].op: truncate is not supported by QuantumDsl's scheduler")]
    public void UnsupportedOperationsAreNamed(string op, string message)
    {
        var json = Sequence(Register((0, 0)), Pulse(Constant(100, 1), Constant(100, 0)) + "," + op);
        Assert.StartsWith(message, Errors(() => Probabilities(json)), StringComparison.Ordinal);
    }

    [Fact]
    public void EomOnADeviceChannelWithoutEomAndAnUnconfiguredDmmAreNamed()
    {
        var eom = Sequence(Register((0, 0)), Pulse(Constant(100, 1), Constant(100, 0)) + "," + """{"op":"enable_eom_mode","channel":"ryd","amp_on":1,"detuning_on":0,"optimal_detuning_off":0}""", device: "\"DigitalAnalogDevice\"");
        Assert.Contains("operations[1].channel: ryd does not have an EOM", Errors(() => Probabilities(eom)), StringComparison.Ordinal);
        var dmm = Sequence(Register((0, 0)), Pulse(Constant(100, 1), Constant(100, 0)) + "," + """{"op":"add_dmm_detuning","dmm_name":"dmm_0","protocol":"min-delay","waveform":{"kind":"constant","duration":100,"value":-1}}""");
        Assert.Equal("operations[1].dmm_name", Assert.Throws<AbstractReprException>(() => AnalogSequence.FromAbstractRepr(dmm)).Path);
    }

    [Fact]
    public void UnsupportedBasesAndChannelsAreNamed()
    {
        var xy = Sequence(Register((0, 0)), "", channels: """{"mw":"mw_global"}""").Replace("\"ground-rydberg\"}", "\"XY\"}", StringComparison.Ordinal);
        Assert.Contains("channels.mw: mw_global addresses the basis 'XY'", Errors(() => Probabilities(xy)), StringComparison.Ordinal);
        var digital = Sequence(Register((0, 0)), "").Replace("\"ground-rydberg\"}", "\"digital\"}", StringComparison.Ordinal);
        Assert.Contains("measurement: digital is not supported by the emulator", Errors(() => Probabilities(digital)), StringComparison.Ordinal);
        var unknown = Sequence(Register((0, 0)), "", device: "\"Chadoq2\"");
        Assert.Equal("device", Assert.Throws<AbstractReprException>(() => AnalogSequence.FromAbstractRepr(unknown)).Path);
    }

    [Fact]
    public void DeviceLimitsAreChecked()
    {
        // AnalogDevice: max amplitude 2π·2 MHz, min duration 16 ns.
        var tooStrong = Sequence(Register((0, 0)), Pulse(Constant(100, 20), Constant(100, 0)), device: "\"AnalogDevice\"");
        Assert.Equal("operations[0].amplitude: 20 exceeds the maximum 12.566370614359172 (AnalogDevice rydberg_global max_amp)", Errors(() => Probabilities(tooStrong)));
        var tooShort = Sequence(Register((0, 0)), Pulse(Constant(8, 1), Constant(8, 0)), device: "\"AnalogDevice\"");
        Assert.Contains("is below the minimum 16 (AnalogDevice rydberg_global min_duration)", Errors(() => Probabilities(tooShort)), StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedDeviceTakesC6FromTheRydbergLevel()
    {
        // The catalog's AnalogDevice written as a device object: level 60 gives C6 = 865723.02, as the named device.
        var device = DeviceCatalog.Default.Get("AnalogDevice").ToAbstractRepr();
        var reg = Register((0, 0), (5, 0));
        var ops = Pulse(Constant(400, 10), Constant(400, 5));
        Assert.Equal(Probabilities(Sequence(reg, ops, device: "\"AnalogDevice\"")), Probabilities(Sequence(reg, ops, device: device)));
        var unknownLevel = device.Replace("\"rydberg_level\":60", "\"rydberg_level\":42", StringComparison.Ordinal);
        Assert.Equal("device.rydberg_level", Assert.Throws<AbstractReprException>(() => AnalogSequence.FromAbstractRepr(Sequence(reg, ops, device: unknownLevel))).Path);
    }

    [Fact]
    public void MappableRegisterIsPlacedWithTheJobsQubits()
    {
        var json = """
            {"version":"1","name":"m","device":"MockDevice","layout":{"coordinates":[[0,0],[5,0],[50,0]]},
             "register":[{"qid":"a"},{"qid":"b"}],"channels":{"ryd":"rydberg_global"},"variables":{},
             "operations":[{"op":"pulse","channel":"ryd","protocol":"min-delay","amplitude":{"kind":"constant","duration":400,"value":6.283185307179586},
               "detuning":{"kind":"constant","duration":400,"value":0},"phase":0,"post_phase_shift":0}],"measurement":"ground-rydberg"}
            """;
        var near = Probabilities(json, """{"qubits":{"a":0,"b":1}}""");
        var far = Probabilities(json, """{"qubits":{"a":0,"b":2}}""");
        Assert.True(near[3] < 1e-2, $"blockaded P(11) = {near[3]}");
        Assert.True(far[3] > 0.3, $"independent P(11) = {far[3]}");
        Assert.StartsWith("qubits: missing", Errors(() => Probabilities(json)), StringComparison.Ordinal);

        // A partial map leaves the unmapped qubits out, as Pulser does: one atom, two outcomes.
        var partial = Probabilities(json, """{"qubits":{"a":2}}""");
        Assert.Equal(2, partial.Length);
        Assert.Equal(Math.Pow(Math.Sin(0.4 * Math.PI), 2), partial[1], 1e-6); // Ω = 2π rad/µs for 0.4 µs: a 0.8π rotation
    }
}
