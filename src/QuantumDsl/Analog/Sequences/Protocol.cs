namespace QuantumDsl.Analog;

/// <summary>How a pulse is scheduled relative to the other channels (Pulser's <c>protocol</c>).</summary>
public enum Protocol
{
    /// <summary>Start as soon as the channel and the atoms it addresses are free (<c>min-delay</c>).</summary>
    MinDelay,

    /// <summary>Start as soon as the channel is free (<c>no-delay</c>).</summary>
    NoDelay,

    /// <summary>Start once every channel is free (<c>wait-for-all</c>).</summary>
    WaitForAll,
}
