using QuantumDsl;
using QuantumDsl.Matter;

namespace BarrierTunneling;

/// <summary>
/// A Gaussian barrier painted on the condensate sweeps from x = −30 µm to +30 µm in 30 ms, then the cloud is imaged
/// in the trap. A low barrier lets the condensate through (it stays centred); a barrier above the chemical potential
/// pushes it ahead, like a snowplough. The swept parameter is the barrier height.
/// </summary>
[MatterExperiment(Name = "barrier tunneling")]
public partial class BarrierSweep
{
    /// <summary>Where the barrier ends (µm): atoms left of it went through.</summary>
    public const double EndPositionUm = 30;

    [Param(Min = 0, Max = 100, Unit = "kHz")]
    [Points(0, 0.5, 1, 2, 4, 8)]
    public double HeightKHz { get; init; } = 2;

    private partial void Define(MatterJobBuilder job) => job
        .Evaporation(rf => rf
            .Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500)
            .Point(timeMs: 0, frequencyMHz: 0.1, powerMw: 220))
        .Barrier(barrier => barrier
            .Point(timeMs: 0, positionUm: -EndPositionUm, heightKHz: HeightKHz, widthUm: 2)
            .Point(timeMs: 30, positionUm: EndPositionUm, heightKHz: HeightKHz, widthUm: 2))
        .LifetimeMs(30)
        .InTrap();
}
