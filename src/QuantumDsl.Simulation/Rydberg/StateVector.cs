namespace QuantumDsl.Simulation.Rydberg;

/// <summary>A complex vector stored as separate real and imaginary arrays (vectorisable spans of doubles).</summary>
internal sealed class StateVector(int length)
{
    public double[] Re { get; } = new double[length];

    public double[] Im { get; } = new double[length];

    public int Length => Re.Length;

    public void CopyFrom(StateVector other)
    {
        other.Re.AsSpan().CopyTo(Re);
        other.Im.AsSpan().CopyTo(Im);
    }
}
