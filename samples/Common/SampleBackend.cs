using QuantumDsl.Client;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Emulator;

namespace QuantumDsl.Samples;

/// <summary>
/// The <see cref="QuantumClient"/> a sample runs on: the embedded emulator started in-process on a loopback port
/// (no account needed), or the real Oqtant / Pasqal service. Dispose it to stop the emulator.
/// </summary>
public sealed class SampleBackend : IAsyncDisposable
{
    private readonly EmulatorServer? _server;
    private readonly string? _journal;

    private SampleBackend(QuantumClient client, string description, EmulatorServer? server, string? journal)
    {
        Client = client;
        Description = description;
        _server = server;
        _journal = journal;
    }

    /// <summary>The client: sweeps run through <c>C.Sweep.RunAsync(backend.Client, progress, ct)</c>.</summary>
    public QuantumClient Client { get; }

    /// <summary>One line saying where the work runs.</summary>
    public string Description { get; }

    /// <summary>Starts the emulator or connects to the service named by <see cref="SampleSettings.Backend"/>.</summary>
    public static async Task<SampleBackend> StartAsync(SampleSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        switch (settings.Backend)
        {
            case SampleSettings.Emulator:
                var server = await EmulatorServer.StartAsync(new EmulatorOptions { SimulatedLatency = TimeSpan.FromMilliseconds(5) }, cancellationToken);
                // A fresh emulator has none of an earlier run's jobs: its runs get their own journal, never resumed.
                var journal = Path.Combine(Path.GetTempPath(), "quantumdsl-samples-" + Guid.NewGuid().ToString("N"));
                var poll = TimeSpan.FromMilliseconds(100);
                var client = QuantumClient.Create(new QuantumClientOptions
                {
                    Oqtant = new OqtantClientOptions { Endpoint = server.OqtantBaseUrl, Token = server.DevToken, PollInterval = poll, MaxPollInterval = poll * 4 },
                    Pasqal = new PasqalClientOptions { Endpoint = server.PasqalCoreUrl, Token = server.DevToken, PollInterval = poll, MaxPollInterval = poll * 4 },
                    Run = new SweepRunOptions { NewRun = true, JournalDirectory = journal },
                });
                return new SampleBackend(client, $"embedded emulator at {server.BaseAddress}", server, journal);

            case SampleSettings.Oqtant:
                var oqtant = new OqtantClientOptions { Token = settings.Token ?? throw Missing("--token", "oqtant") };
                if (settings.Endpoint is { } oqtantUrl)
                {
                    oqtant.Endpoint = oqtantUrl;
                }

                return new SampleBackend(QuantumClient.Create(new QuantumClientOptions { Oqtant = oqtant, Run = new SweepRunOptions { NewRun = settings.NewRun } }),
                    $"Oqtant at {oqtant.Endpoint}", null, null);

            case SampleSettings.Pasqal:
                var pasqal = new PasqalClientOptions
                {
                    Endpoint = settings.Endpoint ?? new Uri("https://apis.pasqal.cloud/core-fast"),
                    ProjectId = settings.ProjectId,
                    Token = settings.Token,
                    Credentials = settings.Token is null
                        ? new PasswordGrantOptions
                        {
                            Username = settings.Username ?? throw Missing("--token or --username", "pasqal"),
                            Password = settings.Password ?? throw Missing("--password", "pasqal"),
                            ClientId = settings.ClientId ?? PasswordGrantOptions.PasqalPublicClientId,
                        }
                        : null,
                };
                return new SampleBackend(QuantumClient.Create(new QuantumClientOptions { Pasqal = pasqal, Run = new SweepRunOptions { NewRun = settings.NewRun } }),
                    $"Pasqal Cloud at {pasqal.Endpoint}", null, null);

            default:
                throw new ArgumentException(
                    $"backend '{settings.Backend}' is not one of {SampleSettings.Emulator}, {SampleSettings.Oqtant}, {SampleSettings.Pasqal}", nameof(settings));
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_journal is not null && Directory.Exists(_journal))
        {
            Directory.Delete(_journal, recursive: true);
        }
    }

    private static ArgumentException Missing(string option, string backend) =>
        new($"{option} is required with --backend {backend}");
}
