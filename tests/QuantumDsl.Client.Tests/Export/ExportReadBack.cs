using System.Diagnostics;
using System.Text.Json;
using Parquet;
using Parquet.Schema;
using QuantumDsl.Export;

namespace QuantumDsl.Client.Tests.Export;

/// <summary>Reads exports back: Parquet with Parquet.Net's reader, CSV with pandas (check_export.py).</summary>
internal static class ExportReadBack
{
    /// <summary>A Parquet file's fields, metadata and values (boxed, null where missing).</summary>
    public sealed record ParquetContent(IReadOnlyList<DataField> Fields, IReadOnlyDictionary<string, string> Metadata, long RowCount,
        IReadOnlyDictionary<string, IReadOnlyList<object?>> Values);

    public static async Task<ParquetContent> ReadParquetAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path);
        Assert.Equal(1, reader.RowGroupCount);
        using var group = reader.OpenRowGroupReader(0);
        var rows = (int)group.RowCount;
        var values = new Dictionary<string, IReadOnlyList<object?>>(StringComparer.Ordinal);
        foreach (var field in reader.Schema.DataFields)
        {
            values[field.Name] = field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>)
                ? await ReadStringsAsync(group, field, rows)
                : field.ClrType == typeof(long) ? await ReadAsync<long>(group, field, rows)
                : field.ClrType == typeof(double) ? await ReadAsync<double>(group, field, rows)
                : field.ClrType == typeof(bool) ? await ReadAsync<bool>(group, field, rows)
                : throw new InvalidOperationException($"unexpected field type {field.ClrType} of {field.Name}");
        }

        return new ParquetContent(reader.Schema.DataFields, new Dictionary<string, string>(reader.CustomMetadata), group.RowCount, values);
    }

    /// <summary>Runs check_export.py on <paramref name="csvPath"/> against <paramref name="table"/>; returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> CheckWithPandasAsync(string csvPath, ResultTable table)
    {
        var expected = csvPath + ".expected.json";
        await File.WriteAllTextAsync(expected, ToJson(table));
        var script = Path.Combine(AppContext.BaseDirectory, "Export", "check_export.py");
        using var process = Process.Start(new ProcessStartInfo(PandasFactAttribute.Python, [script, csvPath, expected])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, output + error);
    }

    private static string ToJson(ResultTable table)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("columns");
            foreach (var column in table.Columns)
            {
                json.WriteStartObject();
                json.WriteString("header", column.Header);
                json.WriteString("type", column.Type.ToString());
                json.WriteStartArray("values");
                foreach (var value in column.Values)
                {
                    switch (value)
                    {
                        case null: json.WriteNullValue(); break;
                        case long l: json.WriteNumberValue(l); break;
                        case double d when double.IsNaN(d): json.WriteStringValue("NaN"); break;
                        case double d when double.IsInfinity(d): json.WriteStringValue(d > 0 ? "inf" : "-inf"); break;
                        case double d: json.WriteNumberValue(d); break;
                        case bool b: json.WriteBooleanValue(b); break;
                        case string s: json.WriteStringValue(s); break;
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static async Task<IReadOnlyList<object?>> ReadAsync<T>(ParquetRowGroupReader group, DataField field, int rows)
        where T : struct
    {
        var buffer = new T?[rows];
        await group.ReadAsync<T>(field, buffer.AsMemory());
        return [.. buffer.Select(v => v is { } x ? (object)x : null)];
    }

    private static async Task<IReadOnlyList<object?>> ReadStringsAsync(ParquetRowGroupReader group, DataField field, int rows)
    {
        var buffer = new string?[rows];
        await group.ReadAsync(field, buffer.AsMemory());
        return [.. buffer.Select(v => (object?)v)];
    }
}
