using System.Net;

namespace QuantumDsl.Client.Tests.Support;

/// <summary>
/// Fault injection: every <c>n</c>-th call reaches the server, which does the work, but the answer is lost and a 503
/// comes back instead — the case where a retried create would make a second job without an idempotency key.
/// </summary>
internal sealed class LossyHandler(int everyNth, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _calls;

    public int Injected { get; private set; }

    public List<string> Lost { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (Interlocked.Increment(ref _calls) % everyNth != 0)
        {
            return response;
        }

        response.Dispose();
        Injected++;
        lock (Lost)
        {
            Lost.Add(request.Method + " " + request.RequestUri!.AbsolutePath);
        }

        return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { RequestMessage = request };
    }
}
