using QuantumDsl.Analog;
using QuantumDsl.Client.Tests.Support;

namespace QuantumDsl.Client.Tests.Running;

// Two qubits of a mappable register moved, point by point, from near to far traps of one layout (5, 9 and 30 µm
// apart); the pulse area is π/2 in two segments whose amplitudes are an array variable.
[AnalogExperiment("MockDevice", Runs = 400)]
public partial class BlockadeByTraps
{
    [Param(Min = 0, Max = 3, Size = 2)]
    [TrapMap]
    [Vector(0, 1)]
    [Vector(0, 2)]
    [Vector(0, 3)]
    public int[] Traps { get; init; } = [0, 1];

    [Param(Min = 0, Max = 10, Unit = "rad/us", Size = 2)]
    public double[] Omegas { get; init; } = [Math.PI, Math.PI];

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(RegisterLayout.FromCoordinates([(0.0, 0.0), (5.0, 0.0), (9.0, 0.0), (30.0, 0.0)], "line4").MakeMappable(2))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: 250, amplitude: v.Omegas[0], detuning: 0), "ryd")
        .Add(Pulse.Constant(durationNs: 250, amplitude: v.Omegas[1], detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}

/// <summary>
/// A trap-assignment sweep end to end on the real emulator (loopback, SQLite): one batch, one job per trap map, each
/// job's <c>variables</c> carrying the array and <c>qubits</c>; the blockade disappears as the atoms move apart, and
/// each point's P(11) equals an exact two-atom evolution within shot noise.
/// </summary>
public sealed class TrapAssignmentSweepTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task Moving_two_atoms_from_near_to_far_traps_lifts_the_blockade_as_an_exact_evolution_says()
    {
        var run = new SweepRunOptions { JournalDirectory = emulator.JournalDirectory, RunName = Guid.NewGuid().ToString() };
        using var client = emulator.Client(run);

        var results = await BlockadeByTraps.Sweep.RunAsync(client);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Failure?.Reason));
        Assert.Single(results.Select(r => r.Output!.BatchId).Distinct());   // one batch: the sequence is sent once

        // What each job carried: the array as a JSON array and the trap map as qubits.
        var far = await client.Pasqal.GetJobAsync(results[2].Output!.JobId);
        Assert.Equal("[3.141592653589793,3.141592653589793]", far.Variables!["omegas"].GetRawText());
        Assert.Equal("{\"q0\":0,\"q1\":3}", far.Variables["qubits"].GetRawText());

        var c6 = DeviceCatalog.Default.Get("MockDevice").InteractionCoeff;
        var probabilities = new List<double>();
        foreach (var (result, distance) in results.Zip([5.0, 9.0, 30.0]))
        {
            var counter = result.Output!.Result.Counter;
            var shots = counter.Values.Sum();
            Assert.Equal(400, shots);
            var p11 = counter.TryGetValue("11", out var n) ? n / (double)shots : 0;
            // Both 0.25 µs segments drive Ω = π rad/µs (the point's omegas): one 0.5 µs resonant pulse.
            var exact = TwoAtomReference.Probabilities(Math.PI, c6, distance, 0.5).BothExcited;
            var tolerance = 5 * Math.Sqrt(exact * (1 - exact) / shots) + 3.0 / shots;
            Assert.True(Math.Abs(p11 - exact) <= tolerance, $"{distance} µm: P(11) = {p11}, exact {exact} (± {tolerance})");
            probabilities.Add(p11);
        }

        Assert.True(probabilities[0] < 0.02, $"5 µm is blockaded: P(11) = {probabilities[0]}");
        Assert.True(probabilities[2] > 0.17, $"30 µm is independent (1/4 each π/2 pulse pair): P(11) = {probabilities[2]}");
        Assert.True(probabilities[0] < probabilities[1] && probabilities[1] < probabilities[2], string.Join(", ", probabilities));
    }

    [Fact]
    public async Task A_trap_map_outside_the_layout_fails_its_point_before_anything_is_sent()
    {
        var run = new SweepRunOptions { JournalDirectory = emulator.JournalDirectory, RunName = Guid.NewGuid().ToString() };
        using var client = emulator.Client(run);
        IReadOnlyList<BlockadeByTraps> sweep = [new() { Traps = [0, 1] }, new() { Traps = [0, 7] }];

        var results = await sweep.RunAsync(client);

        Assert.True(results[0].Succeeded, results[0].Failure?.Reason);
        Assert.False(results[1].Succeeded);
        Assert.Contains("qubits.q1: 7 is not a trap id of the layout (0..3)", results[1].Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hand_written_points_of_a_read_sequence_carry_their_trap_maps_too()
    {
        // The sequence as Pulser (or any client) would send it, read back; one AnalogPoint per trap map.
        var sequence = AnalogSequence.FromAbstractRepr(new BlockadeByTraps().Sequence.ToAbstractRepr());
        IReadOnlyDictionary<string, IReadOnlyList<double>> arrays = new Dictionary<string, IReadOnlyList<double>> { ["omegas"] = [2 * Math.PI, 2 * Math.PI] };
        IReadOnlyList<AnalogPoint> sweep =
        [
            new(sequence, new Dictionary<string, double>(), 50) { ArrayVariables = arrays, Qubits = new Dictionary<string, int> { ["q0"] = 0, ["q1"] = 1 } },
            new(sequence, new Dictionary<string, double>(), 50) { ArrayVariables = arrays, Qubits = new Dictionary<string, int> { ["q0"] = 0, ["q1"] = 3 } },
            new(sequence, new Dictionary<string, double>(), 50) { ArrayVariables = arrays, Qubits = new Dictionary<string, int> { ["q0"] = 1, ["q1"] = 1 } },
        ];
        Assert.Equal("qubits: q0, q1 are mapped to the same trap 1", Assert.Single(sweep[2].Validate()).Message);
        var run = new SweepRunOptions { JournalDirectory = emulator.JournalDirectory, RunName = Guid.NewGuid().ToString() };
        using var client = emulator.Client(run);

        var results = await sweep.RunAsync(client);

        // Ω·t = 2π·0.5 = π: independent atoms both flip on every shot; 5 µm apart the blockade forbids |11⟩.
        Assert.False(results[0].Output!.Result.Counter.ContainsKey("11"));
        Assert.Equal(50, results[1].Output!.Result.Counter["11"]);
        Assert.False(results[2].Succeeded);
    }
}
