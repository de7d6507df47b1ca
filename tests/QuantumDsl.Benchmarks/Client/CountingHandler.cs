namespace QuantumDsl.Benchmarks.Client;

/// <summary>Counts every HTTP request that reaches the wire (after retries), by kind.</summary>
internal sealed class CountingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    private int _total;
    private int _creates;

    public int Total => _total;

    public int Creates => _creates;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _total);
        if (request.Method == HttpMethod.Post)
        {
            Interlocked.Increment(ref _creates);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
