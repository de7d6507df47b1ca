using System.Text.Json;
using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog;

/// <summary>The design's RabiScan example (architecture.md §1) as the generated code builds it.</summary>
public sealed class RabiScanTests
{
    private static AnalogSequence BuildRabiScan()
    {
        var omegaMax = Variable.Float("omega_max");
        var seq = new SequenceBuilder("AnalogDevice");
        seq.DeclareVariable(omegaMax);
        return seq
            .Register(Register.Line(count: 2, spacingUm: 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(durationNs: 1000, amplitude: omegaMax, detuning: 0), "ryd")
            .Measure(Basis.GroundRydberg)
            .Build();
    }

    [Fact]
    public void Sequence_is_valid_pulser_json()
    {
        PulserSchema.AssertValidSequence(BuildRabiScan().ToAbstractRepr());
    }

    [Fact]
    public void Sequence_declares_the_variable_and_reads_it_through_index()
    {
        using var doc = JsonDocument.Parse(BuildRabiScan().ToAbstractRepr());
        var root = doc.RootElement;
        Assert.Equal("1", root.GetProperty("version").GetString());
        Assert.Equal("AnalogDevice", root.GetProperty("device").GetProperty("name").GetString());
        Assert.Equal("float", root.GetProperty("variables").GetProperty("omega_max").GetProperty("type").GetString());
        Assert.Equal(0, root.GetProperty("variables").GetProperty("omega_max").GetProperty("value")[0].GetDouble());
        Assert.Equal("rydberg_global", root.GetProperty("channels").GetProperty("ryd").GetString());
        var register = root.GetProperty("register");
        Assert.Equal(-3, register[0].GetProperty("x").GetDouble());
        Assert.Equal(3, register[1].GetProperty("x").GetDouble());
        var pulse = root.GetProperty("operations")[0];
        Assert.Equal("pulse", pulse.GetProperty("op").GetString());
        Assert.Equal("min-delay", pulse.GetProperty("protocol").GetString());
        var value = pulse.GetProperty("amplitude").GetProperty("value");
        Assert.Equal("index", value.GetProperty("expression").GetString());
        Assert.Equal("omega_max", value.GetProperty("lhs").GetProperty("variable").GetString());
        Assert.Equal(0, value.GetProperty("rhs").GetInt32());
        Assert.Equal(1000, pulse.GetProperty("amplitude").GetProperty("duration").GetDouble());
        Assert.Equal("ground-rydberg", root.GetProperty("measurement").GetString());
        Assert.True(root.TryGetProperty("layout", out var layout), "AnalogDevice requires a layout: one is derived from the register");
        Assert.True(layout.GetProperty("coordinates").GetArrayLength() >= 4);
    }

    [Fact]
    public void Points_of_the_declared_sweep_are_valid_and_a_too_strong_drive_is_reported()
    {
        var sequence = BuildRabiScan();
        for (var omega = 1; omega <= 12; omega++)
        {
            Assert.Empty(sequence.Validate(new Dictionary<string, double> { ["omega_max"] = omega }, runs: 500));
        }

        var violation = Assert.Single(sequence.Validate(new Dictionary<string, double> { ["omega_max"] = 15 }, runs: 500));
        Assert.Equal("operations[0].amplitude: 15 exceeds the maximum 12.566370614359172 (AnalogDevice rydberg_global max_amp)", violation.Message);
    }
}

/// <summary>The schema check itself can fail (so the validity tests mean something).</summary>
public sealed class PulserSchemaTests
{
    [Theory]
    [InlineData("\"version\":\"1\"", "\"version\":\"2\"")]
    [InlineData("\"kind\":\"constant\"", "\"kind\":\"square\"")]
    [InlineData("\"max_amp\":12.566370614359172", "\"max_amp\":null")]
    [InlineData("\"expression\":\"index\"", "\"expression\":\"shift\"")]
    [InlineData("\"ryd\":\"rydberg_global\"", "\"ryd\":1")]
    public void A_broken_sequence_is_rejected(string original, string broken)
    {
        var seq = new SequenceBuilder("AnalogDevice");
        var omega = Variable.Float("omega");
        var json = seq.DeclareVariable(omega)
            .Register(Register.Line(2, 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(1000, omega, 0), "ryd")
            .Measure(Basis.GroundRydberg)
            .Build()
            .ToAbstractRepr();
        Assert.Contains(original, json, StringComparison.Ordinal);
        Assert.NotEmpty(PulserSchema.SequenceErrors(json.Replace(original, broken, StringComparison.Ordinal)));
    }
}
