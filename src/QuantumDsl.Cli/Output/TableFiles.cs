using QuantumDsl.Export;

namespace QuantumDsl.Cli.Output;

/// <summary>The table formats of <c>jobs download</c> and <c>batches download</c>: <c>csv</c> and <c>parquet</c> (never overwriting).</summary>
internal static class TableFiles
{
    public const string Csv = "csv";

    public const string Parquet = "parquet";

    /// <summary>Writes <paramref name="table"/> as <c>&lt;stem&gt;.csv</c> and/or <c>&lt;stem&gt;.parquet</c> in <paramref name="directory"/>; returns the paths.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(ResultTable table, string directory, string stem, IEnumerable<string> formats,
        CancellationToken cancellationToken)
    {
        var written = new List<string>();
        foreach (var format in formats.Distinct(StringComparer.Ordinal))
        {
            var path = Path.Combine(directory, stem + "." + format);
            if (format == Csv)
            {
                await table.WriteCsvAsync(path, overwrite: false, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await table.WriteParquetAsync(path, overwrite: false, cancellationToken).ConfigureAwait(false);
            }

            written.Add(path);
        }

        return written;
    }
}
