using System.Net;
using System.Text;

namespace QuantumDsl.Client.Tests.Support;

/// <summary>
/// An HttpMessageHandler that answers from a script (a function of the request) and records every request it saw,
/// with its body. Used for fixture replay and fault injection where the emulator cannot serve.
/// </summary>
internal sealed class ScriptedHandler(Func<HttpRequestMessage, string?, HttpResponseMessage> respond) : HttpMessageHandler
{
    private readonly object _gate = new();

    public List<(HttpMethod Method, Uri Uri, string? Body, string? IdempotencyKey, string? Authorization)> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_gate)
        {
            Requests.Add((request.Method, request.RequestUri!, body,
                request.Headers.TryGetValues("Idempotency-Key", out var k) ? k.Single() : null,
                request.Headers.Authorization?.ToString()));
            return respond(request, body);
        }
    }

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
