using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Pasqal;

public sealed class DeviceSpecsTests
{
    [Fact]
    public async Task The_served_specs_are_device_json_a_sequence_can_embed_and_run_on()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var (status, specs) = await client.SendAsync(HttpMethod.Get, "pasqal/core-fast/api/v1/devices/specs");
        Assert.Equal(200, status);
        var fresnel = JsonNode.Parse((string)specs["data"]!["FRESNEL"]!)!;
        Assert.Equal("Fresnel", (string)fresnel["name"]!);
        Assert.Equal(500, (int)fresnel["max_runs"]!);
        Assert.Equal((string)specs["data"]!["FRESNEL"]!, (string)specs["data"]!["FRESNEL_CAN1"]!);

        // Embed the live spec as the sequence's device, as Pulser users do, and run it on the QPU type.
        var sequence = JsonNode.Parse(Sequences.Rabi(atoms: 2, spacing: 8))!;
        sequence["device"] = fresnel;
        var batch = new JsonObject
        {
            ["sequence_builder"] = sequence.ToJsonString(),
            ["jobs"] = new JsonArray(Sequences.Job(100, 2 * Math.PI)),
            ["device_type"] = "FRESNEL",
        };
        var (createStatus, created) = await client.SendAsync(HttpMethod.Post, "pasqal/core-fast/api/v1/batches", batch);
        Assert.Equal(200, createStatus);
        var id = (string)created["data"]!["id"]!;
        var jobs = await client.PollAsync($"pasqal/core-fast/api/v2/jobs?batch_id={id}",
            j => (string)j["data"]![0]!["status"]! is "DONE" or "ERROR");
        Assert.True((string)jobs["data"]![0]!["status"]! == "DONE", jobs.ToJsonString());
        Assert.Equal(100, (await client.CounterAsync((string)jobs["data"]![0]!["id"]!)).Sum(kv => (int)kv.Value!));
    }
}
