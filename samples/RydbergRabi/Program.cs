using QuantumDsl.Samples;
using RydbergRabi;

return await SampleCommand.InvokeAsync(args,
    "Sweeps the duration of a resonant pulse as one Pasqal batch (embedded emulator or Pasqal Cloud) and plots P(r) against the analytic Rabi curve.",
    "rydberg-rabi-output", RydbergRabiRun.RunAsync);
