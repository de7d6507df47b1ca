using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using QuantumDsl.Emulator.Tests.Infrastructure;
using QuantumDsl.Testing;

namespace QuantumDsl.Emulator.Tests.Hostile;

/// <summary>Helpers of the hostile-input tests: raw HTTP, forged tokens, row counts, deep JSON.</summary>
public static class Hostile
{
    public const string Api = "pasqal/core-fast/api";

    /// <summary>Sends <paramref name="request"/> as raw bytes and returns (status, headers and body text) once the server closes.</summary>
    public static async Task<(int Status, string Head, string Body)> RawAsync(TestServer server, string request, TimeSpan? wait = null)
    {
        var text = await RawTextAsync(server, request, wait);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        Assert.True(split > 0, $"no HTTP answer: '{text}'");
        var head = text[..split];
        var body = text[(split + 4)..];
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Unchunk(body);
        }

        return (int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), head, body);
    }

    /// <summary>Sends <paramref name="request"/> as raw bytes and returns everything the server sends until it closes.</summary>
    public static async Task<string> RawTextAsync(TestServer server, string request, TimeSpan? wait = null)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Server.BaseAddress.Host, server.Server.BaseAddress.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(request));
        using var cts = new CancellationTokenSource(wait ?? TimeSpan.FromSeconds(20));
        using var buffer = new MemoryStream();
        var chunk = new byte[65536];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cts.Token)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            // The server keeps the connection or resets it: what was read is the answer.
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Unchunk(string body)
    {
        var result = new StringBuilder();
        var at = 0;
        while (at < body.Length)
        {
            var end = body.IndexOf("\r\n", at, StringComparison.Ordinal);
            if (end < 0)
            {
                break;
            }

            var size = Convert.ToInt32(body[at..end], 16);
            if (size == 0)
            {
                break;
            }

            result.Append(body, end + 2, Math.Min(size, body.Length - end - 2));
            at = end + 2 + size + 2;
        }

        return result.ToString();
    }

    /// <summary>A token signed with the server's own key (read from its database) carrying <paramref name="claims"/>.</summary>
    public static string Forge(TestServer server, JsonObject claims)
    {
        using var connection = new SqliteConnection($"Data Source={server.Server.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM settings WHERE key = 'jwt_hmac_key'";
        var key = Convert.FromBase64String((string)command.ExecuteScalar()!);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        claims["iss"] = "quantumdsl-emulator";
        claims["aud"] = "quantumdsl-emulator";
        claims["iat"] = now;
        claims["nbf"] = now;
        claims["exp"] = now + 3600;
        var header = Base64Url(Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT","kid":"emulator"}"""));
        var payload = Base64Url(Encoding.UTF8.GetBytes(claims.ToJsonString()));
        var signature = Base64Url(HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(header + "." + payload)));
        return $"{header}.{payload}.{signature}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Rows in <paramref name="table"/> of the server's database.</summary>
    public static long Rows(TestServer server, string table)
    {
        using var connection = new SqliteConnection($"Data Source={server.Server.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>A JSON value made of <paramref name="levels"/> nested arrays around 1.</summary>
    public static string NestedArrays(int levels) => new string('[', levels) + "1" + new string(']', levels);

    /// <summary>A create-batch body whose first job's <c>variables</c> make the whole body <paramref name="depth"/> levels deep.</summary>
    public static string BatchOfDepth(int depth) =>
        "{\"sequence_builder\": " + System.Text.Json.JsonSerializer.Serialize(Sequences.Rabi())
        + ", \"device_type\": \"EMU_FREE\", \"jobs\": [{\"runs\": 10, \"variables\": {\"omega\": 1.0, \"deep\": " + NestedArrays(depth - 4) + "}}]}";

    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    /// <summary>Every list call of an account answers 200.</summary>
    public static async Task AssertListsWorkAsync(HttpClient client)
    {
        foreach (var path in new[] { $"{Api}/v1/batches", $"{Api}/v2/jobs", $"{Api}/v1/jobs?limit=100", "oqtant/api/users/alice/jobs" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {text[..Math.Min(400, text.Length)]}");
        }
    }
}
