using System.Diagnostics;
using System.Globalization;
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
    private readonly object _gate = new();
    private Action<RetryNotice>[] _observers = [];

    public Uri BaseUri { get; } = baseUri;

    public ITokenProvider? Tokens => tokens;

    public async Task<T> SendAsync<T>(HttpMethod method, string path, JsonTypeInfo<T> responseType, CancellationToken cancellationToken,
        HttpContent? content = null, string? idempotencyKey = null, bool authenticated = true)
    {
        var body = await SendForStringAsync(method, path, cancellationToken, content, idempotencyKey, authenticated).ConfigureAwait(false);
        try
        {
            return JsonSerializer.Deserialize(body, responseType)
                ?? throw new QuantumProtocolException("the body is empty", body, Describe(method, path));
        }
        catch (JsonException e)
        {
            throw new QuantumProtocolException("the body is unreadable: " + e.Message, body, Describe(method, path), e);
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

        var observers = Volatile.Read(ref _observers);
        var log = logger is not null && logger.IsEnabled(LogLevel.Warning);
        if (log || observers.Length > 0)
        {
            var target = Target(request.RequestUri);
            request.Options.Set(QuantumResilience.RetryObserver, args =>
            {
                var outcome = args.Outcome.Exception is { } e ? e.GetType().Name + ": " + e.Message
                    : "HTTP " + ((int)args.Outcome.Result!.StatusCode).ToString(CultureInfo.InvariantCulture);
                var delay = args.RetryDelay;
                var notice = new RetryNotice(operation, target, outcome, args.AttemptNumber + 1, DateTimeOffset.UtcNow + delay);
                if (log)
                {
                    LogRetry(logger!, operation, target, outcome, notice.Retry, (long)delay.TotalMilliseconds, notice.NextAttemptAt);
                }

                foreach (var observer in observers)
                {
                    observer(notice);
                }
            });
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
            // Network failure after every retry, an open circuit or a timed-out attempt: name the URL and the cause.
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            throw new QuantumServiceException(0, "cannot reach " + Target(request.RequestUri) + ": " + Cause(e), null, operation, e);
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

    /// <summary>Calls <paramref name="observer"/> for each retry of a call through this object until the handle is disposed.</summary>
    public IDisposable ObserveRetries(Action<RetryNotice> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        lock (_gate)
        {
            _observers = [.. _observers, observer];
        }

        return new Unsubscriber(() =>
        {
            lock (_gate)
            {
                _observers = [.. _observers.Where(o => !ReferenceEquals(o, observer))];
            }
        });
    }

    /// <summary>Why a request got no answer, in words (name resolution, connection refused, attempt timeout, open circuit).</summary>
    internal static string Cause(Exception e) => e switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } h => "the host name does not resolve (" + h.Message + ")",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } h => "the connection failed (" + h.Message + ")",
        Polly.Timeout.TimeoutRejectedException t => "no answer within the attempt timeout (" + t.Timeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + " s)",
        Polly.CircuitBreaker.BrokenCircuitException => "too many recent calls failed, so the client stopped calling for a while (circuit open): " + e.Message,
        _ => e.Message,
    };

    /// <summary>A request's URL without its query (which may carry filters but never belongs in a message).</summary>
    private static string Target(Uri? uri) => uri is null ? "?" : uri.GetLeftPart(UriPartial.Path);

    public static string NewIdempotencyKey() => Guid.NewGuid().ToString("N");

    private static string Describe(HttpMethod method, string path)
    {
        var q = path.IndexOf('?', StringComparison.Ordinal);
        return method.Method + " " + (q < 0 ? path : path[..q]);
    }

    [LoggerMessage(EventId = 1001, EventName = "RequestRetried", Level = LogLevel.Warning,
        Message = "{Operation} ({Url}) failed with {Outcome}; retry {Retry} in {DelayMs} ms, at {NextAttemptAt:u}")]
    private static partial void LogRetry(ILogger logger, string operation, string url, string outcome, int retry, long delayMs, DateTimeOffset nextAttemptAt);

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                dispose();
            }
        }
    }
}

/// <summary>A retry about to happen: the call, its URL (no query), what failed, the retry's number and when it is sent.</summary>
internal sealed record RetryNotice(string Operation, string Url, string Outcome, int Retry, DateTimeOffset NextAttemptAt)
{
    /// <summary>One line for a progress display.</summary>
    public string Describe() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Operation} ({Url}) failed with {Outcome}; retry {Retry} at {NextAttemptAt:HH:mm:ss} UTC");
}
