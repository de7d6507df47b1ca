using System.Text.Json;
using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog.Pulser;

/// <summary>The runtime model against every golden case from real Pulser: reading, round trip, duration and samples.</summary>
public sealed class PulserFixtureTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> All => new(PulserFixture.Names(_ => true));

    public static TheoryData<string> Valid => new(PulserFixture.Names(f => f.Valid));

    [Theory]
    [MemberData(nameof(Valid))]
    public void Reader_reads_every_valid_pulser_json_and_round_trips_it(string name)
    {
        var fixture = PulserFixture.Load(name);
        var first = AnalogSequence.FromAbstractRepr(fixture.AbstractRepr);
        var written = first.ToAbstractRepr();
        var second = AnalogSequence.FromAbstractRepr(written);
        Assert.Equal(written, second.ToAbstractRepr());
        Assert.Equal(first.Operations.Count, second.Operations.Count);
        Assert.Equal(first.Variables.Select(v => (v.Name, v.Type, v.Size)), second.Variables.Select(v => (v.Name, v.Type, v.Size)));
    }

    [Theory]
    [MemberData(nameof(Valid))]
    public void Duration_and_samples_equal_pulsers(string name)
    {
        var fixture = PulserFixture.Load(name);
        if (fixture.AbstractRepr.Contains("\"truncate\"", StringComparison.Ordinal))
        {
            var refused = Assert.Throws<ExperimentValidationException>(() => Sample(fixture));
            Assert.Contains("is not supported by QuantumDsl's scheduler", refused.Message, StringComparison.Ordinal);
            return;
        }

        var samples = Sample(fixture);
        Assert.Equal(fixture.Root.GetProperty("duration_ns").GetInt32(), samples.DurationNs);
        foreach (var channel in fixture.Root.GetProperty("samples").EnumerateObject())
        {
            var mine = samples.Channels.Single(c => c.Name == channel.Name);
            Close($"{channel.Name}.amp", PulserFixture.Numbers(channel.Value.GetProperty("amp")), mine.Amplitude);
            Close($"{channel.Name}.det", PulserFixture.Numbers(channel.Value.GetProperty("det")), mine.Detuning);
            Close($"{channel.Name}.phase", PulserFixture.Numbers(channel.Value.GetProperty("phase")), mine.Phase);
            var slots = channel.Value.GetProperty("slots").EnumerateArray()
                .Select(s => $"{s.GetProperty("ti").GetInt32()}-{s.GetProperty("tf").GetInt32()}:{string.Join(",", s.GetProperty("targets").EnumerateArray().Select(t => t.GetString()))}");
            Assert.Equal(slots, mine.Slots.Select(s => $"{s.Ti}-{s.Tf}:{string.Join(",", s.Targets.Order(StringComparer.Ordinal))}"));
            var blocks = channel.Value.TryGetProperty("eom_blocks", out var b) ? b.EnumerateArray().ToList() : [];
            Assert.Equal(blocks.Count, mine.EomBlocks.Count);
            foreach (var (expected, actual) in blocks.Zip(mine.EomBlocks))
            {
                Assert.Equal(expected.GetProperty("ti").GetInt32(), actual.Ti);
                Assert.Equal(expected.GetProperty("tf").ValueKind == JsonValueKind.Null ? null : expected.GetProperty("tf").GetInt32(), actual.Tf);
                Close($"{channel.Name}.eom_blocks", [expected.GetProperty("rabi_freq").GetDouble(), expected.GetProperty("detuning_on").GetDouble(), expected.GetProperty("detuning_off").GetDouble()], [actual.RabiFrequency, actual.DetuningOn, actual.DetuningOff]);
                Assert.Equal(expected.GetProperty("switching_beams").EnumerateArray().Select(x => x.GetString()), actual.SwitchingBeams.Select(x => x.ToWire()));
            }
        }

        foreach (var basis in fixture.Root.GetProperty("samples_by_qubit").EnumerateObject())
        {
            Assert.True(BasisNames.TryParse(basis.Name, out var b));
            var qubits = samples.Qubits.TryGetValue(b, out var q) ? q : new Dictionary<string, QubitDrive>();
            Assert.Equal(basis.Value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal), qubits.Keys.Order(StringComparer.Ordinal));
            foreach (var qubit in basis.Value.EnumerateObject())
            {
                Close($"{basis.Name}.{qubit.Name}.amp", PulserFixture.Numbers(qubit.Value.GetProperty("amp")), qubits[qubit.Name].Amplitude);
                Close($"{basis.Name}.{qubit.Name}.det", PulserFixture.Numbers(qubit.Value.GetProperty("det")), qubits[qubit.Name].Detuning);
                Close($"{basis.Name}.{qubit.Name}.phase", PulserFixture.Numbers(qubit.Value.GetProperty("phase")), qubits[qubit.Name].Phase);
            }
        }
    }

    private static AnalogSamples Sample(PulserFixture fixture)
    {
        var sequence = AnalogSequence.FromAbstractRepr(fixture.AbstractRepr);
        var (variables, qubits) = fixture.Values();
        return sequence.Sample(variables, qubits);
    }

    private static void Close(string what, double[] expected, IReadOnlyList<double> actual)
    {
        Assert.True(expected.Length == actual.Count, $"{what}: {actual.Count} samples, Pulser has {expected.Length}");
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance * Math.Max(1, Math.Abs(expected[i])), $"{what}[{i}]: {actual[i]:R}, Pulser {expected[i]:R}");
        }
    }
}
