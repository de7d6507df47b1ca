using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Emulator;

namespace QuantumDsl.Client.Tests.Support;

/// <summary>A real emulator server on a free loopback port (SQLite in a temp directory), shared by a test class.</summary>
public sealed class EmulatorFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("qdsl-client-emu-").FullName;

    public EmulatorServer Server { get; private set; } = null!;

    public string JournalDirectory => Path.Combine(_directory, "journal");

    public static readonly EmulatorAccount Ada = new("ada", "ada-pw");

    public async Task InitializeAsync() =>
        Server = await EmulatorServer.StartAsync(new EmulatorOptions
        {
            DatabasePath = Path.Combine(_directory, "emulator.db"),
            Accounts = [Ada, new EmulatorAccount("bob", "bob-pw"), new EmulatorAccount("chaos", "chaos-pw")],
            SimulatedLatency = TimeSpan.FromMilliseconds(1),
            PollInterval = TimeSpan.FromMilliseconds(20),
            DailyJobLimit = 100_000,
            // The browser-login tests need /authorize to approve without a login page (off unless asked for).
            AutoApproveUser = Ada.Username,
        });

    public PasqalClientOptions PasqalOptions(string? token = null) => new()
    {
        Endpoint = Server.PasqalCoreUrl,
        Token = token ?? Server.IssueToken(Ada.Username),
        PollInterval = TimeSpan.FromMilliseconds(20),
        MaxPollInterval = TimeSpan.FromMilliseconds(200),
    };

    public OqtantClientOptions OqtantOptions(string? token = null) => new()
    {
        Endpoint = Server.OqtantBaseUrl,
        Token = token ?? Server.IssueToken(Ada.Username),
        PollInterval = TimeSpan.FromMilliseconds(20),
        MaxPollInterval = TimeSpan.FromMilliseconds(200),
    };

    /// <summary>Both clients with their own resilient HttpClients; the journal in this fixture's directory.</summary>
    public QuantumClient Client(SweepRunOptions? run = null) => QuantumClient.Create(new QuantumClientOptions
    {
        Oqtant = OqtantOptions(),
        Pasqal = PasqalOptions(),
        Run = run ?? new SweepRunOptions { JournalDirectory = JournalDirectory },
    });

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
