using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;
using static QuantumDsl.Emulator.Tests.Hostile.Hostile;

namespace QuantumDsl.Emulator.Tests.Hostile;

/// <summary>Inputs that used to end in 500 get a 4xx (or a normal answer) with a JSON body naming the problem.</summary>
public sealed class NoServerErrorTests
{
    private static async Task<(int Status, JsonNode Body)> PostToken(TestServer server, HttpContent content)
    {
        using var client = new HttpClient();
        using var response = await client.PostAsync(server.Server.TokenEndpoint, content);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static ByteArrayContent BadBoundary()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("--x\r\nnope"));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=\"" + new string('b', 200) + "\"");
        return content;
    }

    private static StringContent Form(string text) => new(text, Encoding.UTF8, "application/x-www-form-urlencoded");

    [Fact]
    public async Task The_token_endpoint_refuses_oversized_and_malformed_forms_with_oauth_errors()
    {
        await using var server = await TestServer.StartAsync();
        var fields = string.Join('&', Enumerable.Range(0, 1025).Select(i => $"f{i}=x"));
        var cases = new (string Name, HttpContent Content, int Status, string Mentions)[]
        {
            ("1,025 fields", Form("grant_type=password&" + fields), 400, "32 fields"),
            ("3,000-char key", Form(new string('k', 3000) + "=v&grant_type=password"), 400, "keys of 256"),
            ("multipart without boundary", new StringContent("abc", Encoding.UTF8, "multipart/form-data"), 400, "x-www-form-urlencoded"),
            ("multipart with a bad boundary", BadBoundary(), 400, "x-www-form-urlencoded"),
        };
        foreach (var (name, content, status, mentions) in cases)
        {
            var (actual, body) = await PostToken(server, content);
            Assert.True(actual == status, $"{name}: {actual} {body.ToJsonString()}");
            Assert.Equal("invalid_request", (string)body["error"]!);
            Assert.Contains(mentions, (string)body["error_description"]!);
        }

        // A 5 MB value: the server answers as soon as the announced length passes the limit (HttpClient would still be
        // sending and see the connection close), so the start of the body is sent raw and the answer read.
        var prefix = "grant_type=password&username=alice&password=" + new string('a', 70_000);
        var (big, head, bigBody) = await RawAsync(server,
            $"POST /oauth/token HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {prefix.Length + 5_000_000 - 70_000}\r\n\r\n{prefix}");
        Assert.True(big == 413, $"5 MB value: {big} {head} {bigBody}");
        Assert.Contains("65536 bytes", (string)JsonNode.Parse(bigBody)!["error_description"]!);

        var (nul, nulBody) = await PostToken(server, new FormUrlEncodedContent([new("grant_type", "password"), new("username", "alice"), new("password", "alice-pw\0")]));
        Assert.Equal(400, nul);
        Assert.Equal("invalid_request", (string)nulBody["error"]!);
        Assert.Contains("invalid characters", (string)nulBody["error_description"]!);
    }

    [Theory]
    [InlineData("http://localhost:8080/cb%0d%0aSet-Cookie:x=1", false)]
    [InlineData("http://localhost:8080/cb\r\nSet-Cookie: x=1", true)]
    [InlineData("http://localhost:8080/cb\0", true)]
    [InlineData("http://localhost:8080/caf\u00e9", true)]
    [InlineData("http://localhost:8080/cb#fragment", true)]
    public async Task Authorize_refuses_redirect_uris_that_cannot_be_a_location(string redirect, bool refused)
    {
        await using var server = await TestServer.StartAsync(o => o with { AutoApproveUser = "alice" });
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.Server.BaseAddress };
        var challenge = new string('a', 43);
        using var response = await client.GetAsync(new Uri(
            $"authorize?response_type=code&redirect_uri={Uri.EscapeDataString(redirect)}&code_challenge={challenge}&code_challenge_method=S256", UriKind.Relative));
        if (!refused)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode); // %0d%0a stays encoded in the path: a harmless URL
            Assert.DoesNotContain("\r", response.Headers.Location!.OriginalString);
            return;
        }

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("invalid_request", (string)body["error"]!);
        Assert.Contains("redirect_uri", (string)body["error_description"]!);
        if (redirect.Contains('#'))
        {
            Assert.Contains("RFC 6749", (string)body["error_description"]!);
        }
    }

    [Fact]
    public async Task Dates_at_the_end_of_the_calendar_are_answered()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        foreach (var path in new[]
        {
            "oqtant/api/users/alice/jobs?submit_end=9999-12-31T23:59:59Z",
            "oqtant/api/users/alice/jobs?submit_start=0001-01-01&submit_end=9999-12-31",
            $"{Api}/v2/jobs?start_date=0001-01-01T00:00:00&end_date=9999-12-31T23:59:59.9999999Z",
            $"{Api}/v1/batches?end_date=9999-12-31T23:59:59%2B00:00",
        })
        {
            var (status, body) = await client.SendAsync(HttpMethod.Get, path);
            Assert.True(status == 200, $"{path}: {status} {body.ToJsonString()}");
        }
    }

    [Theory]
    [InlineData("""{"sub": "alice"}""")]
    [InlineData("""{"sub": "auth0|"}""")]
    [InlineData("""{"name": "alice"}""")]
    [InlineData("""{"sub": "auth0|mallory"}""")]
    [InlineData("""{"sub": "auth0|alice"}""")]
    [InlineData("""{"sub": "auth0|alice", "gen": "forged-generation-000"}""")]
    public async Task Tokens_signed_with_the_server_key_but_without_a_usable_subject_or_generation_get_401(string claims)
    {
        await using var server = await TestServer.StartAsync();
        using var client = new HttpClient { BaseAddress = server.Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Forge(server, JsonNode.Parse(claims)!.AsObject()));
        foreach (var path in new[] { $"{Api}/v1/batches", "oqtant/api/users/alice/jobs" })
        {
            var (status, body) = await client.SendAsync(HttpMethod.Get, path);
            Assert.True(status == 401, $"{path}: {status} {body.ToJsonString()}");
            Assert.Contains("invalid bearer token", body.ToJsonString());
        }
    }

    [Fact]
    public async Task An_oqtant_idempotency_key_of_a_deleted_job_makes_a_new_job()
    {
        await using var server = await TestServer.StartAsync(o => o with { SimulatedLatency = TimeSpan.FromHours(1) });
        using var client = server.Client();
        async Task<(int Status, JsonNode Body)> Submit()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "oqtant/api/users/alice/jobs") { Content = TestHttp.Json(MatterJobs.Bec()) };
            request.Headers.Add("Idempotency-Key", "key-1");
            using var response = await client.SendAsync(request);
            return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
        }

        var (firstStatus, first) = await Submit();
        Assert.Equal(200, firstStatus);
        var firstId = (string)first["job_id"]!;
        Assert.Equal(200, (await client.SendAsync(HttpMethod.Delete, $"oqtant/api/users/alice/jobs/{firstId}")).Status);

        var (secondStatus, second) = await Submit();
        Assert.Equal(200, secondStatus);
        Assert.NotEqual(firstId, (string)second["job_id"]!);
        var (replayStatus, replay) = await Submit();
        Assert.Equal(200, replayStatus);
        Assert.Equal((string)second["job_id"]!, (string)replay["job_id"]!);
    }
}
