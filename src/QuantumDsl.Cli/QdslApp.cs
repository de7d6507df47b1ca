using System.CommandLine;
using QuantumDsl.Cli.Commands;
using QuantumDsl.Cli.Hosting;

namespace QuantumDsl.Cli;

/// <summary>The <c>qdsl</c> command tree, built over a <see cref="CliEnvironment"/> so tests can run it in-process.</summary>
public static class QdslApp
{
    /// <summary>Builds the root command: emulator, login, jobs and batches.</summary>
    public static RootCommand CreateRootCommand(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var common = new CommonOptions();
        var root = new RootCommand("qdsl: run the QuantumDsl emulator, log in, and manage Oqtant jobs and Pasqal batches.");
        common.AddTo(root);
        root.Subcommands.Add(EmulatorCommand.Create(environment));
        root.Subcommands.Add(LoginCommand.Create(environment, common));
        root.Subcommands.Add(JobsCommand.Create(environment, common));
        root.Subcommands.Add(BatchesCommand.Create(environment, common));
        return root;
    }

    /// <summary>
    /// Parses and runs <paramref name="args"/> and returns the exit code (see <c>ExitCodes</c>); parse errors are one line
    /// on the error writer and exit code 2.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var parse = CreateRootCommand(environment).Parse(args);
        if (parse.Errors.Count > 0)
        {
            await environment.Error.WriteLineAsync("error: " + string.Join("; ", parse.Errors.Select(e => e.Message))).ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var invocation = new InvocationConfiguration { Output = environment.Out, Error = environment.Error };
        return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}
