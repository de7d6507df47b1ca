namespace QuantumDsl.Cli.Hosting;

/// <summary>The exit codes of <c>qdsl</c>: a contract with scripts, listed in docs/cli.md ("Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked; every job it waited for ended COMPLETE.</summary>
    public const int Success = 0;

    /// <summary>An error, one line on stderr: a failed service call, a wrong option value, a missing login, an existing file.</summary>
    public const int Error = 1;

    /// <summary>Command-line syntax: unknown command or option, missing or malformed argument.</summary>
    public const int Usage = 2;

    /// <summary>The command ran to the end and printed its output, but a job it waited for ended without succeeding.</summary>
    public const int NotSuccessful = 3;

    /// <summary>
    /// The run's cancellation token was cancelled before the command finished (a host running <c>qdsl</c> in-process):
    /// the code a shell reports for a process ended by Ctrl+C (128 + SIGINT), which is what the standalone tool gets.
    /// </summary>
    public const int Interrupted = 130;
}
