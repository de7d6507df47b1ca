using QuantumDsl.Client.Tests.Running;
using QuantumDsl.Client.Tests.Support;
using QuantumDsl.Export;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Tests.Export;

/// <summary>Sweeps run on the emulator, exported, and read back (Parquet.Net reader; pandas when installed).</summary>
public sealed class SweepExportTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>, IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("qdsl-sweep-export-");

    private QuantumClient Client() => emulator.Client(new SweepRunOptions { JournalDirectory = emulator.JournalDirectory, RunName = Guid.NewGuid().ToString() });

    [Fact]
    public async Task A_two_axis_matter_sweep_exports_one_row_per_point_with_both_axes_ids_and_outputs()
    {
        using var client = Client();
        var results = await TwoAxisScan.Sweep.RunAsync(client);

        var table = results.ToTable();

        Assert.Equal(
            ["point", "final_rf [MHz]", "time_of_flight [ms]", "job_id", "run", "output", "failure", "temperature_nk", "temperature_is_lower_bound",
             "temperature_is_upper_bound", "total_mot_atom_number", "tof_atom_number", "thermal_atom_number", "condensed_atom_number", "condensed_fraction"],
            table.Columns.Select(c => c.Header));
        Assert.Equal(6, table.RowCount);
        Assert.Equal(TwoAxisScan.Sweep.Select(p => (object?)p.FinalRf), table["final_rf"].Values);
        Assert.Equal(TwoAxisScan.Sweep.Select(p => (object?)p.TimeOfFlight), table["time_of_flight"].Values);
        Assert.Equal(2, table["final_rf"].Values.Distinct().Count());
        Assert.Equal(3, table["time_of_flight"].Values.Distinct().Count());
        Assert.Equal(results.Select(r => (object?)r.Output!.JobId), table["job_id"].Values);
        Assert.Equal(Enumerable.Range(1, 6).Select(r => (object?)(long)r), table["run"].Values);
        Assert.All(table["output"].Values, v => Assert.Equal(MatterResultTable.TimeOfFlight, v));
        Assert.All(table["failure"].Values, Assert.Null);
        var tof = results.Select(r => (NonPlotOutput)r.Output!.Values).ToList();
        Assert.Equal(tof.Select(t => (object?)(long)t.TemperatureNk), table["temperature_nk"].Values);
        Assert.Equal(tof.Select(t => (object?)t.CondensedFraction), table["condensed_fraction"].Values);
        Assert.Equal(tof.Select(t => (object?)t.TemperatureIsLowerBound), table["temperature_is_lower_bound"].Values);
        Assert.Equal("TwoAxisScan", table.Metadata["quantumdsl.experiment"]);
        Assert.Equal("matter", table.Metadata["quantumdsl.kind"]);

        var parquet = Path.Combine(_directory.FullName, "matter.parquet");
        await table.WriteParquetAsync(parquet);
        var read = await ExportReadBack.ReadParquetAsync(parquet);
        Assert.Equal(table.Columns.Select(c => c.Header), read.Fields.Select(f => f.Name));
        foreach (var column in table.Columns)
        {
            Assert.Equal(column.Values, read.Values[column.Header]);
        }
    }

    [Fact]
    public async Task A_failed_point_is_a_row_with_its_reason_and_no_numbers()
    {
        using var client = Client();
        var results = await LifetimeScanShort.Sweep.RunAsync(client);
        var table = results.ToTable();

        var failed = Assert.Single(results.Failed);
        Assert.Equal(3, table.RowCount);
        Assert.Contains("invalid point", (string)table["failure"].Values[failed.Index]!, StringComparison.Ordinal);
        Assert.Null(table["temperature_nk"].Values[failed.Index]);
        Assert.Null(table["job_id"].Values[failed.Index]);
        Assert.Equal(-5.0, table["lifetime"].Values[failed.Index]);
        Assert.All(results.Succeeded, r => Assert.NotNull(table["temperature_nk"].Values[r.Index]));
    }

    [Fact]
    public async Task An_analog_sweep_exports_a_long_table_of_kets_counts_and_probabilities_per_job()
    {
        using var client = Client();
        var results = await RabiScan.Sweep.RunAsync(client);

        var table = results.ToTable();

        Assert.Equal(["point", "omega_max [rad/us]", "batch_id", "job_id", "failure", "bitstring", "count", "shots", "probability"],
            table.Columns.Select(c => c.Header));
        var expectedRows = results.Sum(r => r.Output!.Result.Counter.Count);
        Assert.Equal(expectedRows, table.RowCount);
        for (var row = 0; row < table.RowCount; row++)
        {
            var point = results[(int)(long)table["point"].Values[row]!];
            Assert.Equal(point.Point.OmegaMax, table["omega_max"].Values[row]);
            Assert.Equal(point.Output!.JobId, table["job_id"].Values[row]);
            var ket = (string)table["bitstring"].Values[row]!;
            Assert.Matches("^\\|[01]{2}>$", ket);
            Assert.Equal((long)point.Output.Result.Counter[ket[1..^1]], table["count"].Values[row]);
            Assert.Equal(500L, table["shots"].Values[row]);
            Assert.Equal((long)table["count"].Values[row]! / 500.0, table["probability"].Values[row]);
        }

        Assert.Equal(12, table["point"].Values.Distinct().Count());
    }

    [PandasFact]
    public async Task Pandas_reads_both_exports_of_real_sweeps_without_options()
    {
        using var client = Client();
        foreach (var (name, table) in new[]
        {
            ("matter", (await TwoAxisScan.Sweep.RunAsync(client)).ToTable()),
            ("analog", (await RabiScan.Sweep.RunAsync(client)).ToTable()),
        })
        {
            var path = Path.Combine(_directory.FullName, name + ".csv");
            await table.WriteCsvAsync(path);
            var (exitCode, output) = await ExportReadBack.CheckWithPandasAsync(path, table);
            Assert.True(exitCode == 0, name + ": " + output);
        }
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
