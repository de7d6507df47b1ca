using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using QuantumDsl.Emulator.Auth;
using QuantumDsl.Emulator.Hosting;

namespace QuantumDsl.Emulator;

/// <summary>
/// A running emulator server: the Oqtant and Pasqal Cloud HTTP surfaces and an Auth0-like token endpoint on a
/// loopback port, backed by a SQLite file. Start one with <see cref="StartAsync"/>; dispose it to stop.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly bool deleteDatabase;

    private EmulatorServer(WebApplication app, Uri baseAddress, string databasePath, bool deleteDatabase, string devUser, string devToken)
    {
        this.app = app;
        this.deleteDatabase = deleteDatabase;
        BaseAddress = baseAddress;
        DatabasePath = databasePath;
        DevUser = devUser;
        DevToken = devToken;
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The Oqtant API base (the real one is <c>https://oqtant.infleqtion.com/api</c>); jobs are under <c>users/{sub}/jobs</c>.</summary>
    public Uri OqtantBaseUrl => new(BaseAddress, "oqtant/api");

    /// <summary>The Pasqal Cloud core base (the real one is <c>https://apis.pasqal.cloud/core-fast</c>).</summary>
    public Uri PasqalCoreUrl => new(BaseAddress, "pasqal/core-fast");

    /// <summary>The OAuth token endpoint (password and PKCE authorization-code grants).</summary>
    public Uri TokenEndpoint => new(BaseAddress, "oauth/token");

    /// <summary>The PKCE authorize endpoint of the browser login.</summary>
    public Uri AuthorizeEndpoint => new(BaseAddress, "authorize");

    /// <summary>The SQLite file holding every job.</summary>
    public string DatabasePath { get; }

    /// <summary>The account <see cref="DevToken"/> belongs to (the first configured account).</summary>
    public string DevUser { get; }

    /// <summary>A valid access token for <see cref="DevUser"/>, issued at start.</summary>
    public string DevToken { get; }

    /// <summary>Starts a server with <paramref name="options"/> and returns once it accepts requests.</summary>
    public static async Task<EmulatorServer> StartAsync(EmulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var temporary = options.DatabasePath is null;
        var path = options.DatabasePath ?? Path.Combine(Path.GetTempPath(), $"quantumdsl-emulator-{Guid.NewGuid():N}.db");
        var app = EmulatorHost.Build(options, path);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var baseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        var account = options.EffectiveAccounts[0];
        var token = app.Services.GetRequiredService<TokenIssuer>().Issue(account);
        return new EmulatorServer(app, baseAddress, Path.GetFullPath(path), temporary, account.Username, token);
    }

    /// <summary>Issues a fresh access token for <paramref name="username"/> (which must be a configured account).</summary>
    public string IssueToken(string username) =>
        app.Services.GetRequiredService<AccountDirectory>().Find(username) is not { } account
            ? throw new ArgumentException($"'{username}' is not an account of this emulator", nameof(username))
            : app.Services.GetRequiredService<TokenIssuer>().Issue(account);

    /// <summary>Stops the server (running work is resumed by the next server on the same file).</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        if (deleteDatabase)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(DatabasePath + suffix);
            }
        }
    }
}
