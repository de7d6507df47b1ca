using BarrierTunneling;
using QuantumDsl.Samples;

return await SampleCommand.InvokeAsync(args,
    "Sweeps the height of a barrier moving through a condensate (embedded emulator or Oqtant) and saves the in-trap images.",
    "barrier-tunneling-output", BarrierTunnelingRun.RunAsync);
