namespace QuantumDsl.Analog;

/// <summary>Device channel ids as Pulser names them (<c>&lt;type&gt;_&lt;addressing&gt;</c>).</summary>
public static class Channels
{
    /// <summary>Global Rydberg channel (basis <c>ground-rydberg</c>).</summary>
    public const string RydbergGlobal = "rydberg_global";

    /// <summary>Local (targeted) Rydberg channel.</summary>
    public const string RydbergLocal = "rydberg_local";

    /// <summary>Global Raman channel (basis <c>digital</c>).</summary>
    public const string RamanGlobal = "raman_global";

    /// <summary>Local (targeted) Raman channel.</summary>
    public const string RamanLocal = "raman_local";

    /// <summary>Global microwave channel (basis <c>XY</c>).</summary>
    public const string Microwave = "mw_global";
}
