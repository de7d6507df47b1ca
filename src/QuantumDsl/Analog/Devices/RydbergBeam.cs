namespace QuantumDsl.Analog;

/// <summary>One of the two lasers of a two-photon Rydberg excitation (Pulser's <c>RydbergBeam</c>).</summary>
public enum RydbergBeam
{
    /// <summary>The red beam (<c>RED</c>).</summary>
    Red,

    /// <summary>The blue beam (<c>BLUE</c>).</summary>
    Blue,
}

/// <summary>Wire names of <see cref="RydbergBeam"/>.</summary>
public static class RydbergBeamNames
{
    /// <summary><c>RED</c> or <c>BLUE</c>.</summary>
    public static string ToWire(this RydbergBeam beam) => beam == RydbergBeam.Red ? "RED" : "BLUE";

    /// <summary>Parses <c>RED</c> or <c>BLUE</c>.</summary>
    public static bool TryParse(string? text, out RydbergBeam beam)
    {
        beam = text == "RED" ? RydbergBeam.Red : RydbergBeam.Blue;
        return text is "RED" or "BLUE";
    }
}
