using System.Globalization;
using System.Text.Json;
using Parquet;
using QuantumDsl.Cli.Tests.Infrastructure;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Matter;

namespace QuantumDsl.Cli.Tests;

/// <summary>
/// <c>jobs show</c> / <c>batches show</c> print the numbers, and <c>jobs download</c> / <c>batches download</c> write the
/// library's CSV and Parquet tables, against a real emulator.
/// </summary>
[Collection(EmulatorCollection.Name)]
public sealed class ExportCommandTests(Emulators emulators) : IDisposable
{
    private readonly Qdsl qdsl = new();

    public void Dispose() => qdsl.Dispose();

    private static string Unique(string stem) => stem + "-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<(string Id, OqtantJob Run1, OqtantJob Run2)> CompletedJobAsync(string name)
    {
        var id = await Work.SubmitJobAsync(emulators.Fast, Unique(name), inputs: 2);
        var tracked = await qdsl.RunAsync(emulators.Fast, "jobs", "track", id, "--poll-seconds", "0.05");
        Assert.Equal(0, tracked.ExitCode);
        using var client = OqtantClient.Create(emulators.Fast.DevToken, new OqtantClientOptions { Endpoint = emulators.Fast.OqtantBaseUrl });
        return (id, await client.GetJobAsync(id, 1), await client.GetJobAsync(id, 2));
    }

    [Fact]
    public async Task Jobs_show_prints_the_runs_numbers_instead_of_output_yes()
    {
        var (id, run1, _) = await CompletedJobAsync("show-numbers");

        var result = await qdsl.RunAsync(emulators.Fast, "jobs", "show", id);

        Assert.Equal(0, result.ExitCode);
        var tof = Assert.IsType<NonPlotOutput>(run1.Inputs[0].Output!.Values);
        var line = result.Out.Split('\n').Single(l => l.TrimStart().StartsWith("│ 1 ", StringComparison.Ordinal));
        var cells = line.Split('│', StringSplitOptions.TrimEntries).Where(c => c.Length > 0).ToArray();
        Assert.Equal(["1", "7", "0.045", "TIME_OF_FLIGHT", "time_of_flight"], cells[..5]);
        Assert.EndsWith(tof.TemperatureNk.ToString(CultureInfo.InvariantCulture), cells[5], StringComparison.Ordinal);
        Assert.Equal(tof.TotalMotAtomNumber.ToString(CultureInfo.InvariantCulture), cells[6]);
        Assert.Equal(tof.TofAtomNumber.ToString(CultureInfo.InvariantCulture), cells[7]);
        Assert.Equal(tof.CondensedAtomNumber.ToString(CultureInfo.InvariantCulture), cells[8]);
        Assert.Equal(tof.CondensedFraction.ToString("0.000", CultureInfo.InvariantCulture), cells[9]);
        Assert.DoesNotContain("│ yes", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jobs_download_writes_csv_and_parquet_tables_of_every_run_and_never_overwrites()
    {
        var (id, run1, run2) = await CompletedJobAsync("download-table");
        var directory = Path.Combine(qdsl.Directory, "tables");

        var result = await qdsl.RunAsync(emulators.Fast, "jobs", "download", id, "-o", directory, "--format", "csv", "--format", "parquet", "--json");
        var again = await qdsl.RunAsync(emulators.Fast, "jobs", "download", id, "-o", directory, "--format", "csv");
        var bad = await qdsl.RunAsync(emulators.Fast, "jobs", "download", id, "--format", "xlsx");

        Assert.Equal(0, result.ExitCode);
        string[] expected = [Path.Combine(directory, id + ".csv"), Path.Combine(directory, id + ".parquet")];
        Assert.Equal(expected, JsonSerializer.Deserialize<string[]>(result.Out, JsonSerializerOptionsForTests.Default));
        var csv = File.ReadAllLines(expected[0]);
        var header = csv[0].Split(',');
        Assert.Equal(["point", "time_of_flight [ms]", "rf_final_frequency [MHz]", "lifetime [ms]", "job_id", "run"], header[..6]);
        var rows = csv[1..].Select(l => l.Split(',')).ToList();
        Assert.Equal([["", "7.0", "0.045", "0.0", id, "1"], ["", "8.0", "0.045", "0.0", id, "2"]], rows.Select(r => r[..6]));
        var temperature = Array.IndexOf(header, "temperature_nk");
        Assert.Equal([Temperature(run1), Temperature(run2)], rows.Select(r => r[temperature]));

        await using var parquet = await ParquetReader.CreateAsync(expected[1]);
        Assert.Equal(header, parquet.Schema.DataFields.Select(f => f.Name));
        using var group = parquet.OpenRowGroupReader(0);
        Assert.Equal(2, group.RowCount);
        var temperatures = new long?[2];
        await group.ReadAsync<long>(parquet.Schema.DataFields[temperature], temperatures.AsMemory());
        Assert.Equal([long.Parse(Temperature(run1), CultureInfo.InvariantCulture), long.Parse(Temperature(run2), CultureInfo.InvariantCulture)], temperatures);

        Assert.Equal(1, again.ExitCode);
        Assert.Contains($"{expected[0]} already exists", Assert.Single(again.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("xlsx", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batches_show_prints_counts_and_download_writes_one_row_per_bitstring()
    {
        var id = await Work.CreateBatchAsync(emulators.Fast, jobs: 2);
        using var client = PasqalClient.Create(new PasqalClientOptions { Endpoint = emulators.Fast.PasqalCoreUrl, Token = emulators.Fast.DevToken });
        var batch = await client.GetBatchAsync(id);
        await batch.WaitForCompletionAsync();
        var results = await batch.GetResultsAsync();
        var directory = Path.Combine(qdsl.Directory, "batches");

        var show = await qdsl.RunAsync(emulators.Fast, "batches", "show", id);
        var download = await qdsl.RunAsync(emulators.Fast, "batches", "download", id, "-o", directory, "--format", "csv", "--format", "parquet");

        Assert.Equal(0, show.ExitCode);
        foreach (var (job, result) in results)
        {
            var top = result!.Counter.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First();
            Assert.Contains($"{top.Key}: {top.Value}", show.Out.Split('\n').Single(l => l.Contains(job.Id, StringComparison.Ordinal)), StringComparison.Ordinal);
        }

        Assert.Equal(0, download.ExitCode);
        var csv = File.ReadAllLines(Path.Combine(directory, id + ".csv"));
        Assert.Equal("point,omega,batch_id,job_id,failure,bitstring,count,shots,probability", csv[0]);
        var rows = csv[1..].Select(l => l.Split(',')).ToList();
        Assert.Equal(results.Sum(r => r.Result!.Counter.Count), rows.Count);
        foreach (var (job, result) in results)
        {
            var mine = rows.Where(r => r[3] == job.Id).ToList();
            Assert.Equal(result!.Counter.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => ($"|{c.Key}>", c.Value.ToString(CultureInfo.InvariantCulture))),
                mine.Select(r => (r[5], r[6])));
            Assert.All(mine, r => Assert.Equal("10", r[7]));
            Assert.All(mine, r => Assert.Equal(job.Variables!["omega"].GetDouble().ToString("0.0", CultureInfo.InvariantCulture), r[1]));
        }

        Assert.True(File.Exists(Path.Combine(directory, id + ".parquet")));
        Assert.Contains("Wrote", download.Out, StringComparison.Ordinal);
    }

    private static string Temperature(OqtantJob job) =>
        ((NonPlotOutput)job.Inputs[0].Output!.Values).TemperatureNk.ToString(CultureInfo.InvariantCulture);
}
