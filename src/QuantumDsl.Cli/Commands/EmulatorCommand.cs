using System.CommandLine;
using System.Globalization;
using QuantumDsl.Cli.Hosting;
using QuantumDsl.Emulator;

namespace QuantumDsl.Cli.Commands;

/// <summary><c>qdsl emulator</c>: the emulator server in-process, with the standalone host's options, until Ctrl+C.</summary>
internal static class EmulatorCommand
{
    public static Command Create(CliEnvironment environment)
    {
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
        var accounts = new Option<string[]>("--account") { Description = "An account as user:password (repeatable). Default: dev:dev." };
        var autoApprove = new Option<string?>("--auto-approve")
        {
            Description = "Account the browser login approves without asking; 'none' to require username/password. Default: the first account.",
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
        var dailyLimit = new Option<int>("--daily-limit") { Description = "Jobs per account per UTC day on each surface.", DefaultValueFactory = _ => 1000 };

        var command = new Command("emulator", "Run the emulator (Oqtant and Pasqal Cloud APIs on loopback, SQLite-backed) until Ctrl+C.")
        {
            urls, db, accounts, autoApprove, latency, openTimeout, dailyLimit,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            var auto = parse.GetValue(autoApprove);
            var options = new EmulatorOptions
            {
                Urls = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                DatabasePath = parse.GetValue(db),
                Accounts = [.. (parse.GetValue(accounts) ?? []).Select(EmulatorAccount.Parse)],
                AutoApproveUser = auto switch { null => "", "none" => null, _ => auto },
                SimulatedLatency = TimeSpan.FromMilliseconds(parse.GetValue(latency)),
                OpenBatchTimeout = TimeSpan.FromSeconds(parse.GetValue(openTimeout)),
                DailyJobLimit = parse.GetValue(dailyLimit),
            };
            if (options.Validate() is { Count: > 0 } problems)
            {
                throw new CliException(string.Join("; ", problems));
            }

            PortCheck.ThrowIfInUse(options.Urls);

            using var shutdown = new ShutdownSignals(cancellationToken);
            await using var server = await EmulatorServer.StartAsync(options, shutdown.Token).ConfigureAwait(false);
            await environment.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
                QuantumDsl emulator listening on {server.BaseAddress}
                  oqtant-base-url: {server.OqtantBaseUrl}
                  pasqal-core-url: {server.PasqalCoreUrl}
                  token-endpoint: {server.TokenEndpoint}
                  authorize-endpoint: {server.AuthorizeEndpoint}
                  database: {server.DatabasePath}
                  dev-token ({server.DevUser}): {server.DevToken}
                Log in with: qdsl login --backend emulator --url {server.BaseAddress} --username {server.DevUser} --password <password>
                ready (Ctrl+C to stop)
                """)).ConfigureAwait(false);
            await environment.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            await shutdown.WaitAsync().ConfigureAwait(false);
            return 0;
        }, CancellationToken.None));
        return command;
    }
}
