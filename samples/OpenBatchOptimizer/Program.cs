using OpenBatchOptimizer;
using QuantumDsl.Samples;

return await SampleCommand.InvokeAsync(args,
    "Finds the π-pulse strength with a variational loop on ONE open Pasqal batch (embedded emulator or Pasqal Cloud).",
    "open-batch-optimizer-output", OptimizerRun.RunAsync);
