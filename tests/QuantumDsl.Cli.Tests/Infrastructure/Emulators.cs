using QuantumDsl.Emulator;

namespace QuantumDsl.Cli.Tests.Infrastructure;

/// <summary>
/// Two real emulators on random loopback ports, each with its own SQLite file: <see cref="Fast"/> finishes work at once
/// (and fails Oqtant runs that need more than 1000 GPE steps, 5 ms of experiment);
/// <see cref="Slow"/> holds every job for an hour, so jobs and batches stay cancellable.
/// </summary>
public sealed class Emulators : IAsyncLifetime
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "qdsl-cli-tests", Guid.NewGuid().ToString("N"));

    public EmulatorServer Fast { get; private set; } = null!;

    public EmulatorServer Slow { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        Fast = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            DatabasePath = Path.Combine(directory, "fast.db"),
            AutoApproveUser = EmulatorOptions.DefaultAccount.Username, // the browser-login test's "browser" cannot type a password
            SimulatedLatency = TimeSpan.Zero,
            MatterMaxEvolutionSteps = 1000, // in-trap runs longer than 5 ms fail in the engine, with the reason
            PollInterval = TimeSpan.FromMilliseconds(50),
        });
        Slow = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            DatabasePath = Path.Combine(directory, "slow.db"),
            SimulatedLatency = TimeSpan.FromHours(1),
            PollInterval = TimeSpan.FromMilliseconds(50),
        });
    }

    public async Task DisposeAsync()
    {
        await Fast.DisposeAsync();
        await Slow.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EmulatorCollection : ICollectionFixture<Emulators>
{
    public const string Name = "emulators";
}
