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
        var commandLine = new EmulatorCommandLine();
        var command = new Command("emulator", "Run the emulator (Oqtant and Pasqal Cloud APIs on loopback, SQLite-backed) until Ctrl+C.");
        foreach (var option in commandLine.Options)
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            var options = commandLine.Bind(parse);
            if (options.Validate() is { Count: > 0 } problems)
            {
                throw new CliException(string.Join("; ", problems));
            }

            PortCheck.ThrowIfInUse(options.Urls);

            using var shutdown = new ShutdownSignals(cancellationToken);
            await using var server = await EmulatorServer.StartAsync(options, shutdown.Token).ConfigureAwait(false);
            await environment.Out.WriteLineAsync(EmulatorCommandLine.Banner(server) + Environment.NewLine + string.Create(CultureInfo.InvariantCulture, $"""
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
