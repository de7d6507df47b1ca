using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;

namespace QuantumDsl.Emulator.Tests.Auth;

public sealed class AuthTests
{
    private static async Task<(int Status, JsonNode Body)> Token(TestServer server, params (string, string)[] form)
    {
        using var client = new HttpClient();
        using var content = new FormUrlEncodedContent(form.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        using var response = await client.PostAsync(server.Server.TokenEndpoint, content);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static string Subject(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return (string)JsonNode.Parse(Convert.FromBase64String(payload))!["sub"]!;
    }

    [Theory]
    [InlineData("password")]
    [InlineData("http://auth0.com/oauth/grant-type/password-realm")]
    public async Task The_password_grants_issue_a_bearer_token_for_the_account(string grant)
    {
        await using var server = await TestServer.StartAsync();
        var (status, body) = await Token(server, ("grant_type", grant), ("username", "bob"), ("password", "bob-pw"), ("realm", "pcs-users"), ("client_id", "x"));
        Assert.Equal(200, status);
        Assert.Equal("Bearer", (string)body["token_type"]!);
        Assert.Equal(7200, (int)body["expires_in"]!);
        var token = (string)body["access_token"]!;
        Assert.Equal("auth0|bob", Subject(token));

        using var client = new HttpClient { BaseAddress = server.Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(200, (await client.SendAsync(HttpMethod.Get, "pasqal/core-fast/api/v1/batches")).Status);
    }

    [Fact]
    public async Task Wrong_passwords_and_unknown_grants_are_refused_with_json()
    {
        await using var server = await TestServer.StartAsync();
        var (status, body) = await Token(server, ("grant_type", "password"), ("username", "bob"), ("password", "nope"));
        Assert.Equal(403, status);
        Assert.Equal("invalid_grant", (string)body["error"]!);
        var (grantStatus, grant) = await Token(server, ("grant_type", "client_credentials"));
        Assert.Equal(400, grantStatus);
        Assert.Contains("client_credentials", (string)grant["error_description"]!);
    }

    [Fact]
    public async Task Requests_without_a_valid_token_get_401_in_each_surface_dialect()
    {
        await using var server = await TestServer.StartAsync(o => o with { TokenLifetime = TimeSpan.FromSeconds(1) });
        using var anonymous = new HttpClient { BaseAddress = server.Server.BaseAddress };
        var (pasqal, pasqalBody) = await anonymous.SendAsync(HttpMethod.Get, "pasqal/core-fast/api/v1/batches");
        Assert.Equal(401, pasqal);
        Assert.Equal("fail", (string)pasqalBody["status"]!);
        var (oqtant, oqtantBody) = await anonymous.SendAsync(HttpMethod.Get, "oqtant/api/users/alice/jobs");
        Assert.Equal(401, oqtant);
        Assert.NotNull(oqtantBody["detail"]);

        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not.a.jwt");
        Assert.Equal(401, (await anonymous.SendAsync(HttpMethod.Get, "pasqal/core-fast/api/v1/batches")).Status);

        using var expiring = server.Client();
        await Task.Delay(TimeSpan.FromSeconds(7)); // lifetime 1 s + 5 s clock skew
        var (expired, expiredBody) = await expiring.SendAsync(HttpMethod.Get, "pasqal/core-fast/api/v1/batches");
        Assert.Equal(401, expired);
        Assert.Contains("invalid bearer token", expiredBody.ToJsonString());

        Assert.Equal(200, (await anonymous.SendAsync(HttpMethod.Get, "pasqal/core-fast/api/v1/devices/public-specs")).Status);
    }

    [Fact]
    public async Task The_pkce_login_redirects_with_a_code_that_redeems_once_with_the_verifier()
    {
        await using var server = await TestServer.StartAsync(o => o with { AutoApproveUser = null });
        var verifier = Convert.ToBase64String(RandomNumberGenerator.GetBytes(80)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var challenge = Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Server.BaseAddress };
        var authorize = $"authorize?response_type=code&client_id=c&redirect_uri={Uri.EscapeDataString("http://localhost:8080/")}&code_challenge={challenge}&code_challenge_method=S256&state=s1";

        using (var refused = await client.GetAsync(authorize))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var redirect = await client.GetAsync(authorize + "&username=bob&password=bob-pw");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!;
        Assert.StartsWith("http://localhost:8080/?code=", location.ToString());
        Assert.EndsWith("&state=s1", location.ToString());
        var code = Uri.UnescapeDataString(location.Query.Split('&')[0]["?code=".Length..]);

        var (wrong, _) = await Token(server, ("grant_type", "authorization_code"), ("code", code), ("code_verifier", verifier + "x"));
        Assert.Equal(403, wrong); // the code is spent by a failed attempt too

        using var again = await client.GetAsync(authorize + "&username=bob&password=bob-pw");
        var code2 = Uri.UnescapeDataString(again.Headers.Location!.Query.Split('&')[0]["?code=".Length..]);
        var (status, body) = await Token(server, ("grant_type", "authorization_code"), ("code", code2), ("code_verifier", verifier),
            ("redirect_uri", "http://localhost:8080/"), ("client_id", "c"));
        Assert.Equal(200, status);
        Assert.Equal("auth0|bob", Subject((string)body["access_token"]!));
        Assert.Equal(403, (await Token(server, ("grant_type", "authorization_code"), ("code", code2), ("code_verifier", verifier))).Status);
    }
}
