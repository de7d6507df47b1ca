using QuantumDsl.Matter;

namespace QuantumDsl.Export;

/// <summary>
/// One row of a matter result table: which point (sweep index, or null for a downloaded job), its parameter or input
/// values, the Oqtant job and run, and the output — or why there is none.
/// </summary>
/// <param name="Point">The sweep point's index, or null when the row comes from a job rather than a sweep.</param>
/// <param name="Parameters">The point's parameter values (or a job run's input values), one column each.</param>
/// <param name="JobId">The Oqtant job's external id, or null when the point was never submitted.</param>
/// <param name="Run">The run (input) within the job, from 1, or null.</param>
/// <param name="Output">The output values, or null.</param>
/// <param name="Failure">Why there is no output, or null.</param>
public sealed record MatterResultRow(
    int? Point, IReadOnlyList<ParamValue> Parameters, string? JobId, int? Run, OutputValues? Output, string? Failure);
