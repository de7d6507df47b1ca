using System.Text.Json.Nodes;
using QuantumDsl.Analog;
using QuantumDsl.Emulator.Tests.Infrastructure;

namespace QuantumDsl.Emulator.Tests.Pasqal;

/// <summary>
/// A DSL sequence with a mappable register and an array variable, run end to end: one batch, one job per trap
/// assignment (the job's <c>variables.qubits</c>), each placing the atoms where its map says.
/// </summary>
public sealed class MappableRegisterJobTests
{
    private const string Api = "pasqal/core-fast/api";

    [Fact]
    public async Task Each_job_places_the_atoms_on_its_own_traps()
    {
        // Traps 0 and 1 are 5 µm apart (C6/R⁶ ≈ 347 rad/µs ≫ Ω: blockade), traps 0 and 2 are 30 µm apart (independent);
        // 4 traps because MockDevice fills at most half of a layout (max_layout_filling 0.5), as Pulser requires.
        var layout = RegisterLayout.FromCoordinates([(0.0, 0.0), (5.0, 0.0), (30.0, 0.0), (60.0, 0.0)], "line3");
        var omegas = Variable.FloatArray("omegas", 2);
        var sequence = new SequenceBuilder("MockDevice")
            .DeclareVariable(omegas)
            .Register(layout.MakeMappable(2))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(500, omegas[1], 0.0, 0.0), "ryd")   // Ω·t = π for Ω = 2π rad/µs: a π pulse
            .Measure(Basis.GroundRydberg)
            .Build();

        JsonObject Job(int far) => new()
        {
            ["runs"] = 60,
            ["variables"] = new JsonObject
            {
                ["omegas"] = new JsonArray(0.0, 2 * Math.PI),
                ["qubits"] = new JsonObject { ["q0"] = 0, ["q1"] = far },
            },
        };

        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var batch = new JsonObject { ["sequence_builder"] = sequence.ToAbstractRepr(), ["jobs"] = new JsonArray(Job(2), Job(1)), ["device_type"] = "EMU_FREE" };
        var (status, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", batch);
        Assert.Equal(200, status);
        var id = (string)created["data"]!["id"]!;
        await client.PollAsync($"{Api}/v2/batches/{id}", b => (string)b["data"]!["status"]! is "DONE" or "ERROR");
        var (_, list) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?batch_id={id}&order_by=creation_order&order_by_direction=ASC");
        var jobs = list["data"]!.AsArray();
        Assert.All(jobs, j => Assert.Equal("DONE", (string)j!["status"]!));

        // 30 µm apart: both atoms flip on every shot.
        var far = await client.CounterAsync((string)jobs[0]!["id"]!);
        Assert.Equal(60, (int)far["11"]!);

        // 5 µm apart: the blockade forbids |11⟩.
        var near = await client.CounterAsync((string)jobs[1]!["id"]!);
        Assert.False(near.ContainsKey("11"), near.ToJsonString());
        Assert.Equal(60, near.Sum(kv => (int)kv.Value!));
    }

    [Fact]
    public async Task A_job_whose_map_skips_the_first_qubit_ends_in_error_naming_qubits()
    {
        var layout = RegisterLayout.FromCoordinates([(0.0, 0.0), (5.0, 0.0), (30.0, 0.0), (60.0, 0.0)]);
        var sequence = new SequenceBuilder("MockDevice")
            .Register(layout.MakeMappable(2))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(100, 1.0, 0.0, 0.0), "ryd")
            .Measure(Basis.GroundRydberg)
            .Build();
        var job = new JsonObject { ["runs"] = 10, ["variables"] = new JsonObject { ["qubits"] = new JsonObject { ["q1"] = 2 } } };
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var batch = new JsonObject { ["sequence_builder"] = sequence.ToAbstractRepr(), ["jobs"] = new JsonArray(job), ["device_type"] = "EMU_FREE" };
        var (status, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", batch);
        Assert.Equal(200, status);   // the map is a job's value: checked when the job runs, as Pulser checks it at build
        var id = (string)created["data"]!["id"]!;
        await client.PollAsync($"{Api}/v2/batches/{id}", b => (string)b["data"]!["status"]! is "DONE" or "ERROR");
        var (_, list) = await client.SendAsync(HttpMethod.Get, $"{Api}/v2/jobs?batch_id={id}");
        var only = list["data"]![0]!;
        Assert.Equal("ERROR", (string)only["status"]!);
        Assert.Contains("first 1 qubit ids", only["errors"]!.ToJsonString(), StringComparison.Ordinal);
    }
}
