using System.Collections.Concurrent;
using System.Net;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Client.Tests.Support;

namespace QuantumDsl.Client.Tests.Hosting;

/// <summary>
/// The login flows with their real-service defaults, against the emulator's token endpoints exactly as against the real
/// ones: the same paths (<c>/oauth/token</c>, <c>/authorize</c>), form fields and audiences; only the host differs.
/// </summary>
public sealed class RealServiceLoginTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    [Fact]
    public async Task The_pasqal_password_grant_with_its_defaults_sends_the_public_client_id_realm_and_audience_and_its_token_works()
    {
        var recorder = new Recorder();
        using var http = new HttpClient(recorder);
        var options = new PasswordGrantOptions { Username = "ada", Password = "ada-pw" };
        var production = options.TokenEndpoint;
        options.TokenEndpoint = new Uri(emulator.Server.BaseAddress, production.AbsolutePath);
        using var tokens = new PasswordGrantTokenProvider(http, options);

        var token = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal("/oauth/token", production.AbsolutePath);
        var (path, form) = Assert.Single(recorder.Forms);
        Assert.Equal(production.AbsolutePath, path);
        Assert.Equal(new Dictionary<string, string>
        {
            ["client_id"] = "PeZvo7Atx7IVv3iel59asJSb4Ig7vuSB",
            ["grant_type"] = "http://auth0.com/oauth/grant-type/password-realm",
            ["realm"] = "pcs-users",
            ["audience"] = "https://apis.pasqal.cloud/account/api/v1",
            ["username"] = "ada",
            ["password"] = "ada-pw",
        }, form);
        using var client = new PasqalClient(new HttpClient(), emulator.PasqalOptions(token));
        Assert.NotNull(await client.GetBatchesAsync(limit: 1).FirstPageAsync()); // an authenticated call
    }

    [Fact]
    public async Task The_keycloak_variant_password_grant_with_the_cloud_sdk_client_id_works_too()
    {
        using var http = new HttpClient();
        using var tokens = new PasswordGrantTokenProvider(http, new PasswordGrantOptions
        {
            TokenEndpoint = new Uri(emulator.Server.BaseAddress, "oauth/token"), GrantType = "password", Realm = "pasqal-cloud",
            ClientId = PasswordGrantOptions.PasqalKeycloakClientId, Username = "ada", Password = "ada-pw",
        });
        Assert.Equal(3, (await tokens.GetTokenAsync(CancellationToken.None)).Split('.').Length);
    }

    [Fact]
    public async Task The_oqtant_pkce_login_with_its_default_audience_and_scope_works_against_the_emulators_authorize_and_token_paths()
    {
        var recorder = new Recorder();
        using var exchange = new HttpClient(recorder);
        var visited = new ConcurrentQueue<Uri>();
        var defaults = new OqtantLoginOptions();
        string? token = null;
        foreach (var port in Enumerable.Range(8080, 6))
        {
            try
            {
                token = await OqtantLogin.GetUserTokenAsync(
                    new OqtantLoginOptions { AuthorizationServer = emulator.Server.BaseAddress, ClientId = "the-public-id", Port = port },
                    url =>
                    {
                        _ = BrowseAsync(url, visited);
                        return Task.CompletedTask;
                    },
                    exchange);
                break;
            }
            catch (HttpListenerException)
            {
                // The port is taken (another test run): try the next registered redirect port.
            }
        }

        Assert.NotNull(token);
        var authorize = Assert.Single(visited, u => u.AbsolutePath == "/authorize");
        Assert.Equal(defaults.AuthorizationServer.AbsolutePath.TrimEnd('/') + "/authorize", authorize.AbsolutePath);
        var query = System.Web.HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal(("https://oqtant.infleqtion.com/oqtant", "profile openid mail", "the-public-id", "S256"),
            (query["audience"], query["scope"], query["client_id"], query["code_challenge_method"]));
        var (path, form) = Assert.Single(recorder.Forms);
        Assert.Equal("/oauth/token", path);
        Assert.Equal(["client_id", "code", "code_verifier", "grant_type", "redirect_uri"], form.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(("authorization_code", "the-public-id"), (form["grant_type"], form["client_id"]));
        using var client = OqtantClient.Create(token!, new OqtantClientOptions { Endpoint = emulator.Server.OqtantBaseUrl });
        Assert.NotNull(await client.GetJobLimitsAsync());
    }

    [Fact]
    public async Task A_token_endpoint_that_does_not_answer_is_named_with_the_cause()
    {
        var closed = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var port = ((IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        using var http = new HttpClient();
        using var tokens = new PasswordGrantTokenProvider(http, new PasswordGrantOptions
        {
            TokenEndpoint = new Uri($"http://127.0.0.1:{port}/oauth/token"), Username = "ada", Password = "x",
        });

        var error = await Assert.ThrowsAsync<QuantumServiceException>(() => tokens.GetTokenAsync(CancellationToken.None).AsTask());
        Assert.True(error.IsUnreachable);
        Assert.StartsWith($"POST token endpoint failed: cannot reach http://127.0.0.1:{port}/oauth/token: the connection failed (Connection refused", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oqtant_login_without_a_client_id_says_where_to_get_one()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            OqtantLogin.GetUserTokenAsync(new OqtantLoginOptions(), _ => Task.CompletedTask));
        Assert.Contains("OqtantLoginOptions.ClientId is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("pip install oqtant", error.Message, StringComparison.Ordinal);
        Assert.Contains("client_id field of oqtant/settings.py", error.Message, StringComparison.Ordinal);
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

    /// <summary>Forwards to the real server, noting each form-encoded request's path and fields.</summary>
    private sealed class Recorder() : DelegatingHandler(new SocketsHttpHandler())
    {
        public ConcurrentQueue<(string Path, Dictionary<string, string> Form)> Forms { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is FormUrlEncodedContent content)
            {
                var fields = System.Web.HttpUtility.ParseQueryString(await content.ReadAsStringAsync(cancellationToken));
                Forms.Enqueue((request.RequestUri!.AbsolutePath, fields.AllKeys.ToDictionary(k => k!, k => fields[k]!)));
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
