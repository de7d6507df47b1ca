using System.Text;
using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace QuantumDsl.Export;

/// <summary>
/// Writes a <see cref="ResultTable"/> as an Apache Parquet file (Parquet.Net; readable by pyarrow, pandas, polars,
/// DuckDB, Spark): one row group, one optional (nullable) field per column named by its
/// <see cref="ResultColumn.Header"/> — <c>INT64</c>, <c>DOUBLE</c>, <c>BOOLEAN</c> or UTF-8 <c>BYTE_ARRAY</c> (logical
/// type STRING). The file's key–value metadata holds the table's <see cref="ResultTable.Metadata"/> and, under
/// <see cref="ColumnsKey"/>, a JSON array describing each column: <c>{"field", "name", "unit", "description", "type"}</c>.
/// This assembly is separate from QuantumDsl.Client because Parquet.Net is not NativeAOT/trim clean.
/// </summary>
public static class ResultParquet
{
    /// <summary>The metadata key of the JSON array that describes every column (name, unit, description).</summary>
    public const string ColumnsKey = "quantumdsl.columns";

    /// <summary>Writes <paramref name="table"/> to <paramref name="stream"/> (writable and seekable).</summary>
    public static async Task WriteAsync(ResultTable table, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        var fields = table.Columns.Select(Field).ToArray();
        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            var metadata = new Dictionary<string, string>(table.Metadata, StringComparer.Ordinal) { [ColumnsKey] = DescribeColumns(table) };
            writer.CustomMetadata = metadata;
            using var group = writer.CreateRowGroup();
            for (var i = 0; i < fields.Length; i++)
            {
                await WriteColumnAsync(group, fields[i], table.Columns[i], cancellationToken).ConfigureAwait(false);
            }

            group.CompleteValidate();
        }
    }

    /// <summary>Writes <paramref name="table"/> as a Parquet file to a new file at <paramref name="path"/> (<c>table.WriteParquetAsync(path)</c>).</summary>
    /// <exception cref="IOException">The file exists and <paramref name="overwrite"/> is false.</exception>
    public static async Task WriteParquetAsync(this ResultTable table, string path, bool overwrite = false, CancellationToken cancellationToken = default)
    {
        var stream = ResultFiles.Create(path, overwrite);
        await using (stream.ConfigureAwait(false))
        {
            await WriteAsync(table, stream, cancellationToken).ConfigureAwait(false);
        }
    }

    private static DataField Field(ResultColumn column) => column.Type switch
    {
        ResultColumnType.Int64 => new DataField<long?>(column.Header),
        ResultColumnType.Double => new DataField<double?>(column.Header),
        ResultColumnType.Boolean => new DataField<bool?>(column.Header),
        _ => new DataField<string>(column.Header, nullable: true),
    };

    private static Task WriteColumnAsync(ParquetRowGroupWriter group, DataField field, ResultColumn column, CancellationToken cancellationToken) =>
        column.Type switch
        {
            ResultColumnType.Int64 => group.WriteAsync<long>(field, Values<long>(column), cancellationToken: cancellationToken),
            ResultColumnType.Double => group.WriteAsync<double>(field, Values<double>(column), cancellationToken: cancellationToken),
            ResultColumnType.Boolean => group.WriteAsync<bool>(field, Values<bool>(column), cancellationToken: cancellationToken),
            _ => group.WriteAsync(field, [.. column.Values.Select(v => (string?)v)!]),
        };

    private static ReadOnlyMemory<T?> Values<T>(ResultColumn column)
        where T : struct =>
        column.Values.Select(v => v is null ? (T?)null : (T)v).ToArray();

    private static string DescribeColumns(ResultTable table)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var column in table.Columns)
            {
                json.WriteStartObject();
                json.WriteString("field", column.Header);
                json.WriteString("name", column.Name);
                json.WriteString("unit", column.Unit);
                json.WriteString("description", column.Description);
                json.WriteString("type", column.Type.ToString());
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
