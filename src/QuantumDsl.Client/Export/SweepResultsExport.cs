using QuantumDsl.Export;

namespace QuantumDsl;

/// <summary>
/// <see cref="SweepResults{TPoint, TOutput}"/> as a <see cref="ResultTable"/>, to write as CSV or Parquet
/// (<c>await results.ToTable().WriteCsvAsync("results.csv")</c>). Every <c>[Param]</c> of the experiment is a column
/// (<c>wire_name [unit]</c>), swept or not; failed points are rows too, with the reason in <c>failure</c>.
/// </summary>
public static class SweepResultsExport
{
    /// <summary>Matter results: one row per point (see <see cref="MatterResultTable"/>).</summary>
    public static ResultTable ToTable<TPoint>(this SweepResults<TPoint, MatterPointOutput> results)
        where TPoint : IMatterExperiment
    {
        ArgumentNullException.ThrowIfNull(results);
        return MatterResultTable.Create(
            [.. results.Select(r => new MatterResultRow(r.Index, r.Point.ParameterValues, r.Output?.JobId ?? r.Failure?.JobId, r.Output?.Run,
                r.Output?.Values, Failure(r.Failure)))],
            Metadata<TPoint>(results.Count > 0 ? results[0].Point.JobName : null));
    }

    /// <summary>Analog results: one row per measured bitstring of each point (see <see cref="AnalogResultTable"/>).</summary>
    public static ResultTable ToTable<TPoint>(this SweepResults<TPoint, AnalogPointOutput> results)
        where TPoint : IAnalogExperiment
    {
        ArgumentNullException.ThrowIfNull(results);
        return AnalogResultTable.Create(
            [.. results.Select(r => new AnalogResultRow(r.Index, r.Point.ParameterValues, r.Output?.BatchId, r.Output?.JobId ?? r.Failure?.JobId,
                r.Output?.Result.Counter, Failure(r.Failure)))],
            Metadata<TPoint>(null));
    }

    private static string? Failure(PointFailure? failure) =>
        failure is null ? null : failure.Status is null ? failure.Reason : $"{failure.Reason} (status {failure.Status})";

    private static Dictionary<string, string> Metadata<TPoint>(string? jobName)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal) { ["quantumdsl.experiment"] = typeof(TPoint).Name };
        if (jobName is not null)
        {
            metadata["quantumdsl.job_name"] = jobName;
        }

        return metadata;
    }
}
