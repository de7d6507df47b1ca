using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace QuantumDsl.Emulator.Http;

/// <summary>Reads a JSON request body: gunzips <c>Content-Encoding: gzip</c>, enforces the size limit, parses.</summary>
internal static class RequestBody
{
    /// <summary>The parsed body, or (status, message) when it cannot be read.</summary>
    public static async Task<(JsonDocument? Document, int Status, string? Error)> ReadJsonAsync(HttpContext context, long maxBytes)
    {
        var request = context.Request;
        var encoding = request.Headers.ContentEncoding.ToString();
        Stream source = request.Body;
        GZipStream? gzip = null;
        if (encoding.Length > 0)
        {
            if (!string.Equals(encoding.Trim(), "gzip", StringComparison.OrdinalIgnoreCase))
            {
                return (null, 415, $"Content-Encoding '{Excerpt.Of(encoding)}' is not supported; send identity or gzip");
            }

            gzip = new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true);
            source = gzip;
        }

        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await source.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    return (null, 413, string.Create(CultureInfo.InvariantCulture,
                        $"body: larger than the limit of {maxBytes} bytes{(gzip is null ? "" : " (after gzip decompression)")}"));
                }
            }

            if (buffer.Length == 0)
            {
                return (null, 422, "body: required, but the request has no body");
            }

            var document = JsonDocument.Parse(buffer.ToArray(), JsonLimits.Read);
            if (InvalidString(document.RootElement, "body") is { } path)
            {
                document.Dispose();
                return (null, 422, $"{path}: not valid UTF-16 text (a lone surrogate escape such as \\ud800)");
            }

            return (document, 0, null);
        }
        catch (InvalidDataException ex)
        {
            return (null, 400, $"body: Content-Encoding is gzip but the body is not valid gzip data ({ex.Message})");
        }
        catch (JsonException ex)
        {
            return (null, 422, $"body: malformed JSON at line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}: {ex.Message.Split(" Path:")[0]}");
        }
        catch (BadHttpRequestException ex)
        {
            return (null, ex.StatusCode, $"body: {ex.Message}");
        }
        finally
        {
            if (gzip is not null)
            {
                await gzip.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The path of the first string or property name that cannot be decoded, or null.</summary>
    private static string? InvalidString(JsonElement element, string path)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    _ = element.GetString();
                    return null;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in element.EnumerateArray())
                    {
                        if (InvalidString(item, $"{path}[{index++}]") is { } bad)
                        {
                            return bad;
                        }
                    }

                    return null;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        if (InvalidString(property.Value, $"{path}.{Excerpt.Of(property.Name)}") is { } bad)
                        {
                            return bad;
                        }
                    }

                    return null;
                default:
                    return null;
            }
        }
        catch (InvalidOperationException)
        {
            return path;
        }
    }

    /// <summary>The JSON type name of an element, for error messages.</summary>
    public static string Kind(this JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}
