using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator;

namespace QuantumDsl.Emulator.Tests.Infrastructure;

/// <summary>A real emulator on a random loopback port with a SQLite file in its own temp directory.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private TestServer(EmulatorServer server, string directory)
    {
        Server = server;
        Directory = directory;
    }

    public EmulatorServer Server { get; }

    public string Directory { get; }

    public static readonly EmulatorAccount Alice = new("alice", "alice-pw");
    public static readonly EmulatorAccount Bob = new("bob", "bob-pw");

    public static async Task<TestServer> StartAsync(Func<EmulatorOptions, EmulatorOptions>? configure = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), "qdsl-emu-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var options = new EmulatorOptions
        {
            DatabasePath = Path.Combine(directory, "emulator.db"),
            Accounts = [Alice, Bob],
            SimulatedLatency = TimeSpan.FromMilliseconds(5),
            PollInterval = TimeSpan.FromMilliseconds(50),
        };
        return new TestServer(await EmulatorServer.StartAsync(configure?.Invoke(options) ?? options), directory);
    }

    /// <summary>An HTTP client for <paramref name="account"/> (default alice) with a bearer token from the server.</summary>
    public HttpClient Client(EmulatorAccount? account = null)
    {
        var client = new HttpClient { BaseAddress = Server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Server.IssueToken((account ?? Alice).Username));
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}

/// <summary>JSON helpers for tests.</summary>
public static class TestHttp
{
    /// <summary>Reads answers as deep as the emulator may write them (its limit is 64 levels in, 80 out).</summary>
    public static readonly System.Text.Json.JsonDocumentOptions Deep = new() { MaxDepth = 256 };

    public static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");

    public static async Task<(int Status, JsonNode Body)> SendAsync(this HttpClient client, HttpMethod method, string path, JsonNode? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Json(body) };
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text, documentOptions: Deep) ?? throw new InvalidOperationException($"empty body for {method} {path}"));
    }

    /// <summary>A job's bitstring counter, read as the SDK reads it: results link, then the pre-signed download (no token).</summary>
    public static async Task<JsonObject> CounterAsync(this HttpClient client, string jobId)
    {
        var (status, link) = await client.SendAsync(HttpMethod.Get, $"pasqal/core-fast/api/v1/jobs/{jobId}/results_link");
        Assert.Equal(200, status);
        using var anonymous = new HttpClient();
        var url = (string?)link["data"]!["results_link"] ?? throw new InvalidOperationException($"job {jobId} has no result yet");
        return JsonNode.Parse(await anonymous.GetStringAsync(url))!["counter"]!.AsObject();
    }

    /// <summary>Polls <paramref name="path"/> until <paramref name="done"/> holds (the emulator runs in milliseconds).</summary>
    public static async Task<JsonNode> PollAsync(this HttpClient client, string path, Func<JsonNode, bool> done, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var (status, body) = await client.SendAsync(HttpMethod.Get, path);
            Assert.Equal(200, status);
            if (done(body))
            {
                return body;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{path} never reached the expected state: {body.ToJsonString()}");
            }

            await Task.Delay(25);
        }
    }
}
