namespace QuantumDsl.Simulation.Pulser;

/// <summary>
/// A Pulser sequence (abstract representation) or a job's variables cannot be read, bound or emulated.
/// The message starts with the JSON path of the offending field, e.g.
/// <c>operations[3]: op 'enable_eom_mode' is not supported by the emulator</c>.
/// </summary>
public sealed class PulserSequenceException : Exception
{
    /// <summary>Creates the error for the field at <paramref name="path"/>.</summary>
    public PulserSequenceException(string path, string message)
        : base($"{path}: {message}") => Path = path;

    /// <summary>JSON path of the offending field, e.g. <c>operations[3].amplitude.duration</c>.</summary>
    public string Path { get; }
}
