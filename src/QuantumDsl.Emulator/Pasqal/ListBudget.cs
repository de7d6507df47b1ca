namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// Bounds a list page by size as well as by count: rows are taken in order until their estimated JSON size passes
/// <see cref="MaxBytes"/> (always at least one row). The page's <c>pagination.end</c> says where it stopped, and the
/// SDK (and the client) continue from there, so a page of large rows is only shorter, never wrong.
/// </summary>
internal static class ListBudget
{
    /// <summary>Target size of one list page.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>Size of a job on the wire besides its free-form fields (ids, statuses, timestamps, keys).</summary>
    private const int JobOverhead = 640;

    /// <summary>Size of a batch on the wire besides its free-form fields and job ids.</summary>
    private const int BatchOverhead = 1024;

    /// <summary>Size of one id in <c>job_ids</c>.</summary>
    private const int JobIdBytes = 40;

    public static IReadOnlyList<JobRow> Jobs(IReadOnlyList<JobRow> rows) =>
        Take(rows, j => JobOverhead + (j.Variables?.Length ?? 0) + j.Errors.Length);

    public static IReadOnlyList<BatchRow> Batches(IReadOnlyList<BatchRow> rows, Func<BatchRow, int> jobCount) =>
        Take(rows, b => BatchOverhead + (b.Webhook?.Length ?? 0) + (b.Configuration?.Length ?? 0) + (b.BackendConfiguration?.Length ?? 0)
            + b.Tags.Length + (JobIdBytes * (long)jobCount(b)));

    private static List<T> Take<T>(IReadOnlyList<T> rows, Func<T, long> size)
    {
        var taken = new List<T>(rows.Count);
        long total = 0;
        foreach (var row in rows)
        {
            total += size(row);
            if (taken.Count > 0 && total > MaxBytes)
            {
                break;
            }

            taken.Add(row);
        }

        return taken;
    }
}
