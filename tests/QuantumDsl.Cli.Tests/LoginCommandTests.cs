using System.Text.Json;
using QuantumDsl.Cli.Tests.Infrastructure;

namespace QuantumDsl.Cli.Tests;

/// <summary><c>qdsl login</c> against a real emulator: password grant, PKCE browser login, the saved config file.</summary>
[Collection(EmulatorCollection.Name)]
public sealed class LoginCommandTests(Emulators emulators) : IDisposable
{
    private readonly Qdsl qdsl = new();

    public void Dispose() => qdsl.Dispose();

    [Fact]
    public async Task Password_login_saves_the_token_owner_only_and_later_commands_use_it()
    {
        var login = await qdsl.RunAsync("login", "--backend", "emulator", "--url", emulators.Fast.BaseAddress.ToString(), "--username", "dev", "--password", "dev");

        Assert.Equal(0, login.ExitCode);
        Assert.Contains(Path.GetFullPath(qdsl.ConfigPath), login.Out, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(qdsl.ConfigPath));
        }

        using (var config = JsonDocument.Parse(File.ReadAllText(qdsl.ConfigPath)))
        {
            Assert.Equal("emulator", config.RootElement.GetProperty("default_backend").GetString());
            var saved = config.RootElement.GetProperty("logins").GetProperty("emulator");
            Assert.Equal(emulators.Fast.BaseAddress.ToString(), saved.GetProperty("url").GetString());
            Assert.Equal(3, saved.GetProperty("token").GetString()!.Split('.').Length);
        }

        var jobs = await qdsl.RunAsync("jobs", "list", "--json");
        var batches = await qdsl.RunAsync("batches", "list", "--limit", "1", "--json");
        Assert.Equal(0, jobs.ExitCode);
        Assert.Equal(0, batches.ExitCode);
        using var page = JsonDocument.Parse(jobs.Out);
        Assert.Equal(JsonValueKind.Array, page.RootElement.GetProperty("items").ValueKind);
    }

    [Fact]
    public async Task A_wrong_password_is_one_error_line_with_the_service_message_and_nothing_is_saved()
    {
        var result = await qdsl.RunAsync("login", "--backend", "emulator", "--url", emulators.Fast.BaseAddress.ToString(), "--username", "dev", "--password", "nope");

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("HTTP 403", line, StringComparison.Ordinal);
        Assert.Contains("Wrong email or password", line, StringComparison.Ordinal);
        Assert.False(File.Exists(qdsl.ConfigPath));
    }

    [Fact]
    public async Task Missing_password_and_a_password_login_to_oqtant_are_rejected()
    {
        var noPassword = await qdsl.RunAsync("login", "--backend", "emulator", "--username", "dev");
        var oqtant = await qdsl.RunAsync("login", "--backend", "oqtant", "--username", "dev", "--password", "x");
        var port = await qdsl.RunAsync("login", "--backend", "oqtant", "--client-id", "c", "--port", "9000");

        Assert.Contains("--password is required with --username", Assert.Single(noPassword.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("Oqtant has no password login", Assert.Single(oqtant.ErrorLines), StringComparison.Ordinal);
        Assert.Contains("--port 9000 is not one of 8080–8085", Assert.Single(port.ErrorLines), StringComparison.Ordinal);
        Assert.All(new[] { noPassword, oqtant, port }, r => Assert.Equal(1, r.ExitCode));
    }

    [Fact]
    public async Task Browser_login_runs_the_pkce_flow_through_the_loopback_listener()
    {
        using var browser = new HttpClient();
        Task<string>? visit = null;
        using var pkce = new Qdsl
        {
            // The "browser" follows the redirects: /login → emulator /authorize (auto-approved) → the listener with a code.
            OpenBrowser = url =>
            {
                visit = Task.Run(() => browser.GetStringAsync(url));
                return Task.CompletedTask;
            },
        };

        var result = await pkce.RunAsync("login", "--backend", "emulator", "--url", emulators.Fast.BaseAddress.ToString());

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Opening http://localhost:808", result.Error, StringComparison.Ordinal);
        Assert.Equal("Successfully authenticated, you may close this tab now", await visit!);
        var jobs = await pkce.RunAsync("jobs", "list");
        Assert.Equal(0, jobs.ExitCode);
    }

    [Fact]
    public async Task Without_a_login_commands_say_how_to_log_in()
    {
        var jobs = await qdsl.RunAsync("jobs", "list");
        var batches = await qdsl.RunAsync("batches", "list", "--backend", "emulator");

        Assert.Equal(1, jobs.ExitCode);
        Assert.Equal("error: no token for backend 'oqtant': run 'qdsl login --backend oqtant' or pass --token", Assert.Single(jobs.ErrorLines).TrimEnd());
        Assert.Equal(1, batches.ExitCode);
        Assert.Contains("qdsl login --backend emulator", Assert.Single(batches.ErrorLines), StringComparison.Ordinal);
    }
}
