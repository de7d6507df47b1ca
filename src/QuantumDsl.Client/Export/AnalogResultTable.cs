using QuantumDsl.Client.Pasqal;

namespace QuantumDsl.Export;

/// <summary>
/// Analog (Pasqal) results as a long <see cref="ResultTable"/>: one row per measured bitstring of each job —
/// <c>point</c>, one column per parameter (<c>omega_max [rad/us]</c>, …), <c>batch_id</c>, <c>job_id</c>,
/// <c>failure</c>, <c>bitstring</c>, <c>count</c>, <c>shots</c> (the job's total count) and <c>probability</c>
/// (count / shots). Bitstrings are written as kets, <c>|0101&gt;</c>: a bare <c>0101</c> would be read by pandas as
/// the number 101. A job without counts is one row with empty bitstring and count and the reason in <c>failure</c>.
/// Within a job, rows are in bitstring order.
/// </summary>
public static class AnalogResultTable
{
    /// <summary>The ket written for <paramref name="bitstring"/> (<c>0101</c> → <c>|0101&gt;</c>).</summary>
    public static string Ket(string bitstring) => "|" + bitstring + ">";

    /// <summary>The table of <paramref name="rows"/>; parameter columns follow the first row's parameters.</summary>
    /// <exception cref="ArgumentException">A row's parameters differ from the first row's.</exception>
    public static ResultTable Create(IReadOnlyList<AnalogResultRow> rows, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var lines = rows.SelectMany(Expand).ToList();
        var parameters = ParameterColumns.Create(lines.Select(l => l.Row.Parameters).ToList());
        var meta = new Dictionary<string, string>(StringComparer.Ordinal) { ["quantumdsl.kind"] = "analog" };
        foreach (var (key, value) in metadata ?? new Dictionary<string, string>())
        {
            meta[key] = value;
        }

        return new ResultTable(
        [
            ResultColumn.Int64("point", lines.Select(l => (long?)l.Row.Point), description: "index of the point in the sweep, from 0"),
            .. parameters,
            ResultColumn.String("batch_id", lines.Select(l => l.Row.BatchId), description: "Pasqal batch id"),
            ResultColumn.String("job_id", lines.Select(l => l.Row.JobId), description: "Pasqal job id"),
            ResultColumn.String("failure", lines.Select(l => l.Row.Failure), description: "why the job has no counts; empty when it has"),
            ResultColumn.String("bitstring", lines.Select(l => l.Bitstring is null ? null : Ket(l.Bitstring)),
                description: "measured basis state as a ket |q0 q1 ...>, one digit per atom in register order"),
            ResultColumn.Int64("count", lines.Select(l => (long?)l.Count), description: "shots that measured this bitstring"),
            ResultColumn.Int64("shots", lines.Select(l => l.Shots), description: "the job's shots in total (sum of its counts)"),
            ResultColumn.Double("probability", lines.Select(l => l.Shots is > 0 && l.Count is { } c ? (double?)c / l.Shots.Value : null),
                description: "count / shots"),
        ], meta);
    }

    /// <summary>
    /// The table of a downloaded batch's jobs (in the order given): the parameters are the jobs' variables, named by
    /// wire name without units — a number is one column, an array one column per element (<c>omegas[0]</c>, …) and the
    /// <c>qubits</c> trap map one column per qubit (<c>qubits.q0</c>); a job without a column's variable has NaN there.
    /// <paramref name="results"/> gives each job's counts by job id.
    /// </summary>
    /// <exception cref="ArgumentException">A variable is neither a number, an array of numbers nor the qubits map.</exception>
    public static ResultTable FromJobs(IReadOnlyList<PasqalJobInfo> jobs, IReadOnlyDictionary<string, PasqalJobResult?> results)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(results);
        var parameters = JobVariableColumns.Create(jobs);
        var rows = jobs.Select((job, j) =>
        {
            var counts = results.TryGetValue(job.Id, out var result) ? result?.Counter : null;
            counts ??= job.Result ?? job.FullResult?.Counter;
            return new AnalogResultRow(null, parameters[j], job.BatchId, job.Id, counts,
                counts is null ? "no counts: job status " + WireEnum<PasqalJobStatus>.Name(job.Status) : null);
        }).ToList();
        return Create(rows);
    }

    private static IEnumerable<Line> Expand(AnalogResultRow row)
    {
        if (row.Counts is null or { Count: 0 })
        {
            yield return new Line(row, null, null, row.Counts is null ? null : 0);
            yield break;
        }

        long shots = row.Counts.Values.Sum();
        foreach (var (bitstring, count) in row.Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            yield return new Line(row, bitstring, count, shots);
        }
    }

    private sealed record Line(AnalogResultRow Row, string? Bitstring, int? Count, long? Shots);
}
