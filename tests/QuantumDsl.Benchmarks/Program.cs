using BenchmarkDotNet.Running;
using QuantumDsl.Benchmarks.Emulator;
using QuantumDsl.Benchmarks.Simulation;

// `rydberg --atoms N [--out file]`: one timed emulator run (docs/performance.md, "Rydberg engine").
if (args is ["rydberg", ..])
    return RydbergCli.Run(args[1..]);

// `load [--clients 16] [--requests 4000]`: a bounded load run on a loopback emulator (docs/performance.md, "Emulator load").
if (args is ["load", ..])
    return await EmulatorLoadCli.RunAsync(args[1..]);

// Every benchmark class in this assembly; pick with --filter. Figures go to docs/performance.md.
BenchmarkSwitcher.FromAssembly(typeof(RydbergCli).Assembly).Run(args);
return 0;
