using System.CommandLine;
using System.Globalization;
using QuantumDsl.Emulator;

var urls = new Option<string>("--urls")
{
    Description = "Loopback URL(s) to listen on, separated by ';' (port 0: a free port).",
    DefaultValueFactory = _ => "http://127.0.0.1:5080",
};
var db = new Option<string>("--db")
{
    Description = "SQLite database file; created if missing, resumed if present.",
    DefaultValueFactory = _ => "quantumdsl-emulator.db",
};
var accounts = new Option<string[]>("--account")
{
    Description = "An account as user:password (repeatable). Default: dev:dev.",
    AllowMultipleArgumentsPerToken = false,
};
var autoApprove = new Option<string?>("--auto-approve")
{
    Description = "Account that GET /authorize approves without asking (PKCE browser login); 'none' to require username/password query parameters. Default: the first account.",
};
var latency = new Option<double>("--latency-ms")
{
    Description = "Simulated hardware time per Pasqal job or Oqtant input, in ms.",
    DefaultValueFactory = _ => 20,
};
var openTimeout = new Option<double>("--open-batch-timeout-s")
{
    Description = "Seconds an open Pasqal batch may hold the device idle before it becomes TIMED_OUT.",
    DefaultValueFactory = _ => 600,
};
var dailyLimit = new Option<int>("--daily-limit")
{
    Description = "Jobs per account per UTC day on each surface.",
    DefaultValueFactory = _ => 1000,
};

var root = new RootCommand("QuantumDsl emulator: the Oqtant and Pasqal Cloud HTTP APIs on loopback, backed by SQLite.")
{
    urls, db, accounts, autoApprove, latency, openTimeout, dailyLimit,
};

root.SetAction(async (parse, cancellationToken) =>
{
    EmulatorOptions options;
    try
    {
        var auto = parse.GetValue(autoApprove);
        options = new EmulatorOptions
        {
            Urls = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            DatabasePath = parse.GetValue(db),
            Accounts = [.. (parse.GetValue(accounts) ?? []).Select(EmulatorAccount.Parse)],
            AutoApproveUser = auto switch { null => "", "none" => null, _ => auto },
            SimulatedLatency = TimeSpan.FromMilliseconds(parse.GetValue(latency)),
            OpenBatchTimeout = TimeSpan.FromSeconds(parse.GetValue(openTimeout)),
            DailyJobLimit = parse.GetValue(dailyLimit),
        };
    }
    catch (FormatException ex)
    {
        await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
        return 2;
    }

    if (options.Validate() is { Count: > 0 } problems)
    {
        await Console.Error.WriteLineAsync("error: " + string.Join("; ", problems)).ConfigureAwait(false);
        return 2;
    }

    using var shutdown = new ShutdownSignals(cancellationToken);
    EmulatorServer server;
    try
    {
        server = await EmulatorServer.StartAsync(options, shutdown.Token).ConfigureAwait(false);
    }
    catch (Exception ex) when (ex is ArgumentException or IOException)
    {
        await Console.Error.WriteLineAsync("error: " + ex.Message).ConfigureAwait(false);
        return 2;
    }

    await using var running = server;
    var output = Console.Out;
    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
        QuantumDsl emulator listening on {server.BaseAddress}
          oqtant-base-url: {server.OqtantBaseUrl}
          pasqal-core-url: {server.PasqalCoreUrl}
          token-endpoint: {server.TokenEndpoint}
          authorize-endpoint: {server.AuthorizeEndpoint}
          database: {server.DatabasePath}
          dev-token ({server.DevUser}): {server.DevToken}
        ready
        """)).ConfigureAwait(false);
    await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    await shutdown.WaitAsync().ConfigureAwait(false);
    return 0;
});

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
