using QuantumDsl.Cli.Hosting;
using QuantumDsl.Emulator;

namespace QuantumDsl.Cli.Tests.Infrastructure;

/// <summary>The outcome of one in-process <c>qdsl</c> run.</summary>
public sealed record QdslResult(int ExitCode, string Out, string Error)
{
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs <c>qdsl</c> in-process through <see cref="QdslApp.RunAsync"/> with captured writers and a private config file.</summary>
public sealed class Qdsl : IDisposable
{
    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "qdsl-cli-tests", Guid.NewGuid().ToString("N"));

    public string ConfigPath => Path.Combine(Directory, "config", "qdsl.json");

    public Func<Uri, Task> OpenBrowser { get; init; } = _ => throw new InvalidOperationException("no browser in tests");

    /// <summary>The environment variables the run sees (none of the process's).</summary>
    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    public Qdsl() => System.IO.Directory.CreateDirectory(Directory);

    public Task<QdslResult> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    /// <summary>Runs with <paramref name="cancellationToken"/> standing for Ctrl+C / SIGTERM.</summary>
    public async Task<QdslResult> RunAsync(CancellationToken cancellationToken, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await QdslApp.RunAsync(args, new CliEnvironment(output, error, ConfigPath, OpenBrowser)
        {
            GetVariable = name => Variables.GetValueOrDefault(name),
        }, cancellationToken);
        return new QdslResult(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs against <paramref name="server"/> with its dev token.</summary>
    public Task<QdslResult> RunAsync(EmulatorServer server, params string[] args) => RunAsync(CancellationToken.None, server, args);

    /// <summary>Runs against <paramref name="server"/> with its dev token and <paramref name="cancellationToken"/> standing for Ctrl+C.</summary>
    public Task<QdslResult> RunAsync(CancellationToken cancellationToken, EmulatorServer server, params string[] args) =>
        RunAsync(cancellationToken, [.. args, "--backend", "emulator", "--url", server.BaseAddress.ToString(), "--token", server.DevToken]);

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
