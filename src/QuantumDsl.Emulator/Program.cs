using System.CommandLine;
using QuantumDsl.Emulator;

var commandLine = new EmulatorCommandLine();
var root = new RootCommand("QuantumDsl emulator: the Oqtant and Pasqal Cloud HTTP APIs on loopback, backed by SQLite.");
foreach (var option in commandLine.Options)
{
    root.Options.Add(option);
}

root.SetAction(async (parse, cancellationToken) =>
{
    EmulatorOptions options;
    try
    {
        options = commandLine.Bind(parse);
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
    await Console.Out.WriteLineAsync(EmulatorCommandLine.Banner(server) + Environment.NewLine + "ready").ConfigureAwait(false);
    await Console.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
    await shutdown.WaitAsync().ConfigureAwait(false);
    return 0;
});

return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
