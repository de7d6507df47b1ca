using System.Text.Json;

namespace QuantumDsl.Client;

/// <summary>Extracts the service's message from an error body: JSend <c>data.description</c> or <c>message</c>, FastAPI <c>detail</c>, OAuth <c>error_description</c>.</summary>
internal static class ServiceError
{
    public static string? Describe(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Truncate(body);
            }

            if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
                && data.TryGetProperty("description", out var description))
            {
                return Text(description);
            }

            foreach (var key in (ReadOnlySpan<string>)["detail", "error_description", "message", "error"])
            {
                if (root.TryGetProperty(key, out var value))
                {
                    return Text(value);
                }
            }

            return Truncate(body);
        }
        catch (JsonException)
        {
            return Truncate(body);
        }
    }

    private static string Text(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : e.GetRawText();

    private static string Truncate(string s) => s.Length <= 500 ? s : s[..500] + "…";
}
