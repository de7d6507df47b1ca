namespace QuantumDsl.Analog;

/// <summary>
/// A rule Pulser enforces while building a sequence was broken; carries the <see cref="Violation"/> (path relative to
/// the thrower until the scheduler prefixes the operation's path).
/// </summary>
internal sealed class ScheduleException(Violation violation) : Exception(violation.Message)
{
    public Violation Violation { get; } = violation;

    public static ScheduleException Rule(string path, string value, string rule) => new(Violation.Rule(path, value, rule));

    /// <summary>The same violation under <paramref name="prefix"/> (for example <c>operations[3].amplitude</c>).</summary>
    public ScheduleException Under(string prefix)
    {
        var path = Violation.Path.Length == 0 ? prefix : prefix + "." + Violation.Path;
        var message = path + Violation.Message[Violation.Path.Length..];
        return new ScheduleException(Violation with { Path = path, Message = message });
    }
}
