using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;
using static QuantumDsl.Emulator.Tests.Hostile.Hostile;

namespace QuantumDsl.Emulator.Tests.Hostile;

/// <summary>Tokens follow their account, passwords cannot be guessed fast, links and codes are not handed out by default.</summary>
public sealed class AuthorizationHardeningTests
{
    private static async Task<(int Status, JsonNode Body, HttpResponseHeaders Headers)> Password(EmulatorServer server, string user, string password)
    {
        using var client = new HttpClient();
        using var content = new FormUrlEncodedContent([new("grant_type", "password"), new("username", user), new("password", password)]);
        using var response = await client.PostAsync(server.TokenEndpoint, content);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response.Headers);
    }

    private static async Task<int> BatchesStatus(EmulatorServer server, string token)
    {
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.SendAsync(HttpMethod.Get, $"{Api}/v1/batches")).Status;
    }

    [Fact]
    public async Task A_token_stops_working_when_its_account_is_removed_or_its_password_changes()
    {
        var directory = Directory.CreateTempSubdirectory("qdsl-auth-").FullName;
        var path = Path.Combine(directory, "emulator.db");
        EmulatorOptions Options(params EmulatorAccount[] accounts) => new() { DatabasePath = path, Accounts = accounts };
        try
        {
            string alice, bob;
            await using (var first = await EmulatorServer.StartAsync(Options(new EmulatorAccount("alice", "pw1"), new EmulatorAccount("bob", "pw"))))
            {
                alice = (string)(await Password(first, "alice", "pw1")).Body["access_token"]!;
                bob = first.IssueToken("bob");
                Assert.Equal(200, await BatchesStatus(first, alice));
                Assert.Equal(200, await BatchesStatus(first, bob));
            }

            await using (var second = await EmulatorServer.StartAsync(Options(new EmulatorAccount("alice", "pw2"))))
            {
                Assert.Equal(401, await BatchesStatus(second, alice)); // password changed
                Assert.Equal(401, await BatchesStatus(second, bob));   // account removed
                Assert.Equal(200, await BatchesStatus(second, second.IssueToken("alice")));
            }

            await using var third = await EmulatorServer.StartAsync(Options(new EmulatorAccount("alice", "pw1"), new EmulatorAccount("bob", "pw")));
            Assert.Equal(200, await BatchesStatus(third, alice)); // same password again: same generation
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Ten_wrong_passwords_lock_the_account_for_a_minute_and_only_that_account()
    {
        await using var server = await TestServer.StartAsync();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(403, (await Password(server.Server, "alice", "guess" + i)).Status);
        }

        var (status, body, headers) = await Password(server.Server, "alice", "alice-pw");
        Assert.Equal(429, status);
        Assert.Equal("too_many_attempts", (string)body["error"]!);
        Assert.InRange(headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 60);
        Assert.Equal(200, (await Password(server.Server, "bob", "bob-pw")).Status);
        for (var i = 0; i < 12; i++)
        {
            await Password(server.Server, "nobody" + i, "x");
        }

        Assert.Equal(200, (await Password(server.Server, "bob", "bob-pw")).Status); // unknown users share their own counter
    }

    [Fact]
    public async Task Result_links_start_with_the_configured_base_url_whatever_the_host_header()
    {
        await using var server = await TestServer.StartAsync();
        await using var configured = await TestServer.StartAsync(o => o with { PublicBaseUrl = new Uri("http://emulator.test:9999/root/") });
        foreach (var (target, expected) in new[] { (server, server.Server.BaseAddress.ToString()), (configured, "http://emulator.test:9999/root/") })
        {
            using var client = target.Client();
            var (_, created) = await client.SendAsync(HttpMethod.Post, $"{Api}/v1/batches", Sequences.Batch(jobs: 1));
            var job = (string)created["data"]!["jobs"]![0]!["id"]!;
            await client.PollAsync($"{Api}/v2/jobs/{job}", j => (string)j["data"]!["status"]! == "DONE");
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/v1/jobs/{job}/results_link");
            request.Headers.Host = "evil.example";
            using var response = await client.SendAsync(request);
            var link = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["results_link"]!;
            Assert.StartsWith(expected + "pasqal/core-fast/results/" + job + "?signature=", link);
        }
    }

    [Fact]
    public async Task Authorize_approves_nobody_unless_told_to()
    {
        var challenge = new string('b', 43);
        var authorize = $"authorize?response_type=code&redirect_uri={Uri.EscapeDataString("http://localhost:8080/")}&code_challenge={challenge}&code_challenge_method=plain";
        await using (var standalone = await TestServer.StartAsync())
        {
            using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = standalone.Server.BaseAddress };
            using var refused = await client.GetAsync(new Uri(authorize, UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Contains("--auto-approve", await refused.Content.ReadAsStringAsync());
        }

        await using var approving = await TestServer.StartAsync(o => o with { AutoApproveUser = "bob" });
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = approving.Server.BaseAddress };
        using var redirect = await browser.GetAsync(new Uri(authorize, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var code = Uri.UnescapeDataString(redirect.Headers.Location!.Query["?code=".Length..]);
        using var http = new HttpClient();
        using var content = new FormUrlEncodedContent([new("grant_type", "authorization_code"), new("code", code), new("code_verifier", challenge)]);
        using var token = await http.PostAsync(approving.Server.TokenEndpoint, content);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }
}
