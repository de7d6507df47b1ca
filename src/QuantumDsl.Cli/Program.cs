using QuantumDsl.Cli;
using QuantumDsl.Cli.Hosting;

// System.CommandLine turns Ctrl+C / SIGTERM into cancellation of the running command.
return await QdslApp.RunAsync(args, CliEnvironment.ForCurrentUser()).ConfigureAwait(false);
