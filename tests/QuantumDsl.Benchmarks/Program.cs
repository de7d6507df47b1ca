using BenchmarkDotNet.Running;

// Every benchmark class in this assembly; pick with --filter. Figures go to docs/performance.md.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
