using BenchmarkDotNet.Attributes;
using QuantumDsl.Simulation.Rydberg;

namespace QuantumDsl.Benchmarks.Simulation;

/// <summary>One H·ψ product (the engine's inner kernel) on the benchmark ladder, all atoms driven.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class RydbergApplyBenchmarks
{
    private RydbergOperator _h = null!;
    private StateVector _src = null!;
    private StateVector _dst = null!;

    [Params(12, 16, 20)]
    public int Atoms { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _h = new RydbergOperator(RydbergWorkload.Positions(Atoms), 865723.02);
        _h.SetStep(new HamiltonianStep(1e-3, Fill(Atoms, 9.0), Fill(Atoms, 1.0), Fill(Atoms, -5.0)));
        _src = new StateVector(_h.Dimension);
        _dst = new StateVector(_h.Dimension);
        var random = new Random(1);
        for (var i = 0; i < _src.Length; i++)
            (_src.Re[i], _src.Im[i]) = (random.NextDouble(), random.NextDouble());
    }

    [Benchmark]
    public void Apply() => _h.Apply(_src, _dst);

    private static double[] Fill(int n, double x) => Enumerable.Repeat(x, n).ToArray();
}
