using BlockadeScan;
using QuantumDsl.Samples;

return await SampleCommand.InvokeAsync(args,
    "Sweeps the spacing of two atoms under a π pulse (one sequence per spacing, embedded emulator or Pasqal Cloud) and plots P(both excited) against the exact two-atom dynamics: the Rydberg blockade.",
    "blockade-scan-output", BlockadeScanRun.RunAsync);
