using System.Text.Json;
using QuantumDsl.Export;
using ParquetType = Parquet.Meta.Type;

namespace QuantumDsl.Client.Tests.Export;

public sealed class ResultTableTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("qdsl-export-");

    private static ResultTable Sample() => new(
    [
        ResultColumn.Int64("point", [0, 1, 2]),
        ResultColumn.Double("final_rf", [0.05, 0.1 + 0.2, null], "MHz", "parameter FinalRf"),
        ResultColumn.Double("odd", [double.NaN, double.PositiveInfinity, 12.0]),
        ResultColumn.Int64("temperature_nk", [120, null, -3]),
        ResultColumn.Boolean("flag", [true, false, true]),
        ResultColumn.Boolean("maybe", [true, null, false]),
        ResultColumn.String("note", ["plain", "a, \"quoted\" one", null]),
        ResultColumn.String("empty", [null, null, null]),
    ], new Dictionary<string, string> { ["quantumdsl.experiment"] = "Sample" });

    [Fact]
    public void Csv_has_a_header_of_names_with_units_and_invariant_round_trip_values()
    {
        var csv = ResultCsv.ToCsv(Sample());

        Assert.Equal(
            "point,final_rf [MHz],odd,temperature_nk,flag,maybe,note,empty\n"
            + "0,0.05,NaN,120,True,True,plain,\n"
            + "1,0.30000000000000004,inf,,False,,\"a, \"\"quoted\"\" one\",\n"
            + "2,,12.0,-3,True,False,,\n",
            csv);
        Assert.Equal(0.1 + 0.2, double.Parse("0.30000000000000004", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_table_refuses_columns_of_different_lengths_and_duplicate_names_naming_them()
    {
        var lengths = Assert.Throws<ArgumentException>(() => new ResultTable([ResultColumn.Int64("a", [1, 2]), ResultColumn.Double("b", [1.0], "ms")]));
        Assert.Contains("'b [ms]' has 1 values but 'a' has 2", lengths.Message, StringComparison.Ordinal);

        var twice = Assert.Throws<ArgumentException>(() => new ResultTable([ResultColumn.Int64("a", [1]), ResultColumn.String("a", ["x"])]));
        Assert.Contains("two columns are named 'a'", twice.Message, StringComparison.Ordinal);

        var unit = Assert.Throws<ArgumentException>(() => ResultColumn.Double("x", [1.0], ""));
        Assert.Contains("column 'x' has an empty unit", unit.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<KeyNotFoundException>(() => Sample()["nope"]);
        Assert.Contains("point, final_rf [MHz]", missing.Message, StringComparison.Ordinal);
        Assert.Same(Sample().Columns[1].Name, Sample()["final_rf"].Name);
    }

    [Fact]
    public async Task Writing_never_replaces_an_existing_file_unless_asked()
    {
        var path = Path.Combine(_directory.FullName, "t.csv");
        await Sample().WriteCsvAsync(path);

        var again = await Assert.ThrowsAsync<IOException>(() => Sample().WriteCsvAsync(path));
        Assert.Contains($"{path} already exists", again.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<IOException>(() => Sample().WriteParquetAsync(path));

        await new ResultTable([ResultColumn.Int64("x", [7])]).WriteCsvAsync(path, overwrite: true);
        Assert.Equal("x\n7\n", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Parquet_read_back_has_one_optional_typed_field_per_column_the_values_and_the_column_metadata()
    {
        var path = Path.Combine(_directory.FullName, "t.parquet");
        var table = Sample();
        await table.WriteParquetAsync(path);

        Assert.Equal("PAR1"u8.ToArray(), (await File.ReadAllBytesAsync(path))[..4]);
        var read = await ExportReadBack.ReadParquetAsync(path);
        Assert.Equal(3, read.RowCount);
        Assert.Equal(table.Columns.Select(c => c.Header), read.Fields.Select(f => f.Name));
        Assert.Equal(
            [ParquetType.INT64, ParquetType.DOUBLE, ParquetType.DOUBLE, ParquetType.INT64, ParquetType.BOOLEAN, ParquetType.BOOLEAN, ParquetType.BYTE_ARRAY, ParquetType.BYTE_ARRAY],
            read.Fields.Select(f => f.SchemaElement!.Type));
        Assert.All(read.Fields, f => Assert.Equal(Parquet.Meta.FieldRepetitionType.OPTIONAL, f.SchemaElement!.RepetitionType));
        Assert.All(read.Fields.Where(f => f.SchemaElement!.Type == ParquetType.BYTE_ARRAY), f => Assert.NotNull(f.SchemaElement!.LogicalType?.STRING));
        foreach (var column in table.Columns)
        {
            Assert.Equal(column.Values, read.Values[column.Header]);
        }

        Assert.Equal("Sample", read.Metadata["quantumdsl.experiment"]);
        using var columns = JsonDocument.Parse(read.Metadata[ResultParquet.ColumnsKey]);
        var rf = columns.RootElement[1];
        Assert.Equal("final_rf [MHz]", rf.GetProperty("field").GetString());
        Assert.Equal("final_rf", rf.GetProperty("name").GetString());
        Assert.Equal("MHz", rf.GetProperty("unit").GetString());
        Assert.Equal("parameter FinalRf", rf.GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Null, columns.RootElement[0].GetProperty("unit").ValueKind);
    }

    [PandasFact]
    public async Task Pandas_reads_the_csv_without_options_with_the_expected_dtypes_and_values()
    {
        var path = Path.Combine(_directory.FullName, "t.csv");
        var table = Sample();
        await table.WriteCsvAsync(path);

        var (exitCode, output) = await ExportReadBack.CheckWithPandasAsync(path, table);

        Assert.True(exitCode == 0, output);
        Assert.Contains("3 rows x 8 columns, 0 problem(s)", output, StringComparison.Ordinal);
    }

    [PandasFact]
    public async Task The_pandas_check_fails_on_a_csv_that_does_not_match()
    {
        var path = Path.Combine(_directory.FullName, "t.csv");
        await File.WriteAllTextAsync(path, "point,final_rf [MHz]\n0,0.05\n1,0.2\n");
        var table = new ResultTable([ResultColumn.Int64("point", [0, 1]), ResultColumn.Double("final_rf", [0.05, 0.25], "MHz")]);

        var (exitCode, output) = await ExportReadBack.CheckWithPandasAsync(path, table);

        Assert.Equal(1, exitCode);
        Assert.Contains("read_csv: final_rf [MHz] row 1: 0.2, expected 0.25", output, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
