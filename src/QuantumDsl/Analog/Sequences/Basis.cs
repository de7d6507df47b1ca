namespace QuantumDsl.Analog;

/// <summary>A measurement / addressing basis (wire names <c>ground-rydberg</c>, <c>digital</c>, <c>XY</c>).</summary>
public enum Basis
{
    /// <summary>|g⟩ ↔ |r⟩, addressed by Rydberg channels (<c>ground-rydberg</c>).</summary>
    GroundRydberg,

    /// <summary>Hyperfine |g⟩ ↔ |h⟩, addressed by Raman channels (<c>digital</c>).</summary>
    Digital,

    /// <summary>Two Rydberg levels, addressed by the microwave channel (<c>XY</c>).</summary>
    XY,
}

/// <summary>Wire names of <see cref="Basis"/>.</summary>
public static class BasisNames
{
    /// <summary>The wire name: <c>ground-rydberg</c>, <c>digital</c> or <c>XY</c>.</summary>
    public static string ToWire(this Basis basis) => basis switch
    {
        Basis.GroundRydberg => "ground-rydberg",
        Basis.Digital => "digital",
        Basis.XY => "XY",
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "Unknown basis."),
    };

    /// <summary>Parses a wire name; false when unknown.</summary>
    public static bool TryParse(string? wire, out Basis basis)
    {
        foreach (var candidate in Enum.GetValues<Basis>())
        {
            if (string.Equals(candidate.ToWire(), wire, StringComparison.Ordinal))
            {
                basis = candidate;
                return true;
            }
        }

        basis = default;
        return false;
    }
}
