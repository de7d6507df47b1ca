using System.Text.Json.Serialization;
using QuantumDsl.Emulator.Pasqal;

namespace QuantumDsl.Emulator.Http;

/// <summary>A FastAPI-style error body, as the Oqtant API answers: <c>{"detail": "..."}</c>.</summary>
internal sealed record DetailError(string Detail)
{
    /// <summary>The message, cut at <see cref="Excerpt.MessageChars"/> characters.</summary>
    public string Detail { get; } = Excerpt.Cap(Detail);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(DetailError))]
internal sealed partial class DetailJsonContext : JsonSerializerContext;

/// <summary>Error bodies in the dialect of the surface a path belongs to (JSend for Pasqal, <c>detail</c> for Oqtant).</summary>
internal static class ErrorResponses
{
    public static bool IsPasqal(PathString path) => path.StartsWithSegments(PasqalEndpoints.Base, StringComparison.Ordinal);

    public static Task WriteAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        return IsPasqal(context.Request.Path)
            ? PasqalEndpoints.Fail(new PasqalFailure(status, Reason(status), [new ErrorDetail(["request"], message, "http_error")])).ExecuteAsync(context)
            : Results.Json(new DetailError(message), DetailJsonContext.Default.DetailError, statusCode: status).ExecuteAsync(context);
    }

    public static string Reason(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        411 => "Length Required",
        413 => "Request Entity Too Large",
        414 => "URI Too Long",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        505 => "HTTP Version Not Supported",
        _ => "Error",
    };
}
