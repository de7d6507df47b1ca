using QuantumDsl.Cli;
using QuantumDsl.Cli.Hosting;

// Ctrl+C / SIGTERM end the process (the shell reports 130 / 143); `qdsl emulator` catches both and stops cleanly.
// A host running QdslApp in-process cancels its token instead: exit code 130 (see docs/cli.md, "Exit codes").
return await QdslApp.RunAsync(args, CliEnvironment.ForCurrentUser()).ConfigureAwait(false);
