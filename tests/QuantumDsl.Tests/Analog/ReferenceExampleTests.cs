using System.Globalization;
using System.Text.Json.Nodes;
using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog;

/// <summary>The minimal parametrized sequence of pasqal-cloud.md §5.4 (validated there against Pulser's schema).</summary>
public sealed class ReferenceExampleTests
{
    private const string Reference = """
        {"version": "1", "name": "minimal-param", "device": "MockDevice",
         "register": [{"name": "q0", "x": 0.0, "y": 0.0}, {"name": "q1", "x": 6.0, "y": 0.0}],
         "channels": {"ryd": "rydberg_global"},
         "variables": {"duration": {"type": "int", "value": [0]}, "omega": {"type": "float", "value": [0.0]}},
         "operations": [{"op": "pulse", "channel": "ryd", "protocol": "min-delay",
           "amplitude": {"kind": "constant",
             "duration": {"expression": "index", "lhs": {"variable": "duration"}, "rhs": 0},
             "value": {"expression": "index", "lhs": {"variable": "omega"}, "rhs": 0}},
           "detuning": {"kind": "constant",
             "duration": {"expression": "index", "lhs": {"variable": "duration"}, "rhs": 0}, "value": 0.0},
           "phase": 0.0, "post_phase_shift": 0.0}],
         "measurement": "ground-rydberg"}
        """;

    private static AnalogSequence Build()
    {
        var duration = Variable.Int("duration");
        var omega = Variable.Float("omega");
        return new SequenceBuilder("MockDevice")
            .Named("minimal-param")
            .DeclareVariable(duration)
            .DeclareVariable(omega)
            .Register(Register.FromCoordinates((0, 0), (6, 0)))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(duration, omega, 0), "ryd")
            .Measure(Basis.GroundRydberg)
            .Build();
    }

    [Fact]
    public void The_reference_document_is_valid()
    {
        PulserSchema.AssertValidSequence(Reference);
    }

    [Fact]
    public void The_same_sequence_is_written_exactly_as_the_reference()
    {
        Assert.Equal(Canonical(JsonNode.Parse(Reference)), Canonical(JsonNode.Parse(Build().ToAbstractRepr())));
    }

    [Fact]
    public void The_reference_job_is_a_valid_point()
    {
        var job = new Dictionary<string, double> { ["duration"] = 1000, ["omega"] = 6.28 };
        Assert.Empty(Build().Validate(job, runs: 100));
        Assert.Equal(1000, Build().DurationNs(job));
    }

    /// <summary>Key order kept, numbers compared by value (0.0 and 0 are the same number).</summary>
    private static string Canonical(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject o => "{" + string.Join(",", o.Select(p => $"{p.Key}:{Canonical(p.Value)}")) + "}",
        JsonArray a => "[" + string.Join(",", a.Select(Canonical)) + "]",
        JsonValue v when v.TryGetValue<double>(out var d) => d.ToString("R", CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
