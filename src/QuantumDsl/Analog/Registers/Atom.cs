namespace QuantumDsl.Analog;

/// <summary>One atom of a <see cref="Register"/>: its qubit id and position in µm (<see cref="Z"/> is 0 in 2D).</summary>
/// <param name="Id">Qubit id, for example <c>q0</c>.</param>
/// <param name="X">x in µm.</param>
/// <param name="Y">y in µm.</param>
/// <param name="Z">z in µm (3D registers only).</param>
public sealed record Atom(string Id, double X, double Y, double Z = 0)
{
    /// <summary>Distance from the origin in µm.</summary>
    public double RadialDistance => Math.Sqrt((X * X) + (Y * Y) + (Z * Z));

    /// <summary>Distance to <paramref name="other"/> in µm.</summary>
    public double DistanceTo(Atom other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double dx = X - other.X, dy = Y - other.Y, dz = Z - other.Z;
        return Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));
    }
}
