using System.Text.Json;
using QuantumDsl.Analog;
using QuantumDsl.Simulation.Rydberg;
using Segment = QuantumDsl.Simulation.Tests.Rydberg.DenseReference.Segment;

namespace QuantumDsl.Simulation.Tests.Rydberg;

/// <summary>
/// The engine's physics on the golden sequences of real Pulser (tests/Fixtures/pulser): the state it evolves equals an
/// exact dense evolution of Pulser's own per-qubit samples (<c>to_nested_dict(all_local=True)</c>), ns by ns.
/// </summary>
public sealed class PulserSamplesPhysicsTests
{
    private const int MaxAtoms = 4;

    private static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures", "pulser", "sequences");

    public static TheoryData<string> Cases()
    {
        var names = new TheoryData<string>();
        foreach (var file in System.IO.Directory.EnumerateFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(file));
            var root = doc.RootElement;
            var repr = root.GetProperty("abstract_repr");
            var text = repr.GetRawText();
            var simulable = root.GetProperty("valid").GetBoolean()
                && root.GetProperty("samples_by_qubit").EnumerateObject().All(b => b.Name == "ground-rydberg")
                && repr.GetProperty("channels").EnumerateObject().All(c => c.Value.GetString()!.StartsWith("rydberg", StringComparison.Ordinal))
                && (repr.GetProperty("measurement").ValueKind == JsonValueKind.Null || repr.GetProperty("measurement").GetString() == "ground-rydberg")
                && repr.GetProperty("register").GetArrayLength() <= MaxAtoms
                && !text.Contains("\"truncate\"", StringComparison.Ordinal);
            if (simulable)
            {
                names.Add(Path.GetFileNameWithoutExtension(file));
            }
        }

        return names;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_engine_evolves_pulsers_samples_exactly(string name)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".json")));
        var root = doc.RootElement;
        var sequence = AnalogSequence.FromAbstractRepr(root.GetProperty("abstract_repr").GetRawText());
        var variables = new Dictionary<string, double[]>(StringComparer.Ordinal);
        Dictionary<string, int>? qubits = null;
        foreach (var p in root.GetProperty("variables").EnumerateObject())
        {
            if (p.Name == "qubits")
            {
                qubits = p.Value.EnumerateObject().ToDictionary(q => q.Name, q => q.Value.GetInt32(), StringComparer.Ordinal);
            }
            else
            {
                variables[p.Name] = p.Value.ValueKind == JsonValueKind.Array ? p.Value.EnumerateArray().Select(x => x.GetDouble()).ToArray() : [p.Value.GetDouble()];
            }
        }

        var register = sequence.BuildRegister(qubits);
        var positions = register.Atoms.Select(a => new[] { a.X, a.Y, a.Z }).ToArray();
        var duration = root.GetProperty("duration_ns").GetInt32();
        var perQubit = root.GetProperty("samples_by_qubit").TryGetProperty("ground-rydberg", out var b) ? b : default;
        double[] Series(string qubit, string quantity) =>
            perQubit.ValueKind == JsonValueKind.Object && perQubit.TryGetProperty(qubit, out var q)
                ? q.GetProperty(quantity).EnumerateArray().Select(x => x.GetDouble()).ToArray()
                : new double[duration];
        var ids = register.Atoms.Select(a => a.Id).ToList();
        var amp = ids.Select(id => Series(id, "amp")).ToArray();
        var det = ids.Select(id => Series(id, "det")).ToArray();
        var phase = ids.Select(id => Series(id, "phase")).ToArray();

        var segments = new List<Segment>();
        for (var t = 0; t < duration; t++)
        {
            var s = new Segment(1e-3, amp.Select(a => a[t]).ToArray(), det.Select(d => d[t]).ToArray(), phase.Select(p => p[t]).ToArray());
            if (segments.Count > 0 && segments[^1] is var last && last.Omega.SequenceEqual(s.Omega) && last.Delta.SequenceEqual(s.Delta) && last.Phi.SequenceEqual(s.Phi))
            {
                segments[^1] = last with { DurationUs = last.DurationUs + 1e-3 };
            }
            else
            {
                segments.Add(s);
            }
        }

        var expected = DenseReference.Probabilities(positions, sequence.Device.InteractionCoeff, segments);
        var exact = RydbergEmulator.Run(sequence, variables, qubits, 1, 1, CancellationToken.None, new RydbergOptions { IncludeProbabilities = true, StepNs = 1 });
        Assert.Equal(duration, exact.DurationNs);
        var worst = expected.Zip(exact.Probabilities!, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(worst < 1e-7, $"{name}: max |ΔP| = {worst:E3} (1 ns steps)");

        // The default steps average the samples over the clock period: an O(dt²) difference.
        var stepped = RydbergEmulator.Run(sequence, variables, qubits, 1, 1, CancellationToken.None, new RydbergOptions { IncludeProbabilities = true });
        var coarse = expected.Zip(stepped.Probabilities!, (e, a) => Math.Abs(e - a)).Max();
        Assert.True(coarse < 5e-3, $"{name}: max |ΔP| = {coarse:E3} (clock steps)");
    }

    [Fact]
    public void Two_pulses_of_different_phase_last_1140_ns_on_analog_device_as_in_pulser()
    {
        var sequence = new SequenceBuilder("AnalogDevice")
            .Register(Register.Line(2, 8))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(400, 2.0, 0.0, 0.0), "ryd")
            .Add(Pulse.Constant(400, 2.0, 0.0, Math.PI / 2), "ryd")
            .Measure(Basis.GroundRydberg)
            .Build();
        var result = RydbergEmulator.Run(sequence, new Dictionary<string, double[]>(), null, 100, 1, CancellationToken.None, new RydbergOptions { IncludeProbabilities = true });
        Assert.Equal(1140, result.DurationNs);
        Assert.Equal(1140, sequence.DurationNs(new Dictionary<string, double>()));
    }
}
