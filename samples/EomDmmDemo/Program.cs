using EomDmmDemo;
using QuantumDsl.Samples;

return await SampleCommand.InvokeAsync(args,
    "Drives two atoms with one global pulse while a DMM detuning map detunes only the second (one Pasqal batch, embedded emulator or Pasqal Cloud), and compares each atom's P(r) with its analytic Rabi curve.",
    "eom-dmm-demo-output", LocalDetuningRun.RunAsync);
