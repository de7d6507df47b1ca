namespace QuantumDsl.Simulation.Matter;

/// <summary>
/// A valid input that this engine cannot run (for example one that needs more GPE time steps than
/// <see cref="MatterEngineOptions.MaxEvolutionSteps"/> allows). The message is the reason, written for the user: the
/// emulator reports it as the run's failure.
/// </summary>
public sealed class MatterRunException : Exception
{
    /// <summary>Creates the exception with its reason.</summary>
    public MatterRunException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its reason and cause.</summary>
    public MatterRunException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception without a reason (prefer the constructors that give one).</summary>
    public MatterRunException()
        : base("The matter engine could not run this input.")
    {
    }
}
