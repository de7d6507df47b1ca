using System.Text;
using System.Text.Json;

namespace QuantumDsl.Client;

/// <summary>Reads claims from a JWT payload without checking its signature (as both Python clients do).</summary>
internal static class Jwt
{
    public static DateTimeOffset? ReadExpiry(string token) =>
        ReadPayload(token) is { } payload && payload.TryGetProperty("exp", out var exp) && exp.TryGetInt64(out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    public static string? ReadSubject(string token) =>
        ReadPayload(token) is { } payload && payload.TryGetProperty("sub", out var sub) && sub.ValueKind == JsonValueKind.String
            ? sub.GetString()
            : null;

    private static JsonElement? ReadPayload(string token)
    {
        var parts = token.Split('.');
        if (parts.Length < 2)
        {
            return null;
        }

        try
        {
            var bytes = Base64Url.Decode(parts[1]);
            using var doc = JsonDocument.Parse(bytes);
            return doc.RootElement.Clone();
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }
}

/// <summary>URL-safe base64 without padding (RFC 7636 §A).</summary>
internal static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] Decode(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        s = s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
        return Convert.FromBase64String(s);
    }
}
