using System.Globalization;
using System.Net;

namespace QuantumDsl.Client;

/// <summary>
/// The one error type of the service clients: the HTTP status, the service's own message and the raw body of a
/// failed call (Azure SDK's <c>RequestFailedException</c> pattern). An answer that succeeded but cannot be used is the
/// derived <see cref="QuantumProtocolException"/>.
/// </summary>
public class QuantumServiceException : Exception
{
    /// <summary>Creates the exception for a failed call.</summary>
    public QuantumServiceException(int status, string? serviceMessage, string? content, string operation, Exception? inner = null)
        : this(BuildMessage(status, serviceMessage, operation), status, serviceMessage, content, operation, inner)
    {
    }

    private protected QuantumServiceException(string message, int status, string? serviceMessage, string? content, string operation, Exception? inner)
        : base(message, inner)
    {
        Status = status;
        ServiceMessage = serviceMessage;
        Content = content;
        Operation = operation;
    }

    /// <summary>The HTTP status code (0 when no response arrived).</summary>
    public int Status { get; }

    /// <summary>The service's own message (JSend <c>data.description</c> / <c>message</c>, FastAPI <c>detail</c>), when it sent one.</summary>
    public string? ServiceMessage { get; }

    /// <summary>The raw response body, for diagnostics.</summary>
    public string? Content { get; }

    /// <summary>What the client was doing, e.g. <c>POST /api/v1/batches</c>.</summary>
    public string Operation { get; }

    /// <summary>True for statuses worth retrying later (408, 425, 429, 5xx: <see cref="QuantumResilience.IsTransient(HttpStatusCode)"/>).</summary>
    public bool IsTransient => Status > 0 && QuantumResilience.IsTransient((HttpStatusCode)Status);

    /// <summary>True for 401/403.</summary>
    public bool IsAuthorizationFailure => Status is (int)HttpStatusCode.Unauthorized or (int)HttpStatusCode.Forbidden;

    /// <summary>True when no answer arrived at all: the endpoint is unreachable (refused, unresolvable) or timed out.</summary>
    public bool IsUnreachable => Status == 0;

    private static string BuildMessage(int status, string? serviceMessage, string operation) =>
        status == 0
            ? operation + " failed: " + (string.IsNullOrWhiteSpace(serviceMessage) ? "no answer" : serviceMessage)
            : string.Create(CultureInfo.InvariantCulture,
                $"{operation} failed with HTTP {status}{(string.IsNullOrWhiteSpace(serviceMessage) ? "" : ": " + serviceMessage)}");
}
