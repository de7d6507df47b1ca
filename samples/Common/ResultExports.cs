using QuantumDsl.Export;

namespace QuantumDsl.Samples;

/// <summary>Writes a sample's results with the library's export: <c>results.csv</c> (pandas-ready) and <c>results.parquet</c>.</summary>
public static class ResultExports
{
    /// <summary>The two file names, for a sample's list of files.</summary>
    public static readonly IReadOnlyList<string> Files = ["results.csv", "results.parquet"];

    /// <summary>Writes <paramref name="table"/> to this run's <c>results.csv</c> and <c>results.parquet</c>.</summary>
    public static async Task SaveAsync(OutputFiles files, ResultTable table, bool force, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(table);
        await table.WriteCsvAsync(files.PathOf("results.csv"), force, cancellationToken);
        await table.WriteParquetAsync(files.PathOf("results.parquet"), force, cancellationToken);
    }
}
