using System.Diagnostics;

namespace QuantumDsl.Cli.Hosting;

/// <summary>
/// What a <c>qdsl</c> run talks to: its output and error writers, the per-user config file and the way a browser is
/// opened. Tests pass their own writers and a temporary config file; the tool uses <see cref="ForCurrentUser"/>.
/// </summary>
/// <param name="Out">Tables, JSON and messages.</param>
/// <param name="Error">One line per error.</param>
/// <param name="ConfigPath">The per-user config file holding tokens.</param>
/// <param name="OpenBrowser">Opens a URL in the user's browser (the Oqtant login).</param>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, string ConfigPath, Func<Uri, Task> OpenBrowser)
{
    /// <summary>Reads an environment variable (the process's by default; tests pass their own).</summary>
    public Func<string, string?> GetVariable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The console, <c>$QDSL_CONFIG</c> or <c>~/.config/qdsl/config.json</c> (ApplicationData/qdsl on Windows), and the system browser.</summary>
    public static CliEnvironment ForCurrentUser() => new(Console.Out, Console.Error, DefaultConfigPath(), OpenSystemBrowser);

    /// <summary>The default config file path.</summary>
    public static string DefaultConfigPath() =>
        Environment.GetEnvironmentVariable("QDSL_CONFIG") is { Length: > 0 } path
            ? path
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify), "qdsl", "config.json");

    private static Task OpenSystemBrowser(Uri url)
    {
        using var process = Process.Start(new ProcessStartInfo(url.ToString()) { UseShellExecute = true });
        return Task.CompletedTask;
    }
}
