namespace QuantumDsl.Analog;

/// <summary>
/// A Pulser abstract-representation JSON cannot be read: the message starts with the JSON path of the offending field
/// and gives the reason, for example <c>operations[3].amplitude.kind: 'gaussian' is not a waveform kind (...)</c>.
/// </summary>
public sealed class AbstractReprException : Exception
{
    /// <summary>Creates the error for the field at <paramref name="path"/>.</summary>
    public AbstractReprException(string path, string reason)
        : base($"{path}: {reason}")
    {
        Path = path;
        Reason = reason;
    }

    /// <summary>JSON path of the offending field, for example <c>operations[3].amplitude.duration</c> (<c>$</c>: the document).</summary>
    public string Path { get; }

    /// <summary>Why it cannot be read.</summary>
    public string Reason { get; }
}
