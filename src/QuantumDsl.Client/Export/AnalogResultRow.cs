namespace QuantumDsl.Export;

/// <summary>
/// One job of an analog result table: which point (sweep index, or null for a downloaded batch), its variable
/// values, the Pasqal batch and job, the bitstring counts — or why there are none.
/// </summary>
/// <param name="Point">The sweep point's index, or null when the row comes from a batch rather than a sweep.</param>
/// <param name="Parameters">The point's parameter (variable) values, one column each.</param>
/// <param name="BatchId">The Pasqal batch id, or null when the point was never submitted.</param>
/// <param name="JobId">The Pasqal job id, or null.</param>
/// <param name="Counts">Measured bitstrings and how often each was seen, or null.</param>
/// <param name="Failure">Why there are no counts, or null.</param>
public sealed record AnalogResultRow(
    int? Point, IReadOnlyList<ParamValue> Parameters, string? BatchId, string? JobId, IReadOnlyDictionary<string, int>? Counts, string? Failure);
