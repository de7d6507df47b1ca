using QuantumDsl.Client.Tests.Support;
using QuantumDsl.Emulator;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Tests.Running;

/// <summary>A run that fails in the emulator's matter engine carries its reason to <c>RunAsync</c>'s per-point results.</summary>
public sealed class FailureReasonTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("qdsl-client-fail-").FullName;
    private EmulatorServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            DatabasePath = Path.Combine(_directory, "emulator.db"),
            SimulatedLatency = TimeSpan.Zero,
            PollInterval = TimeSpan.FromMilliseconds(20),
            MatterMaxEvolutionSteps = 1000,
        });

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private QuantumClient Client() => QuantumClient.Create(new QuantumClientOptions
    {
        Oqtant = new() { Endpoint = _server.OqtantBaseUrl, Token = _server.DevToken, PollInterval = TimeSpan.FromMilliseconds(20) },
        Pasqal = new() { Endpoint = _server.PasqalCoreUrl, Token = _server.DevToken, PollInterval = TimeSpan.FromMilliseconds(20), MaxPollInterval = TimeSpan.FromMilliseconds(200) },
        Run = new SweepRunOptions { JournalDirectory = Path.Combine(_directory, "journal") },
    });

    [Fact]
    public async Task A_point_whose_run_fails_in_the_engine_says_why_and_the_others_keep_their_output()
    {
        using var client = Client();

        var results = await HoldScan.Sweep.RunAsync(client);

        Assert.True(results[0].Succeeded, results[0].Failure?.Reason);
        Assert.IsType<PlotOutput>(results[0].Output!.Values);
        var failure = results[1].Failure!;
        Assert.Equal("INCOMPLETE", failure.Status);
        Assert.Equal(results[0].Output!.JobId, failure.JobId);
        Assert.Equal(
            "run 2 failed: end_time_ms 12 needs 2400 GPE time steps of 0.005 ms; this emulator runs at most 1000 per run (its MatterMaxEvolutionSteps setting)",
            failure.Reason);
        var error = Assert.Throws<InvalidOperationException>(() => results.EnsureAllSucceeded());
        Assert.Contains("needs 2400 GPE time steps", error.Message, StringComparison.Ordinal);
    }
}
