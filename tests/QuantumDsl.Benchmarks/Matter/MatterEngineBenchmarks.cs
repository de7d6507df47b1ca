using System.Numerics;
using BenchmarkDotNet.Attributes;
using MathNet.Numerics.IntegralTransforms;
using QuantumDsl.Matter;
using QuantumDsl.Simulation.Matter;
using QuantumDsl.Simulation.Matter.Gpe;

namespace QuantumDsl.Benchmarks.Matter;

/// <summary>Matter engine: one BEC shot, one BARRIER shot, a 30-input BEC job, and the 1024-point FFT pair.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class MatterEngineBenchmarks
{
    private readonly Complex[] _data = Enumerable.Range(0, 1024).Select(i => new Complex(Math.Sin(i), Math.Cos(0.3 * i))).ToArray();
    private readonly FftPlan _plan = new(1024);
    private MatterInput _bec = null!;
    private MatterInput _barrier = null!;
    private MatterInput[] _job = null!;

    [GlobalSetup]
    public void Setup()
    {
        static MatterJobBuilder Ramp(double final) => new MatterJobBuilder()
            .Evaporation(rf => rf.Point(-1600, 17, 500).Point(-1200, 8, 500).Point(-800, 4, 475).Point(-400, 1.2, 360).Point(0, final, 220));
        _bec = Ramp(0.045).LifetimeMs(0).TimeOfFlight(12).Build();
        _barrier = Ramp(0.045).LifetimeMs(20).InTrap()
            .Barrier(b => { for (var t = 0; t <= 10; t++) b.Point(t, -10, 2.5 * t, 1); b.Interpolation(InterpolationType.Off); })
            .Barrier(b => { for (var t = 0; t <= 10; t++) b.Point(t, 10, 4.0 * t, 1); b.Interpolation(InterpolationType.Off); })
            .Build();
        _job = Enumerable.Range(0, 30).Select(i => Ramp(0.02 + 0.002 * i).LifetimeMs(0).TimeOfFlight(12).Build()).ToArray();
    }

    [Benchmark]
    public OutputValues BecShot() => MatterSimulator.Run(_bec, 1, CancellationToken.None);

    [Benchmark]
    public OutputValues BarrierShot20Ms() => MatterSimulator.Run(_barrier, 1, CancellationToken.None);

    [Benchmark]
    public IReadOnlyList<OutputValues> BecJob30Inputs() => MatterSimulator.RunMany(_job, 1, CancellationToken.None);

    [Benchmark]
    public void FftPair1024Own()
    {
        _plan.Forward(_data);
        _plan.Inverse(_data);
    }

    [Benchmark]
    public void FftPair1024MathNet()
    {
        Fourier.Forward(_data, FourierOptions.NoScaling);
        Fourier.Inverse(_data, FourierOptions.AsymmetricScaling);
    }
}
