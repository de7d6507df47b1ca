using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Emulator.Pasqal;
using QuantumDsl.Emulator.Tests.Infrastructure;

using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Pasqal;

/// <summary>
/// One Pasqal request contract: the emulator accepts exactly the fields of the shared request records the client writes
/// (plus the service's deprecated <c>complete</c>), and a body written from those records with every field set is taken
/// as written.
/// </summary>
public sealed class RequestRecordTests
{
    private const string Api = "pasqal/core-fast/api";

    [Fact]
    public void The_accepted_fields_are_the_wire_names_of_the_shared_request_records()
    {
        Assert.Equal(
            ["sequence_builder", "jobs", "open", "device_type", "webhook", "configuration", "tags", "backend_configuration", "project_id", "complete"],
            RequestFields.Batch);
        Assert.Equal(["runs", "variables", "sequence"], RequestFields.Job);
        Assert.Equal(["workload_type", "backend", "config", "project_id"], RequestFields.Workload);
    }

    [Fact]
    public async Task A_batch_written_from_the_shared_records_with_every_field_is_taken_as_written()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        using var configuration = JsonDocument.Parse("""{"dt": 10}""");
        var request = new PasqalBatchRequest(
            Sequences.Rabi(),
            [PasqalJobRequest.Create(7, new Dictionary<string, double> { ["omega"] = 1.5 })],
            Open: true,
            DeviceType: "EMU_FREE",
            Webhook: "https://example.invalid/hook",
            Configuration: configuration.RootElement.Clone(),
            Tags: ["a", "b"],
            BackendConfiguration: "{\"x\": 1}",
            ProjectId: null);
        var body = JsonNode.Parse(JsonSerializer.Serialize(request, PasqalJsonContext.Wire.PasqalBatchRequest))!;

        var (status, answer) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", body);

        Assert.True(status == 200, answer.ToJsonString());
        var data = answer["data"]!;
        Assert.True((bool)data["open"]!);
        Assert.Equal("EMU_FREE", (string)data["device_type"]!);
        Assert.Equal("https://example.invalid/hook", (string)data["webhook"]!);
        Assert.Equal(["a", "b"], data["tags"]!.AsArray().Select(t => (string)t!));
        Assert.Equal(10, (int)data["configuration"]!["dt"]!);
        Assert.Equal("{\"x\": 1}", (string)data["backend_configuration"]!);
        var job = Assert.Single(data["jobs"]!.AsArray());
        Assert.Equal(7, (int)job!["runs"]!);
        Assert.Equal(1.5, (double)job["variables"]!["omega"]!);
    }
}
