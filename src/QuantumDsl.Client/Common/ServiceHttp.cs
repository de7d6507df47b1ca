using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;

namespace QuantumDsl.Client;

/// <summary>
/// Sends one logical call: bearer token, JSON body (optionally gzipped), <c>Idempotency-Key</c> on creates, a span and
/// a request count; turns a non-2xx answer into <see cref="QuantumServiceException"/>. Retries live in the
/// HttpClient's resilience handler, below this; with a <paramref name="logger"/>, each retry of a call is logged
/// (Warning) naming the call (method and path, never the query, headers or token) and what failed.
/// </summary>
internal sealed partial class ServiceHttp(HttpClient http, Uri baseUri, ITokenProvider? tokens, string service,
    IReadOnlyList<KeyValuePair<string, string>>? headers = null, ILogger? logger = null)
{
    private readonly string _base = baseUri.ToString().TrimEnd('/');

    public Uri BaseUri { get; } = baseUri;

    public ITokenProvider? Tokens => tokens;

    public async Task<T> SendAsync<T>(HttpMethod method, string path, JsonTypeInfo<T> responseType, CancellationToken cancellationToken,
        HttpContent? content = null, string? idempotencyKey = null, bool authenticated = true)
    {
        var body = await SendForStringAsync(method, path, cancellationToken, content, idempotencyKey, authenticated).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(body, responseType)
                ?? throw new QuantumServiceException(200, "empty response body", body, Describe(method, path));
        }
        catch (JsonException e)
        {
            throw new QuantumServiceException(200, "unreadable response: " + e.Message, body, Describe(method, path), e);
        }
    }

    public async Task<string> SendForStringAsync(HttpMethod method, string path, CancellationToken cancellationToken,
        HttpContent? content = null, string? idempotencyKey = null, bool authenticated = true)
    {
        var operation = Describe(method, path);
        using var activity = ClientTelemetry.Source.StartActivity(service + " " + operation, ActivityKind.Client);
        using var request = new HttpRequestMessage(method, path.StartsWith("http", StringComparison.Ordinal) ? path : _base + path)
        {
            Content = content,
        };
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (authenticated && tokens is not null)
        {
            var token = await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (logger is not null && logger.IsEnabled(LogLevel.Warning))
        {
            request.Options.Set(QuantumResilience.RetryObserver,
                (attempt, delay, outcome) => LogRetry(logger, operation, outcome, attempt + 1, (long)delay.TotalMilliseconds));
        }

        if (idempotencyKey is not null)
        {
            // One key per logical create: the resilience handler below re-sends this same message, so a retried
            // create carries the same key and the service answers it with the job it already made.
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        ClientTelemetry.Requests.Add(1, new KeyValuePair<string, object?>("service", service));
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or Polly.ExecutionRejectedException)
        {
            // Network failure after every retry, an open circuit or a timed-out attempt.
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw new QuantumServiceException(0, e.Message, null, operation, e);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            activity?.SetTag("http.response.status_code", (int)response.StatusCode);
            if (!response.IsSuccessStatusCode)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
                throw new QuantumServiceException((int)response.StatusCode, ServiceError.Describe(text), text, operation);
            }

            return text;
        }
    }

    public static HttpContent Json<T>(T value, JsonTypeInfo<T> type, bool gzip = false)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(value, type);
        if (!gzip)
        {
            var plain = new ByteArrayContent(bytes);
            plain.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return plain;
        }

        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(bytes);
        }

        var packed = new ByteArrayContent(buffer.ToArray());
        packed.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        packed.Headers.ContentEncoding.Add("gzip");
        return packed;
    }

    public static string NewIdempotencyKey() => Guid.NewGuid().ToString("N");

    private static string Describe(HttpMethod method, string path)
    {
        var q = path.IndexOf('?', StringComparison.Ordinal);
        return method.Method + " " + (q < 0 ? path : path[..q]);
    }

    [LoggerMessage(EventId = 1001, EventName = "RequestRetried", Level = LogLevel.Warning,
        Message = "{Operation} failed with {Outcome}; retry {Retry} in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, string operation, string outcome, int retry, long delayMs);
}
