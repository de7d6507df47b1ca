using QuantumDsl.Samples;
using QuickStart;

return await SampleCommand.InvokeAsync(args,
    "Runs the EvaporationScan sweep (9 final RF frequencies across the BEC transition) on the embedded emulator or on Oqtant, then prints a table and saves results.csv, results.parquet and plots.",
    "quickstart-output", QuickStartRun.RunAsync);
