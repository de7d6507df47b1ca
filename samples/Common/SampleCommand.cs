using System.CommandLine;
using QuantumDsl.Client;
using Spectre.Console;

namespace QuantumDsl.Samples;

/// <summary>
/// The command line every sample shares (<c>--backend</c>, <c>--token</c>, <c>--output</c>, <c>--force</c>, …) and
/// the one place that turns expected failures (bad input, a service error) into a clear message and exit code 1.
/// </summary>
public static class SampleCommand
{
    /// <summary>Parses <paramref name="args"/> and runs <paramref name="run"/> with the settings; returns the exit code.</summary>
    public static Task<int> InvokeAsync(string[] args, string description, string defaultOutput,
        Func<SampleSettings, IAnsiConsole, CancellationToken, Task<int>> run)
    {
        var backend = new Option<string>("--backend", "-b")
        {
            Description = "Where to run: the embedded emulator (no account), or the real oqtant / pasqal service",
            DefaultValueFactory = _ => SampleSettings.Emulator,
        };
        backend.AcceptOnlyFromAmong(SampleSettings.Emulator, SampleSettings.Oqtant, SampleSettings.Pasqal);
        var token = new Option<string?>("--token") { Description = "Bearer token of the real service (Oqtant: from its web login)" };
        var endpoint = new Option<Uri?>("--endpoint")
        {
            Description = "API base of the real service, when not the production one",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                {
                    return uri;
                }

                result.AddError($"--endpoint '{text}' is not an absolute http(s) URL");
                return null;
            },
        };
        var username = new Option<string?>("--username") { Description = "Pasqal account e-mail (instead of --token)" };
        var password = new Option<string?>("--password") { Description = "Pasqal account password" };
        var project = new Option<string?>("--project") { Description = "Pasqal project id" };
        var output = new Option<string>("--output", "-o") { Description = "Directory for the PNG plots and the CSV and Parquet tables", DefaultValueFactory = _ => defaultOutput };
        var force = new Option<bool>("--force") { Description = "Overwrite an earlier run's files (default: write new numbered names)" };
        var newRun = new Option<bool>("--new-run")
        {
            Description = "Real services: run the sweep again instead of re-attaching to an earlier run of it (the default, said aloud when it happens)",
        };
        var clientId = new Option<string?>("--client-id") { Description = "Pasqal password login: the public client id (default: the one pasqal-cloud ships)" };

        var root = new RootCommand(description) { backend, token, endpoint, username, password, project, output, force, newRun, clientId };
        root.SetAction((result, cancellationToken) => RunAsync(
            new SampleSettings(result.GetValue(backend)!, result.GetValue(token), result.GetValue(endpoint), result.GetValue(username),
                result.GetValue(password), result.GetValue(project), result.GetValue(output)!, result.GetValue(force), result.GetValue(newRun),
                result.GetValue(clientId)),
            AnsiConsole.Console, run, cancellationToken));
        return root.Parse(args).InvokeAsync();
    }

    /// <summary>Runs a sample's main path with explicit settings and console (what the samples' tests call).</summary>
    public static async Task<int> RunAsync(SampleSettings settings, IAnsiConsole console,
        Func<SampleSettings, IAnsiConsole, CancellationToken, Task<int>> run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            return await run(settings, console, cancellationToken);
        }
        catch (Exception e) when (e is ExperimentValidationException or QuantumServiceException or ArgumentException or InvalidOperationException
            or TimeoutException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
    }
}
