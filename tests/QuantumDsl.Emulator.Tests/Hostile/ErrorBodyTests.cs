using System.Text;
using System.Text.Json.Nodes;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;
using static QuantumDsl.Emulator.Tests.Hostile.Hostile;

namespace QuantumDsl.Emulator.Tests.Hostile;

/// <summary>Every error the app can answer has a JSON body in the surface's dialect that quotes at most a short excerpt.</summary>
public sealed class ErrorBodyTests
{
    private static string Request(TestServer server, string method, string path, string headers, string body) =>
        $"{method} /{path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {server.Server.IssueToken("alice")}\r\nConnection: close\r\n{headers}\r\n{body}";

    [Fact]
    public async Task Framing_size_and_routing_errors_have_json_bodies()
    {
        await using var server = await TestServer.StartAsync();
        var cases = new (string Name, string Request, int Status)[]
        {
            ("bad chunk", Request(server, "POST", $"{Api}/v1/batches", "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n", "ZZZ\r\nabc\r\n0\r\n\r\n"), 400),
            ("pasqal 413", Request(server, "POST", $"{Api}/v1/batches", "Content-Type: application/json\r\nContent-Length: 99999999999\r\n", "{"), 413),
            ("oqtant 413", Request(server, "POST", "oqtant/api/users/alice/jobs", "Content-Type: application/json\r\nContent-Length: 99999999999\r\n", "{"), 413),
            ("token 413", Request(server, "POST", "oauth/token", "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 99999999999\r\n", "a=b"), 413),
            ("unknown path", Request(server, "GET", "nope", "", ""), 404),
            ("pasqal unknown path", Request(server, "GET", $"{Api}/v9/nope", "", ""), 404),
            ("wrong method", Request(server, "DELETE", $"{Api}/v1/batches", "", ""), 405),
        };
        foreach (var (name, request, status) in cases)
        {
            var (actual, head, body) = await RawAsync(server, request);
            Assert.True(actual == status, $"{name}: {actual} {head} {body}");
            Assert.Contains("application/json", head, StringComparison.OrdinalIgnoreCase);
            var json = JsonNode.Parse(body)!;
            Assert.True(json["detail"] is not null || json["error"] is not null || (string?)json["status"] == "fail", $"{name}: {body}");
            Assert.DoesNotContain("body: ", name == "unknown path" ? body : "");
        }
    }

    [Fact]
    public async Task Requests_the_web_server_refuses_before_the_app_get_json_bodies_naming_the_problem()
    {
        await using var server = await TestServer.StartAsync();
        var longTarget = "/" + new string('a', 9 * 1024);
        var bigHeader = "X-Big: " + new string('b', 40 * 1024) + "\r\n";
        var cases = new (string Name, string Request, int Status, string Message, bool Pasqal)[]
        {
            ("malformed request line", "GARBAGE\r\n\r\n", 400, "Invalid request line", false),
            ("malformed header", $"GET /{Api}/v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\n\r\n", 400, "request: Invalid request header (refused", true),
            ("header with a NUL", "GET /oqtant/api/users/alice/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\0b\r\n\r\n", 400, "request: Malformed request: invalid headers", false),
            ("request line over 8 KiB", $"GET {longTarget} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 414, "Request line too long", false),
            ("headers over 32 KiB", $"GET /{Api}/v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\n{bigHeader}\r\n", 431, "Request headers too long", true),
            ("invalid Content-Length", "GET /oqtant/api/users/alice/jobs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: abc\r\n\r\n", 400, "request: Invalid content length: abc (refused", false),
            ("unknown HTTP version", "GET /oqtant/api/users/alice/jobs HTTP/7.0\r\nHost: 127.0.0.1\r\n\r\n", 505, "request: Unrecognized HTTP version (refused", false),
        };
        foreach (var (name, request, status, message, pasqal) in cases)
        {
            var (actual, head, body) = await RawAsync(server, request);
            Assert.True(actual == status, $"{name}: {actual} {head} {body}");
            Assert.Contains("Content-Type: application/json", head, StringComparison.OrdinalIgnoreCase);
            Assert.Contains($"Content-Length: {System.Text.Encoding.UTF8.GetByteCount(body)}", head, StringComparison.OrdinalIgnoreCase);
            var json = JsonNode.Parse(body)!;
            var text = pasqal ? (string)json["data"]!["description"]![0]!["msg"]! : (string)json["detail"]!;
            Assert.True(text.Contains(message, StringComparison.OrdinalIgnoreCase), $"{name}: {body}");
            Assert.EndsWith("refused by the web server before the emulator read the request; limits: request line 8 KiB, headers 32 KiB, headers within 30 s)", text, StringComparison.Ordinal);
            Assert.True(body.Length < 2048, $"{name}: {body.Length} characters");
            if (pasqal)
            {
                Assert.Equal("fail", (string)json["status"]!);
                Assert.Equal(["request"], json["data"]!["description"]![0]!["loc"]!.AsArray().Select(l => (string)l!));
            }
        }

        // A HEAD answer must not have a body, so a refused HEAD request keeps Kestrel's bare answer.
        var (headStatus, headHead, headBody) = await RawAsync(server, $"HEAD /{Api}/v1/batches HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\n\r\n");
        Assert.Equal(400, headStatus);
        Assert.Contains("Content-Length: 0", headHead, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", headBody);

        // An HTTP/2 client (prior knowledge) on this cleartext HTTP/1.1 endpoint gets Kestrel's GOAWAY frame
        // (HTTP_1_1_REQUIRED), not an HTTP answer, and it passes through unchanged.
        Assert.Equal("\0\0\b\a\0\0\0\0\0\0\0\0\0\0\0\0\r", await RawTextAsync(server, "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n"));

        // On a kept-alive connection, a good request answered first, then a malformed one: the second answer gets its body.
        var token = server.Server.IssueToken("alice");
        var rest = await RawTextAsync(server,
            $"GET /oqtant/api/users/alice/job_limits HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n\r\nGARBAGE\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 200 OK", rest, StringComparison.Ordinal);
        var second = rest[rest.IndexOf("HTTP/1.1 400 Bad Request", StringComparison.Ordinal)..];
        Assert.Contains("Content-Type: application/json", second, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Invalid request line", (string)JsonNode.Parse(second[(second.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..])!["detail"]!, StringComparison.Ordinal);

        // The server keeps serving.
        using var client = server.Client();
        await AssertListsWorkAsync(client);
    }

    [Fact]
    public async Task A_body_read_too_slowly_gets_a_json_408()
    {
        await using var server = await TestServer.StartAsync();
        // Kestrel's minimum body data rate (240 B/s after a 5 s grace): send 1 byte of the 100 announced, then nothing.
        var (status, head, body) = await RawAsync(server,
            Request(server, "POST", $"{Api}/v1/batches", "Content-Type: application/json\r\nContent-Length: 100\r\n", "{"), TimeSpan.FromSeconds(30));
        Assert.Equal(408, status);
        Assert.Contains("application/json", head, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Request Timeout", (string)JsonNode.Parse(body)!["message"]!);
    }

    [Fact]
    public async Task Errors_quote_at_most_a_short_excerpt_of_a_mebibyte_input()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.Client();
        var huge = new string('Z', 1 << 20);
        var batch = Sequences.Batch(jobs: 1);
        var bodies = new (string Path, string Body)[]
        {
            ($"{Api}/v1/batches", $$"""{"{{huge}}": 1}"""),
            ($"{Api}/v1/batches", new JsonObject { ["device_type"] = huge, ["jobs"] = new JsonArray() }.ToJsonString()),
            ($"{Api}/v1/batches", new JsonObject { ["project_id"] = huge, ["jobs"] = new JsonArray() }.ToJsonString()),
            ($"{Api}/v1/batches", batch.ToJsonString().Replace("\"jobs\"", $"\"jobs\":[{{\"{huge}\":1}}],\"x\"", StringComparison.Ordinal)),
            ($"{Api}/v1/workloads", new JsonObject { ["workload_type"] = huge, ["backend"] = huge, ["config"] = new JsonObject(), ["project_id"] = huge }.ToJsonString()),
            ("oqtant/api/users/alice/jobs", MatterJobs.Bec(name: huge).ToJsonString()),
            ("oqtant/api/users/alice/jobs", $$"""{"name": "x", "{{huge}}": 1, "inputs": []}"""),
            ("oqtant/api/users/alice/jobs", $$"""{"name": "x", "job_type": "{{huge}}", "inputs": []}"""),
        };
        foreach (var (path, body) in bodies)
        {
            using var response = await client.PostAsync(new Uri(path, UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path}: {(int)response.StatusCode}");
            Assert.True(text.Length < 16 * 1024, $"{path}: the error is {text.Length} characters: {text[..Math.Min(200, text.Length)]}");
        }

        var long8k = new string('Q', 6000);
        foreach (var path in new[] { $"{Api}/v2/jobs?status={long8k}", $"{Api}/v2/jobs/{long8k}", $"oqtant/api/users/alice/jobs?job_type={long8k}", $"oqtant/api/users/alice/jobs/{long8k}" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{path[..40]}: {(int)response.StatusCode}");
            Assert.True(text.Length < 2048, $"{path[..40]}: the error is {text.Length} characters");
        }
    }
}
