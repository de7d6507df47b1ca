namespace QuantumDsl.Simulation.Rydberg;

/// <summary>
/// The outcome of an emulated job: <see cref="Counter"/> maps bitstrings (atom order = register order,
/// '1' = Rydberg) to shot counts, keys sorted; <see cref="Probabilities"/>[i] is the probability of the bitstring
/// that is i written in binary with N digits (only when requested).
/// </summary>
public sealed record RydbergResult(
    IReadOnlyDictionary<string, int> Counter,
    IReadOnlyList<double>? Probabilities,
    int AtomCount,
    int DurationNs,
    long MatrixVectorProducts);
