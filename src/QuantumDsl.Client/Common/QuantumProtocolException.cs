namespace QuantumDsl.Client;

/// <summary>
/// A service answered with success, but the answer cannot be used: an empty or unreadable body, a JSend envelope without
/// <c>data</c>, a result of the wrong shape, or a batch whose jobs do not match what was submitted. <see cref="QuantumServiceException.Status"/>
/// is the success status the answer came with (so <see cref="QuantumServiceException.IsTransient"/> and
/// <see cref="QuantumServiceException.IsUnreachable"/> are false); the message says what is wrong instead of "failed with HTTP 200".
/// </summary>
public sealed class QuantumProtocolException : QuantumServiceException
{
    /// <summary>Creates the exception for an unusable answer to <paramref name="operation"/>.</summary>
    /// <param name="problem">What is wrong with the answer, e.g. <c>the response has no data</c>.</param>
    /// <param name="content">The raw body, when there is one.</param>
    /// <param name="operation">What the client was doing, e.g. <c>GET /api/v2/batches/{id}</c>.</param>
    /// <param name="inner">The parse error, if any.</param>
    /// <param name="status">The success status the answer came with.</param>
    public QuantumProtocolException(string problem, string? content, string operation, Exception? inner = null, int status = 200)
        : base($"{operation}: the service answered HTTP {status}, but {problem}", status, problem, content, operation, inner)
    {
    }
}
