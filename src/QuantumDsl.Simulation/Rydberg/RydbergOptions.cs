namespace QuantumDsl.Simulation.Rydberg;

/// <summary>Emulation settings; the defaults suit Pasqal jobs.</summary>
public sealed record RydbergOptions
{
    /// <summary>Largest register the engine accepts (2^24 amplitudes × ~32 Krylov vectors ≈ 8 GiB).</summary>
    public const int MaxAtoms = 24;

    /// <summary>Default options.</summary>
    public static RydbergOptions Default { get; } = new();

    /// <summary>Krylov error tolerance per propagation step (2-norm of the state error).</summary>
    public double Tolerance { get; init; } = 1e-10;

    /// <summary>Length of a piecewise-constant Hamiltonian step in ns; null = the channels' clock period.</summary>
    public int? StepNs { get; init; }

    /// <summary>Whether <see cref="RydbergResult.Probabilities"/> is filled (2^N numbers).</summary>
    public bool IncludeProbabilities { get; init; }
}
