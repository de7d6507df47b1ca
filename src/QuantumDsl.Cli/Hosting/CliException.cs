namespace QuantumDsl.Cli.Hosting;

/// <summary>An expected error of a command (bad option value, missing login): printed as one line, exit code 1.</summary>
public sealed class CliException(string message) : Exception(message);
