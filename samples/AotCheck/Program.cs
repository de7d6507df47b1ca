using Microsoft.Extensions.DependencyInjection;
using QuantumDsl;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Export;

// Exercises the client surface under NativeAOT: DI registration with validated options, the resilient HttpClients,
// JSON of both services (source-generated), job files and result export (CSV). With a path argument it reads that Oqtant job file.
var services = new ServiceCollection().AddQuantumDsl(o =>
{
    o.Pasqal = new PasqalClientOptions { Endpoint = new Uri("http://127.0.0.1:9/core-fast"), Token = "t" };
    o.Oqtant = new OqtantClientOptions { Endpoint = new Uri("http://127.0.0.1:9/oqtant/api"), Token = "t", UserId = "dev" };
});
await using var provider = services.BuildServiceProvider();
var client = provider.GetRequiredService<QuantumClient>();
Console.WriteLine($"pasqal page size {client.Pasqal.Options.PageSize}, oqtant user {client.Oqtant.UserId}");

var job = PasqalJobRequest.Create(100, new Dictionary<string, double> { ["omega_max"] = 6.28 });
Console.WriteLine($"job runs {job.Runs}, variables {job.Variables!.Count}");

// Result export: a small table of every column type, written as CSV (Parquet lives in QuantumDsl.Export.Parquet: not AOT clean).
var table = new ResultTable(
[
    ResultColumn.Int64("point", [0, 1]),
    ResultColumn.Double("final_rf", [0.05, null], "MHz"),
    ResultColumn.Boolean("temperature_is_lower_bound", [true, false]),
    ResultColumn.String("job_id", ["a", null]),
]);
var exportDirectory = Directory.CreateTempSubdirectory("qdsl-aot-");
await table.WriteCsvAsync(Path.Combine(exportDirectory.FullName, "t.csv"));
Console.WriteLine($"export: csv {new FileInfo(Path.Combine(exportDirectory.FullName, "t.csv")).Length} bytes");
exportDirectory.Delete(recursive: true);

if (args.Length > 0)
{
    var file = await OqtantJobFile.ReadAsync(args[0]);
    Console.WriteLine($"{file.Name}: {file.Status}, {file.Inputs.Count} input(s)");
}

return 0;
