using System.Text.Json;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Export;

namespace QuantumDsl.Client.Tests.Export;

/// <summary>A downloaded batch's jobs as a table: array variables and the trap map become one column per element.</summary>
public sealed class AnalogJobTableTests : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("qdsl-jobs-export-");

    private static PasqalJobInfo Job(string id, string variables, IReadOnlyDictionary<string, int>? counts) => new(
        id, "b1", "p1", 10, counts is null ? PasqalJobStatus.Error : PasqalJobStatus.Done, "c", "u",
        Variables: JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(variables), Result: counts);

    private static ResultTable Table() => AnalogResultTable.FromJobs(
    [
        Job("j1", """{"t": 250, "omegas": [0, 6.5], "qubits": {"q0": 0, "q1": 2}}""", new Dictionary<string, int> { ["00"] = 4, ["11"] = 6 }),
        Job("j2", """{"t": 500, "omegas": [1.5, 2], "qubits": {"q0": 3, "q1": 1}}""", null),
    ], new Dictionary<string, PasqalJobResult?>());

    [Fact]
    public async Task Csv_export_of_jobs_has_one_column_per_array_element_and_per_trap_map_qubit_with_their_values()
    {
        var path = Path.Combine(_directory.FullName, "jobs.csv");
        await Table().WriteCsvAsync(path);

        Assert.Equal(
            "point,omegas[0],omegas[1],qubits.q0,qubits.q1,t,batch_id,job_id,failure,bitstring,count,shots,probability\n"
            + ",0.0,6.5,0.0,2.0,250.0,b1,j1,,|00>,4,10,0.4\n"
            + ",0.0,6.5,0.0,2.0,250.0,b1,j1,,|11>,6,10,0.6\n"
            + ",1.5,2.0,3.0,1.0,500.0,b1,j2,no counts: job status ERROR,,,,\n",
            await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Parquet_export_of_jobs_has_one_column_per_array_element_and_per_trap_map_qubit_with_their_values()
    {
        var path = Path.Combine(_directory.FullName, "jobs.parquet");
        await Table().WriteParquetAsync(path);

        var read = await ExportReadBack.ReadParquetAsync(path);
        Assert.Equal(["point", "omegas[0]", "omegas[1]", "qubits.q0", "qubits.q1", "t"], read.Fields.Take(6).Select(f => f.Name));
        Assert.Equal([0.0, 0.0, 1.5], read.Values["omegas[0]"]);
        Assert.Equal([6.5, 6.5, 2.0], read.Values["omegas[1]"]);
        Assert.Equal([0.0, 0.0, 3.0], read.Values["qubits.q0"]);
        Assert.Equal([2.0, 2.0, 1.0], read.Values["qubits.q1"]);
        Assert.Equal([250.0, 250.0, 500.0], read.Values["t"]);
    }

    [Fact]
    public void A_variable_that_is_not_numbers_is_refused_naming_the_job_the_variable_and_the_value()
    {
        var error = Assert.Throws<ArgumentException>(() => AnalogResultTable.FromJobs(
            [Job("j9", """{"omegas": [1, "x"]}""", null)], new Dictionary<string, PasqalJobResult?>()));

        Assert.Contains("job j9 has variables.omegas[1] = \"x\"; a result table column needs a number", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _directory.Delete(recursive: true);
}
