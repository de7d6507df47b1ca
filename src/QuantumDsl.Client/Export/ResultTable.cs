namespace QuantumDsl.Export;

/// <summary>
/// A table of results, column by column, ready for <see cref="ResultCsv"/> (and Parquet, with the QuantumDsl.Export.Parquet
/// assembly's <c>WriteParquetAsync</c>): every column
/// has one value per row and a unique <see cref="ResultColumn.Header"/>. <see cref="Metadata"/> (for example the
/// experiment's name) goes into the Parquet file's key–value metadata.
/// </summary>
public sealed class ResultTable
{
    /// <summary>Checks that the columns have the same length and unique headers.</summary>
    /// <exception cref="ArgumentException">A column's length differs from the first's, or two columns share a header.</exception>
    public ResultTable(IEnumerable<ResultColumn> columns, IReadOnlyDictionary<string, string>? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        Columns = [.. columns];
        if (Columns.Count == 0)
        {
            throw new ArgumentException("columns: a result table needs at least one column", nameof(columns));
        }

        RowCount = Columns[0].Values.Count;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            if (column.Values.Count != RowCount)
            {
                throw new ArgumentException(
                    $"columns: column '{column.Header}' has {column.Values.Count} values but '{Columns[0].Header}' has {RowCount}; every column needs one value per row",
                    nameof(columns));
            }

            if (!seen.Add(column.Header))
            {
                throw new ArgumentException($"columns: two columns are named '{column.Header}'; column names must be unique", nameof(columns));
            }
        }

        Metadata = metadata is null ? new Dictionary<string, string>() : new Dictionary<string, string>(metadata, StringComparer.Ordinal);
    }

    /// <summary>The columns, in order.</summary>
    public IReadOnlyList<ResultColumn> Columns { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Key–value pairs describing the whole table (Parquet file metadata; not written to CSV).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; }

    /// <summary>The column whose <see cref="ResultColumn.Name"/> or <see cref="ResultColumn.Header"/> is <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such column (the message lists the columns).</exception>
    public ResultColumn this[string name] =>
        Columns.FirstOrDefault(c => c.Header == name) ?? Columns.FirstOrDefault(c => c.Name == name)
        ?? throw new KeyNotFoundException($"no column '{name}'; the columns are {string.Join(", ", Columns.Select(c => c.Header))}");

    /// <summary>Writes the table as CSV to <paramref name="path"/> (see <see cref="ResultCsv"/>).</summary>
    public Task WriteCsvAsync(string path, bool overwrite = false, CancellationToken cancellationToken = default) =>
        ResultCsv.WriteAsync(this, path, overwrite, cancellationToken);
}
