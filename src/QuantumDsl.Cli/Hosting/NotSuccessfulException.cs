namespace QuantumDsl.Cli.Hosting;

/// <summary>
/// Thrown after a command printed its output when what it waited for did not succeed (a job ended FAILED, INCOMPLETE
/// or CANCELLED): one line on stderr naming each such item and its status, exit code <see cref="ExitCodes.NotSuccessful"/>.
/// </summary>
internal sealed class NotSuccessfulException(string message) : Exception(message);
