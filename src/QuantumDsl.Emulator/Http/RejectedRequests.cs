using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace QuantumDsl.Emulator.Http;

/// <summary>
/// Requests the web server (Kestrel) refuses before the app sees them — a malformed request line or header, a request
/// line or header section over its limit, headers that arrive too slowly. Kestrel answers those itself with an empty
/// body and gives the app no hook to change that; it does announce each one on its <see cref="DiagnosticListener"/>
/// (<c>Microsoft.AspNetCore.Server.Kestrel.BadRequest</c>, before it writes the answer). This class listens to that
/// event and arms the connection's <see cref="RejectionBodyWriter"/>, which then adds a JSON body naming the problem
/// to the bare answer (docs/emulator.md, "Errors").
/// </summary>
internal sealed class RejectedRequests : IObserver<KeyValuePair<string, object?>>, IDisposable
{
    /// <summary>The event Kestrel writes when it rejects a request (HttpProtocol.SetBadRequestState).</summary>
    public const string BadRequestEvent = "Microsoft.AspNetCore.Server.Kestrel.BadRequest";

    private readonly ConcurrentDictionary<string, Slot> _open = new(StringComparer.Ordinal);
    private IServiceProvider? _services;
    private string _limits = "";
    private IDisposable? _subscription;

    /// <summary>What the answer to a rejected request should say, noted when Kestrel announces the rejection.</summary>
    internal sealed record Rejection(int Status, string Message, string Path);

    /// <summary>One connection's pending rejection (at most one: Kestrel closes the connection after it).</summary>
    internal sealed class Slot
    {
        private volatile Rejection? _pending;

        public Rejection? Pending => _pending;

        public void Arm(Rejection rejection) => _pending = rejection;

        public Rejection? Take() => Interlocked.Exchange(ref _pending, null);
    }

    /// <summary>Starts listening to <paramref name="listener"/>; <paramref name="services"/> render the error bodies.</summary>
    public void Listen(DiagnosticListener listener, IServiceProvider services)
    {
        _services = services;
        var limits = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>>().Value.Limits;
        _limits = string.Create(CultureInfo.InvariantCulture,
            $"limits: request line {limits.MaxRequestLineSize / 1024} KiB, headers {limits.MaxRequestHeadersTotalSize / 1024} KiB, headers within {limits.RequestHeadersTimeout.TotalSeconds} s");
        _subscription = listener.Subscribe(this, name => name == BadRequestEvent);
    }

    /// <summary>
    /// Kestrel connection middleware: gives each connection a slot and a <see cref="RejectionBodyWriter"/> over its
    /// output for as long as the connection lives.
    /// </summary>
    public ConnectionDelegate Wrap(ConnectionDelegate next) => async connection =>
    {
        var slot = _open.GetOrAdd(connection.ConnectionId, _ => new Slot());
        var transport = connection.Transport;
        connection.Transport = new Transport(transport.Input, new RejectionBodyWriter(transport.Output, slot, RenderAsync));
        try
        {
            await next(connection).ConfigureAwait(false);
        }
        finally
        {
            connection.Transport = transport;
            _open.TryRemove(connection.ConnectionId, out _);
        }
    };

    private sealed record Transport(PipeReader Input, PipeWriter Output) : IDuplexPipe;

    /// <summary>The JSON error body the app itself would send for <paramref name="rejection"/> (the path's dialect).</summary>
    public async Task<byte[]> RenderAsync(Rejection rejection)
    {
        var context = new DefaultHttpContext { RequestServices = _services ?? throw new InvalidOperationException("Listen was not called") };
        context.Request.Path = rejection.Path.StartsWith('/') ? new PathString(rejection.Path) : PathString.Empty;
        using var body = new MemoryStream();
        context.Response.Body = body;
        await ErrorResponses.WriteAsync(context, rejection.Status, rejection.Message).ConfigureAwait(false);
        return body.ToArray();
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key != BadRequestEvent || value.Value is not IFeatureCollection features)
        {
            return;
        }

        var connection = features.Get<IHttpConnectionFeature>()?.ConnectionId;
        var request = features.Get<IHttpRequestFeature>();
        var response = features.Get<IHttpResponseFeature>();
        var error = features.Get<IBadRequestExceptionFeature>()?.Error as BadHttpRequestException;
        // Only a bare HTTP/1.x answer not yet started gets a body (never a HEAD answer, which must not have one).
        if (connection is null || error is null || response is null || response.HasStarted
            || request?.Protocol is "HTTP/2" or "HTTP/3" || HttpMethods.IsHead(request?.Method ?? "")
            || !_open.TryGetValue(connection, out var slot))
        {
            return;
        }

        // Kestrel quotes the offending bytes only when its log level is Information; here it leaves an empty quote.
        var reason = error.Message.EndsWith(": ''", StringComparison.Ordinal) ? error.Message[..^4] : error.Message;
        var message = $"request: {Excerpt.Of(reason.TrimEnd('.'))} (refused by the web server before the emulator read the request; {_limits})";
        slot.Arm(new Rejection(error.StatusCode, message, request?.Path ?? ""));
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    public void Dispose() => _subscription?.Dispose();
}
