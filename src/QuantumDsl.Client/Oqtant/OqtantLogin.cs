using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace QuantumDsl.Client.Oqtant;

/// <summary>Auth0 settings of the Oqtant desktop login (Oqtant 1.x values by default, except the public client id).</summary>
public sealed class OqtantLoginOptions
{
    /// <summary>
    /// Where the Oqtant public client id comes from, for error messages: Infleqtion publishes it only inside its own
    /// Python client, so QuantumDsl cannot ship it.
    /// </summary>
    public const string ClientIdSource =
        "Oqtant's public Auth0 client id is not published apart from Infleqtion's own Python client: install it (pip install oqtant) "
        + "and read the client_id field of oqtant/settings.py in the installed package (python -c \"import oqtant.settings as s, inspect; print(inspect.getsource(s))\"), "
        + "or ask Infleqtion support (oqtant.infleqtion.com)";

    /// <summary>The Auth0 tenant, e.g. <c>https://coldquanta.auth0.com</c>.</summary>
    [Required]
    public Uri AuthorizationServer { get; set; } = new("https://coldquanta.auth0.com");

    /// <summary>The public client id of the Oqtant application.</summary>
    [Required]
    public string ClientId { get; set; } = "";

    /// <summary>The API audience.</summary>
    public string Audience { get; set; } = "https://oqtant.infleqtion.com/oqtant";

    /// <summary>Requested scopes.</summary>
    public string Scope { get; set; } = "profile openid mail";

    /// <summary>Loopback port of the login listener: one of 8080–8085 (the redirect URIs registered with Auth0).</summary>
    [Range(8080, 8085)]
    public int Port { get; set; } = 8080;
}

/// <summary>
/// Gets a user token as the Python client's <c>get_user_token</c> does: an Auth0 authorization-code flow with PKCE (S256)
/// through a throw-away listener on <c>http://localhost:{port}</c> (8080–8085); the browser is opened at <c>/login</c>.
/// </summary>
public static class OqtantLogin
{
    /// <summary>Runs the login and returns the access token.</summary>
    /// <param name="options">Auth0 settings and the port.</param>
    /// <param name="openBrowser">Opens the given URL in the user's browser (e.g. <c>Process.Start</c> with UseShellExecute).</param>
    /// <param name="httpClient">Used for the token request; a new one when null.</param>
    /// <param name="cancellationToken">Stops waiting for the browser.</param>
    public static async Task<string> GetUserTokenAsync(OqtantLoginOptions options, Func<Uri, Task> openBrowser,
        HttpClient? httpClient = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(openBrowser);
        if (string.IsNullOrWhiteSpace(options.ClientId))
        {
            throw new ArgumentException("OqtantLoginOptions.ClientId is empty. " + OqtantLoginOptions.ClientIdSource + ".", nameof(options));
        }

        if (options.Port is < 8080 or > 8085)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Port, "OqtantLoginOptions.Port must be one of 8080–8085.");
        }

        var verifier = Base64Url.Encode(RandomNumberGenerator.GetBytes(80));
        var challenge = Base64Url.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var redirect = string.Create(CultureInfo.InvariantCulture, $"http://localhost:{options.Port}");
        using var listener = new HttpListener();
        listener.Prefixes.Add(redirect + "/");
        listener.Start();
        using var stop = cancellationToken.Register(listener.Stop);
        var owned = httpClient is null ? new HttpClient() : null;
        try
        {
            await openBrowser(new Uri(redirect + "/login")).ConfigureAwait(false);
            while (true)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync().ConfigureAwait(false);
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException && cancellationToken.IsCancellationRequested)
                {
                    throw new OperationCanceledException("The login was cancelled before the browser came back.", e, cancellationToken);
                }

                var path = context.Request.Url?.AbsolutePath ?? "/";
                if (path == "/login")
                {
                    context.Response.Redirect(AuthorizeUrl(options, challenge, redirect).ToString());
                    context.Response.Close();
                    continue;
                }

                var code = context.Request.QueryString["code"];
                if (path != "/" || string.IsNullOrEmpty(code))
                {
                    await RespondAsync(context, HttpStatusCode.NotFound, "Not found").ConfigureAwait(false);
                    continue;
                }

                try
                {
                    var token = await ExchangeAsync(owned ?? httpClient!, options, code, verifier, redirect, cancellationToken).ConfigureAwait(false);
                    await RespondAsync(context, HttpStatusCode.OK, "Successfully authenticated, you may close this tab now").ConfigureAwait(false);
                    return token;
                }
                catch (QuantumServiceException e)
                {
                    await RespondAsync(context, HttpStatusCode.BadGateway, "Authentication failed: " + e.ServiceMessage).ConfigureAwait(false);
                    throw;
                }
            }
        }
        finally
        {
            owned?.Dispose();
        }
    }

    /// <summary>The Auth0 <c>/authorize</c> URL the login page redirects to.</summary>
    internal static Uri AuthorizeUrl(OqtantLoginOptions options, string challenge, string redirect)
    {
        var q = new QueryString().Add("response_type", "code").Add("scope", options.Scope).Add("audience", options.Audience)
            .Add("code_challenge", challenge).Add("code_challenge_method", "S256").Add("client_id", options.ClientId).Add("redirect_uri", redirect);
        return new Uri(options.AuthorizationServer.ToString().TrimEnd('/') + "/authorize" + q);
    }

    private static async Task<string> ExchangeAsync(HttpClient http, OqtantLoginOptions options, string code, string verifier, string redirect,
        CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = options.ClientId,
            ["code_verifier"] = verifier,
            ["code"] = code,
            ["redirect_uri"] = redirect,
        });
        const string operation = "POST /oauth/token";
        using var response = await http.PostAsync(new Uri(options.AuthorizationServer.ToString().TrimEnd('/') + "/oauth/token"), form, cancellationToken)
            .ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new QuantumServiceException((int)response.StatusCode, ServiceError.Describe(body), body, operation);
        }

        var token = JsonSerializer.Deserialize(body, AuthJsonContext.Default.TokenResponse)?.AccessToken;
        return string.IsNullOrEmpty(token)
            ? throw new QuantumServiceException((int)response.StatusCode, "the token response has no access_token", body, operation)
            : token;
    }

    private static async Task RespondAsync(HttpListenerContext context, HttpStatusCode status, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        context.Response.Close();
    }
}
