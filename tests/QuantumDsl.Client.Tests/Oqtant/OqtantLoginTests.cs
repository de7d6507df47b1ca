using System.Net;
using System.Net.NetworkInformation;
using System.Security.Cryptography;
using System.Text;
using QuantumDsl.Client.Oqtant;

namespace QuantumDsl.Client.Tests.Oqtant;

/// <summary>The PKCE login end to end on loopback: a browser (HttpClient following redirects) and a small Auth0 stand-in.</summary>
public sealed class OqtantLoginTests
{
    [Fact]
    public async Task The_login_redirects_to_authorize_with_an_s256_challenge_and_exchanges_the_code_with_the_verifier()
    {
        var port = FreeLoginPort();
        using var auth0 = new HttpListener();
        var auth0Port = Random.Shared.Next(20000, 30000);
        auth0.Prefixes.Add($"http://127.0.0.1:{auth0Port}/");
        auth0.Start();
        string? challenge = null;
        string? verifier = null;
        var server = Task.Run(async () =>
        {
            for (var i = 0; i < 2; i++)
            {
                var context = await auth0.GetContextAsync();
                if (context.Request.Url!.AbsolutePath == "/authorize")
                {
                    var q = context.Request.QueryString;
                    Assert.Equal("S256", q["code_challenge_method"]);
                    Assert.Equal("client-1", q["client_id"]);
                    Assert.Equal($"http://localhost:{port}", q["redirect_uri"]);
                    challenge = q["code_challenge"];
                    context.Response.Redirect($"http://localhost:{port}/?code=the-code");
                    context.Response.Close();
                }
                else
                {
                    var form = await new StreamReader(context.Request.InputStream).ReadToEndAsync();
                    var fields = form.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]));
                    Assert.Equal("authorization_code", fields["grant_type"]);
                    Assert.Equal("the-code", fields["code"]);
                    verifier = fields["code_verifier"];
                    var body = Encoding.UTF8.GetBytes("""{"access_token":"user-token","expires_in":7200}""");
                    context.Response.ContentType = "application/json";
                    await context.Response.OutputStream.WriteAsync(body);
                    context.Response.Close();
                }
            }
        });

        using var browser = new HttpClient();
        Task<string>? browse = null;
        var token = await OqtantLogin.GetUserTokenAsync(
            new OqtantLoginOptions { AuthorizationServer = new Uri($"http://127.0.0.1:{auth0Port}"), ClientId = "client-1", Port = port },
            url =>
            {
                browse = browser.GetStringAsync(url);
                return Task.CompletedTask;
            });
        await server;
        var page = await browse!;

        Assert.Equal("user-token", token);
        var expected = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier!))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(expected, challenge);
        Assert.True(verifier!.Length >= 100);
        Assert.Equal("Successfully authenticated, you may close this tab now", page);
    }

    [Theory]
    [InlineData(8079)]
    [InlineData(8086)]
    public async Task Ports_outside_8080_to_8085_are_refused(int port)
    {
        var e = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            OqtantLogin.GetUserTokenAsync(new OqtantLoginOptions { ClientId = "c", Port = port }, _ => Task.CompletedTask));
        Assert.Contains("8080–8085", e.Message, StringComparison.Ordinal);
    }

    private static int FreeLoginPort()
    {
        var used = IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpListeners().Select(e => e.Port).ToHashSet();
        return Enumerable.Range(8080, 6).First(p => !used.Contains(p));
    }
}
