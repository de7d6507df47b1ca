using QuantumDsl.Simulation.Pulser;
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

    [Fact]
    public void ReadsASequenceWrittenByPulserWithAnEmbeddedDevice()
    {
        // Pulser 1.7.0 export with an embedded DigitalAnalogDevice object (a public pasqal-io service's test fixture).
        var seq = PulserSequence.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Rydberg", "Fixtures", "pulser-1.7.0-digital-analog.json")));
        Assert.Equal("DigitalAnalogDevice", seq.DeviceName);
        Assert.Equal(["q0", "q1", "q2", "q3"], seq.QubitIds);
        Assert.Equal([new PulserVariable("omega_max", false, 1)], seq.Variables);
        var result = RydbergEmulator.Run(seq, Vars("""{"omega_max": 10.0}"""), 500, 3, CancellationToken.None);
        Assert.Equal(500, result.Counter.Values.Sum());
        Assert.All(result.Counter.Keys, k => Assert.Equal(4, k.Length));
        Assert.Equal(100, result.DurationNs);
    }

    [Fact]
    public void BindsVariablesThroughExpressionsAndCastsInts()
    {
        var seq = PulserSequence.Parse(Parametrized);
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
        var e = Assert.Throws<PulserSequenceException>(() => Probabilities(Parametrized, """{"duration": 100, "dets": [0, 0]}"""));
        Assert.Equal("variables.omega", e.Path);
        Assert.Contains("'omega'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"duration": 100, "omega": 1, "dets": [0, 0, 0]}""", "variables.dets", "got 3 value(s) for a variable of size 2")]
    [InlineData("""{"duration": 100, "omega": [1, 2], "dets": [0, 0]}""", "variables.omega", "size 1")]
    [InlineData("""{"duration": 100, "omega": "fast", "dets": [0, 0]}""", "variables.omega", "expected a number")]
    [InlineData("""{"duration": 100, "omega": 1, "dets": [0, 0], "extra": 1}""", "variables.extra", "not declared")]
    [InlineData("""{"duration": 0, "omega": 1, "dets": [0, 0]}""", "operations[0]", "cannot both be constants of duration 0")]
    public void BadVariableValuesGetClearErrors(string variables, string path, string message)
    {
        var e = Assert.Throws<PulserSequenceException>(() => Probabilities(Parametrized, variables));
        Assert.StartsWith(path, e.Path, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"op":"enable_eom_mode","channel":"ryd","amp_on":1,"detuning_on":0,"optimal_detuning_off":0}""", "operations[1]: op 'enable_eom_mode' is not supported by the emulator")]
    [InlineData("""{"op":"add_dmm_detuning","dmm_name":"dmm_0","protocol":"min-delay","waveform":{"kind":"constant","duration":100,"value":-1}}""", "operations[1]: op 'add_dmm_detuning' is not supported by the emulator")]
    [InlineData("""{"op":"truncate","duration":50}""", "operations[1]: op 'truncate' is not supported by the emulator")]
    public void UnsupportedOperationsAreNamed(string op, string message)
    {
        var json = Sequence(Register((0, 0)), Pulse(Constant(100, 1), Constant(100, 0)) + "," + op);
        var e = Assert.Throws<PulserSequenceException>(() => Probabilities(json));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void UnsupportedBasesAndChannelsAreNamed()
    {
        var xy = Sequence(Register((0, 0)), "", channels: """{"mw":"mw_global"}""");
        Assert.Contains("channel 'mw_global' (basis 'XY') is not supported", Assert.Throws<PulserSequenceException>(() => PulserSequence.Parse(xy)).Message, StringComparison.Ordinal);
        var digital = Sequence(Register((0, 0)), "").Replace("\"ground-rydberg\"}", "\"digital\"}", StringComparison.Ordinal);
        Assert.Equal("measurement", Assert.Throws<PulserSequenceException>(() => PulserSequence.Parse(digital)).Path);
        var unknown = Sequence(Register((0, 0)), "", device: "\"Chadoq2\"");
        Assert.Contains("unknown device 'Chadoq2'", Assert.Throws<PulserSequenceException>(() => PulserSequence.Parse(unknown)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeviceLimitsAreChecked()
    {
        // AnalogDevice: max amplitude 2π·2 MHz, min duration 16 ns.
        var tooStrong = Sequence(Register((0, 0)), Pulse(Constant(100, 20), Constant(100, 0)), device: "\"AnalogDevice\"");
        var e = Assert.Throws<PulserSequenceException>(() => Probabilities(tooStrong));
        Assert.Equal("operations[0].amplitude", e.Path);
        Assert.Contains("exceeds the maximum 12.5664 rad/µs", e.Message, StringComparison.Ordinal);
        var tooShort = Sequence(Register((0, 0)), Pulse(Constant(8, 1), Constant(8, 0)), device: "\"AnalogDevice\"");
        Assert.Contains("below the minimum 16 ns", Assert.Throws<PulserSequenceException>(() => Probabilities(tooShort)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddedDeviceTakesC6FromTheRydbergLevel()
    {
        // Level 60 (C6 = 865723.02) vs the named AnalogDevice: identical results.
        var device = """{"name":"Custom","rydberg_level":60,"channels":[{"id":"rydberg_global","basis":"ground-rydberg","addressing":"Global","clock_period":4,"min_duration":16}]}""";
        var reg = Register((0, 0), (5, 0));
        var ops = Pulse(Constant(400, 10), Constant(400, 5));
        Assert.Equal(Probabilities(Sequence(reg, ops, device: "\"AnalogDevice\"")), Probabilities(Sequence(reg, ops, device: device)));
        var unknownLevel = device.Replace("60", "42", StringComparison.Ordinal);
        Assert.Equal("device.rydberg_level", Assert.Throws<PulserSequenceException>(() => PulserSequence.Parse(Sequence(reg, ops, device: unknownLevel))).Path);
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
        Assert.Equal("qubits", Assert.Throws<PulserSequenceException>(() => Probabilities(json)).Path);
    }
}
