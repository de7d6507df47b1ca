using System.CommandLine;
using System.Net;
using QuantumDsl.Cli.Config;
using QuantumDsl.Cli.Hosting;
using QuantumDsl.Client;
using QuantumDsl.Client.Oqtant;

namespace QuantumDsl.Cli.Commands;

/// <summary>
/// <c>qdsl login</c>: the Oqtant browser login (PKCE through a loopback listener on 8080–8085) or a password grant
/// (Pasqal, emulator); the token is saved in the per-user config file (mode 0600).
/// </summary>
internal static class LoginCommand
{
    private const string EmulatorClientId = "qdsl";

    /// <summary>The environment variable holding the Oqtant public client id.</summary>
    public const string OqtantClientIdVariable = "QDSL_OQTANT_CLIENT_ID";

    public static Command Create(CliEnvironment environment, CommonOptions common)
    {
        var username = new Option<string?>("--username") { Description = "Password grant (Pasqal, emulator): the user name." };
        var password = new Option<string?>("--password") { Description = "Password grant: the password." };
        var clientId = new Option<string?>("--client-id")
        {
            Description = "OAuth public client id. Pasqal: default pasqal-cloud's public id. Oqtant: required, also from $"
                + OqtantClientIdVariable + " or \"oqtant_client_id\" in the config file. The emulator accepts any.",
        };
        var port = new Option<int?>("--port") { Description = "Browser login: loopback port 8080–8085 (default: the first free one)." };
        var authServer = new Option<Uri?>("--auth-server")
        {
            Description = "Authorization server: Oqtant's Auth0 tenant (browser login) or Pasqal's token endpoint (password grant).",
            CustomParser = UrlParser.Parse,
        };

        var command = new Command("login", "Log in and save the token for later commands (browser login for Oqtant, --username/--password for Pasqal or the emulator).")
        {
            username, password, clientId, port, authServer,
        };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(environment, async () =>
        {
            var backend = parse.GetValue(common.Backend) ?? (parse.GetValue(username) is null ? Backends.Oqtant : Backends.Pasqal);
            var url = parse.GetValue(common.Url) ?? Backends.DefaultUrl(backend);
            var user = parse.GetValue(username);
            var config = await CliConfigStore.ReadAsync(environment.ConfigPath, cancellationToken).ConfigureAwait(false);
            string token;
            if (parse.GetValue(common.Token) is { } given)
            {
                token = given;
            }
            else if (user is not null)
            {
                token = await PasswordGrantAsync(backend, url, user, parse.GetValue(password), parse.GetValue(clientId), parse.GetValue(authServer), cancellationToken)
                    .ConfigureAwait(false);
            }
            else
            {
                var id = parse.GetValue(clientId)
                    ?? (environment.GetVariable(OqtantClientIdVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null)
                    ?? config.OqtantClientId;
                token = await BrowserLoginAsync(environment, backend, url, id, parse.GetValue(port), parse.GetValue(authServer), cancellationToken)
                    .ConfigureAwait(false);
            }

            var logins = new Dictionary<string, SavedLogin>(config.Logins, StringComparer.Ordinal)
            {
                [backend] = new SavedLogin(url.ToString(), token, DateTimeOffset.UtcNow),
            };
            await CliConfigStore.WriteAsync(environment.ConfigPath, config with { DefaultBackend = backend, Logins = logins }, cancellationToken)
                .ConfigureAwait(false);
            await environment.Out.WriteLineAsync($"Logged in to {backend} ({url}). Token saved to {Path.GetFullPath(environment.ConfigPath)} (readable by you only).")
                .ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }

    private static async Task<string> PasswordGrantAsync(string backend, Uri url, string user, string? password, string? clientId, Uri? authServer,
        CancellationToken cancellationToken)
    {
        if (backend == Backends.Oqtant)
        {
            throw new CliException("Oqtant has no password login: omit --username to log in through the browser");
        }

        if (string.IsNullOrEmpty(password))
        {
            throw new CliException("--password is required with --username");
        }

        var options = new PasswordGrantOptions
        {
            Username = user,
            Password = password,
        };
        if (clientId is not null)
        {
            options.ClientId = clientId;
        }
        else if (backend == Backends.Emulator)
        {
            options.ClientId = EmulatorClientId;
        }

        if (backend == Backends.Emulator)
        {
            options.TokenEndpoint = new Uri(ServiceTarget.Root(url), "oauth/token");
        }
        else if (authServer is not null)
        {
            options.TokenEndpoint = authServer;
        }

        using var http = new HttpClient();
        using var provider = new PasswordGrantTokenProvider(http, options);
        return await provider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<string> BrowserLoginAsync(CliEnvironment environment, string backend, Uri url, string? clientId, int? port, Uri? authServer,
        CancellationToken cancellationToken)
    {
        if (backend == Backends.Pasqal)
        {
            throw new CliException("Pasqal has no browser login: pass --username and --password");
        }

        var options = new OqtantLoginOptions
        {
            ClientId = clientId ?? (backend == Backends.Emulator ? EmulatorClientId : throw new CliException(
                "the Oqtant login needs Oqtant's public client id. " + OqtantLoginOptions.ClientIdSource
                + $". Pass it with --client-id <id>, set ${OqtantClientIdVariable}, or add \"oqtant_client_id\": \"<id>\" to {Path.GetFullPath(environment.ConfigPath)}")),
            AuthorizationServer = backend == Backends.Emulator ? ServiceTarget.Root(url) : authServer ?? new OqtantLoginOptions().AuthorizationServer,
        };
        if (port is < 8080 or > 8085)
        {
            throw new CliException($"--port {port} is not one of 8080–8085 (the redirect URIs the login accepts)");
        }

        Task Open(Uri login)
        {
            environment.Error.WriteLine($"Opening {login} in your browser; waiting for the login to finish (Ctrl+C to stop).");
            return environment.OpenBrowser(login);
        }

        var ports = port is { } fixedPort ? [fixedPort] : Enumerable.Range(8080, 6).ToArray();
        for (var i = 0; ; i++)
        {
            options.Port = ports[i];
            try
            {
                return await OqtantLogin.GetUserTokenAsync(options, Open, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
            catch (HttpListenerException) when (i + 1 < ports.Length)
            {
                // Port taken: try the next registered redirect port.
            }
            catch (HttpListenerException e)
            {
                throw new CliException($"cannot listen on port {ports[i]} for the login redirect: {e.Message}");
            }
        }
    }
}
