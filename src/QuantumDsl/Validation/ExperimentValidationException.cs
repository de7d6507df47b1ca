namespace QuantumDsl;

/// <summary>
/// Thrown when an experiment, job or sequence breaks one or more rules. Lists <b>every</b> violation, never just the
/// first; the message has one line per violation.
/// </summary>
public sealed class ExperimentValidationException : Exception
{
    /// <summary>Creates the exception from at least one violation.</summary>
    public ExperimentValidationException(IReadOnlyList<Violation> violations)
        : base(BuildMessage(violations))
    {
        Violations = violations;
    }

    /// <summary>Every violation found, in the order they were found.</summary>
    public IReadOnlyList<Violation> Violations { get; }

    /// <summary>Throws when <paramref name="violations"/> is not empty.</summary>
    public static void ThrowIfAny(IReadOnlyList<Violation> violations)
    {
        if (violations.Count > 0)
        {
            throw new ExperimentValidationException(violations);
        }
    }

    private static string BuildMessage(IReadOnlyList<Violation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (violations.Count == 0)
        {
            throw new ArgumentException("An ExperimentValidationException needs at least one violation.", nameof(violations));
        }

        var header = violations.Count == 1 ? "1 violation:" : $"{violations.Count} violations:";
        return header + Environment.NewLine + string.Join(Environment.NewLine, violations.Select(v => "  " + v.Message));
    }
}
