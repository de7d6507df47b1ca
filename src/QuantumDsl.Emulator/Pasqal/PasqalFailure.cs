namespace QuantumDsl.Emulator.Pasqal;

/// <summary>Why a Pasqal call failed: HTTP status, JSend message and the descriptions sent in <c>data.description</c>.</summary>
internal sealed record PasqalFailure(int StatusCode, string Message, IReadOnlyList<ErrorDetail> Description)
{
    public static PasqalFailure NotFound(string what, string id) =>
        new(404, "Not Found", [new ErrorDetail(["path", "id"], $"{what} '{Http.Excerpt.Of(id)}' not found", "not_found")]);

    public static PasqalFailure Conflict(string field, string message) =>
        new(400, "Bad Request", [new ErrorDetail(["body", field], message, "value_error")]);

    public static PasqalFailure Quota(string message, string field = "jobs") =>
        new(429, "Too Many Requests", [new ErrorDetail(["body", field], message, "quota_exceeded")]);
}

/// <summary>A value or a failure.</summary>
internal readonly record struct PasqalOutcome<T>(T? Value, PasqalFailure? Failure)
{
    public static implicit operator PasqalOutcome<T>(T value) => new(value, null);

    public static implicit operator PasqalOutcome<T>(PasqalFailure failure) => new(default, failure);
}
