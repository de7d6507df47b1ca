using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using static QuantumDsl.Emulator.Tests.Hostile.Hostile;

using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Hostile;

/// <summary>Oqtant enum fields sent as numbers or digit strings are refused over HTTP (422 naming the field) and nothing is stored.</summary>
public sealed class StrictEnumTests
{
    public static TheoryData<string, JsonNode, string> Numbers => new()
    {
        { "inputs.0.values.image_type", "1", "inputs[0].values.image_type: \"1\" is not one of TIME_OF_FLIGHT, IN_TRAP, MOT" },
        { "job_type", 0, "job_type: 0 is not one of BEC, BARRIER" },
        { "inputs.0.values.rf_evaporation.interpolation", "0", "inputs[0].values.rf_evaporation.interpolation: \"0\" is not one of LINEAR" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public async Task A_number_in_an_enum_field_is_a_422_naming_the_field_and_stores_nothing(string field, JsonNode value, string message)
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var job = MatterJobs.Bec();
        var path = field.Split('.');
        JsonNode parent = job;
        foreach (var part in path[..^1])
        {
            parent = int.TryParse(part, out var index) ? parent[index]! : parent[part]!;
        }

        parent[path[^1]] = value;

        var (status, body) = await client.SendAsync(HttpMethod.Post, "oqtant/api/users/alice/jobs", job);

        Assert.Equal(422, status);
        var detail = Assert.Single(body["detail"]!.AsArray())!;
        Assert.StartsWith(message, (string)detail["msg"]!, StringComparison.Ordinal);
        Assert.Equal(["body", .. path], detail["loc"]!.AsArray().Select(l => l!.ToString()));
        Assert.Equal(0, Rows(server, "oqtant_jobs"));
        await AssertListsWorkAsync(client);
    }
}
