using System.Text.Json;
using System.Text.Json.Nodes;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Running;
using QuantumDsl.Client.Tests.Support;
using QuantumDsl.Emulator;

namespace QuantumDsl.Client.Tests.Pasqal;

/// <summary>The client's workload calls against the real embedded emulator over loopback HTTP.</summary>
public sealed class PasqalWorkloadEmulatorTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static JsonElement Element(JsonNode node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }

    /// <summary>A <c>pulser_sequence</c> workload: the contract example's Rabi sequence with <c>omega_max</c>.</summary>
    private static PasqalWorkloadRequest Rabi(double omega = 2, int runs = 50) => new("pulser_sequence", PasqalDeviceTypes.EmuFree, Element(new JsonObject
    {
        ["sequence"] = RabiScan.Sweep[0].Sequence.ToAbstractRepr(),
        ["runs"] = runs,
        ["variables"] = new JsonObject { ["omega_max"] = omega },
    }));

    private PasqalClient Client(string? token = null) => PasqalClient.Create(emulator.PasqalOptions(token));

    [Fact]
    public async Task The_supported_type_reaches_done_with_a_bitstring_counter_inline_and_behind_the_link()
    {
        using var client = Client();
        var created = (await client.CreateWorkloadAsync(WaitUntil.Started, Rabi(runs: 60))).Value;
        Assert.Equal(PasqalWorkloadStatus.Pending, created.Status);
        Assert.Equal("pulser_sequence", created.WorkloadType);
        Assert.Equal(60, created.Config.GetProperty("runs").GetInt32());

        var done = await client.GetWorkloadOperation(created.Id).WaitForCompletionAsync();
        Assert.Equal(PasqalWorkloadStatus.Done, done.Status);
        Assert.Empty(done.Errors!);
        Assert.NotNull(done.StartTimestamp);
        Assert.NotNull(done.EndTimestamp);
        var counter = done.Result!.Value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.Equal(60, counter.Values.Sum());
        Assert.All(counter.Keys, bits => Assert.Matches("^[01]{2}$", bits));

        var inline = await client.GetWorkloadResultAsync(done);
        Assert.Equal(done.Result.Value.GetRawText(), inline!.Value.GetRawText());
        var downloaded = await client.GetWorkloadResultAsync(done with { Result = null });
        Assert.Equal(done.Result.Value.GetRawText(), downloaded!.Value.GetRawText());
    }

    [Fact]
    public async Task Create_with_wait_returns_the_ended_workload()
    {
        using var client = Client();
        var done = (await client.CreateWorkloadAsync(WaitUntil.Completed, Rabi(omega: 4, runs: 20))).Value;
        Assert.Equal(PasqalWorkloadStatus.Done, done.Status);
        Assert.Equal(20, done.Result!.Value.EnumerateObject().Sum(p => p.Value.GetInt32()));
    }

    [Fact]
    public async Task An_unsupported_type_reaches_error_with_the_message_and_no_result()
    {
        using var client = Client();
        var request = new PasqalWorkloadRequest("qubo_solver", "backend_test", Element(new JsonObject { ["test1"] = "test1", ["test2"] = 2 }));
        var ended = (await client.CreateWorkloadAsync(WaitUntil.Completed, request)).Value;

        Assert.Equal(PasqalWorkloadStatus.Error, ended.Status);
        var message = Assert.Single(ended.Errors!);
        Assert.Contains("workload_type 'qubo_solver' is not supported by the emulator", message, StringComparison.Ordinal);
        Assert.Contains("pulser_sequence", message, StringComparison.Ordinal);
        Assert.Null(ended.ResultLink);
        Assert.Null(await client.GetWorkloadResultAsync(ended));
    }

    [Fact]
    public async Task Cancel_works_on_running_and_pending_workloads_and_is_refused_once_terminal()
    {
        await using var slow = await EmulatorServer.StartAsync(new EmulatorOptions { SimulatedLatency = TimeSpan.FromSeconds(30), PollInterval = TimeSpan.FromMilliseconds(20) });
        var options = emulator.PasqalOptions(slow.DevToken);
        options.Endpoint = slow.PasqalCoreUrl;
        using var client = PasqalClient.Create(options);
        var running = (await client.CreateWorkloadAsync(WaitUntil.Started, Rabi())).Value;
        var pending = (await client.CreateWorkloadAsync(WaitUntil.Started, Rabi())).Value;
        while ((await client.GetWorkloadAsync(running.Id)).Status != PasqalWorkloadStatus.Running)
        {
            await Task.Delay(20);
        }

        Assert.Equal(PasqalWorkloadStatus.Pending, (await client.GetWorkloadAsync(pending.Id)).Status);
        Assert.Equal(PasqalWorkloadStatus.Canceled, (await client.CancelWorkloadAsync(running.Id)).Status);
        Assert.Equal(PasqalWorkloadStatus.Canceled, (await client.CancelWorkloadAsync(pending.Id)).Status);
        Assert.Equal(PasqalWorkloadStatus.Canceled, (await client.GetWorkloadOperation(running.Id).WaitForCompletionAsync()).Status);

        var refused = await Assert.ThrowsAsync<QuantumServiceException>(() => client.CancelWorkloadAsync(running.Id));
        Assert.Equal(400, refused.Status);
        Assert.Contains("is already CANCELED and cannot be cancelled", refused.ServiceMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_and_other_accounts_get_the_services_4xx()
    {
        using var client = Client();
        var invalid = await Assert.ThrowsAsync<QuantumServiceException>(() => client.CreateWorkloadAsync(WaitUntil.Started, Rabi(runs: 0)));
        Assert.Equal(422, invalid.Status);
        Assert.Contains("0 is outside 1..100000", invalid.ServiceMessage, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => client.CreateWorkloadAsync(WaitUntil.Started, new PasqalWorkloadRequest("t", "b", Element(new JsonArray(1)))));

        var mine = (await client.CreateWorkloadAsync(WaitUntil.Started, Rabi())).Value;
        using var bob = Client(emulator.Server.IssueToken("bob"));
        var hidden = await Assert.ThrowsAsync<QuantumServiceException>(() => bob.GetWorkloadAsync(mine.Id));
        Assert.Equal(404, hidden.Status);
        Assert.Equal(404, (await Assert.ThrowsAsync<QuantumServiceException>(() => bob.CancelWorkloadAsync(mine.Id))).Status);
    }
}
