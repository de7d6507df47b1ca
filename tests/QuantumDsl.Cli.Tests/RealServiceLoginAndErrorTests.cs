using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using QuantumDsl.Cli.Tests.Infrastructure;

namespace QuantumDsl.Cli.Tests;

/// <summary>
/// Logging in to the real services' flows (run against the emulator's token endpoints, same paths and fields): the
/// Pasqal public client id by default, the Oqtant client id from --client-id, $QDSL_OQTANT_CLIENT_ID or the config file
/// and an error saying where to get it; usage errors of the emulator's options and --open; an unreachable URL.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class RealServiceLoginAndErrorTests(Emulators emulators) : IDisposable
{
    private readonly Qdsl qdsl = new();

    public void Dispose() => qdsl.Dispose();

    [Fact]
    public async Task A_pasqal_password_login_needs_no_client_id_and_its_token_works()
    {
        var login = await qdsl.RunAsync("login", "--backend", "pasqal", "--url", emulators.Fast.PasqalCoreUrl.ToString(),
            "--auth-server", emulators.Fast.TokenEndpoint.ToString(), "--username", "dev", "--password", "dev");
        Assert.Equal(0, login.ExitCode);

        var batches = await qdsl.RunAsync("batches", "list", "--limit", "1", "--json");
        Assert.Equal(0, batches.ExitCode);
    }

    [Fact]
    public async Task An_oqtant_login_without_a_client_id_says_where_to_get_one_and_the_three_ways_to_pass_it()
    {
        var result = await qdsl.RunAsync("login", "--backend", "oqtant");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("pip install oqtant", line, StringComparison.Ordinal);
        Assert.Contains("--client-id <id>", line, StringComparison.Ordinal);
        Assert.Contains("$QDSL_OQTANT_CLIENT_ID", line, StringComparison.Ordinal);
        Assert.Contains("\"oqtant_client_id\": \"<id>\" to " + Path.GetFullPath(qdsl.ConfigPath), line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("option")]
    [InlineData("environment")]
    [InlineData("config")]
    public async Task The_oqtant_client_id_comes_from_the_option_the_environment_or_the_config_file(string source)
    {
        var visited = new ConcurrentQueue<Uri>();
        Task? browsing = null;
        using var login = new Qdsl
        {
            Variables = source == "environment" ? new Dictionary<string, string> { ["QDSL_OQTANT_CLIENT_ID"] = "id-from-env" } : new Dictionary<string, string>(),
            OpenBrowser = url =>
            {
                browsing = BrowseAsync(url, visited);
                return Task.CompletedTask;
            },
        };
        if (source == "config")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(login.ConfigPath)!);
            await File.WriteAllTextAsync(login.ConfigPath, """{ "oqtant_client_id": "id-from-config" }""");
        }

        string[] args = ["login", "--backend", "oqtant", "--url", emulators.Fast.OqtantBaseUrl.ToString(), "--auth-server", emulators.Fast.BaseAddress.ToString()];
        var result = await login.RunAsync(source == "option" ? [.. args, "--client-id", "id-from-option"] : args);

        Assert.True(result.ExitCode == 0, result.Error);
        await browsing!;
        var authorize = Assert.Single(visited, u => u.AbsolutePath == "/authorize");
        Assert.Equal("id-from-" + source switch { "option" => "option", "environment" => "env", _ => "config" },
            System.Web.HttpUtility.ParseQueryString(authorize.Query)["client_id"]);
        Assert.Equal(0, (await login.RunAsync("jobs", "list", "--json")).ExitCode);
    }

    [Theory]
    [InlineData("--latency-ms", "-5", "--latency-ms -5 is outside 0..3600000")]
    [InlineData("--urls", "http://0.0.0.0:5082", "--urls 'http://0.0.0.0:5082' is not a loopback http(s) URL")]
    [InlineData("--open-batch-timeout-s", "0", "--open-batch-timeout-s 0 must be positive")]
    [InlineData("--daily-limit", "-1", "--daily-limit -1 must be at least 0")]
    [InlineData("--matter-max-steps", "0", "--matter-max-steps 0 must be at least 1")]
    public async Task Emulator_options_out_of_range_are_usage_errors_naming_the_option(string option, string value, string message)
    {
        var result = await qdsl.RunAsync("emulator", option, value);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_with_a_value_other_than_true_or_false_names_its_values()
    {
        var result = await qdsl.RunAsync(emulators.Fast, "batches", "list", "--open", "maybe");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--open 'maybe' is not one of true, false (or --open alone for true)", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(0, (await qdsl.RunAsync(emulators.Fast, "batches", "list", "--open", "--limit", "1")).ExitCode);
        Assert.Equal(0, (await qdsl.RunAsync(emulators.Fast, "batches", "list", "--open", "false", "--limit", "1")).ExitCode);
    }

    [Fact]
    public async Task A_stopped_endpoint_is_one_error_line_naming_the_url_and_the_cause()
    {
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();

        var result = await qdsl.RunAsync("jobs", "list", "--backend", "oqtant", "--url", $"http://127.0.0.1:{port}/api", "--token", emulators.Fast.DevToken);

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains($"cannot reach http://127.0.0.1:{port}/api/users/", line, StringComparison.Ordinal);
        Assert.Contains("the connection failed (Connection refused", line, StringComparison.Ordinal);
        Assert.DoesNotContain("HTTP 0", line, StringComparison.Ordinal);
    }

    /// <summary>A browser: follows redirects one by one, noting each URL.</summary>
    private static async Task BrowseAsync(Uri url, ConcurrentQueue<Uri> visited)
    {
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        for (var next = url; next is not null;)
        {
            visited.Enqueue(next);
            using var response = await browser.GetAsync(next);
            next = response.Headers.Location is { } location ? new Uri(next, location) : null;
        }
    }
}
