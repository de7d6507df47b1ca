using QuantumDsl;
using QuantumDsl.Matter;

namespace BarrierTunneling;

/// <summary>
/// A narrow Gaussian barrier is raised in the middle of the condensate over 10 ms, held for 10 ms, and the cloud is
/// imaged in the trap. Below the chemical potential the barrier only dents the density; above it the condensate is
/// split in two and what remains under the barrier is the evanescent (tunneling) tail. The swept parameter is the
/// barrier height. The evaporation is the default ramp (to 0.02 MHz): an almost pure condensate.
/// </summary>
[MatterExperiment(Name = "barrier tunneling")]
public partial class BarrierSweep
{
    /// <summary>The barrier's 1/e² width (µm).</summary>
    public const double WidthUm = 2;

    [Param(Min = 0, Max = 100, Unit = "kHz")]
    [Points(0, 0.5, 1, 2, 4, 8)]
    public double HeightKHz { get; init; } = 2;

    private partial void Define(MatterJobBuilder job) => job
        .Barrier(barrier => barrier
            .Point(timeMs: 0, positionUm: 0, heightKHz: 0, widthUm: WidthUm)
            .Point(timeMs: 10, positionUm: 0, heightKHz: HeightKHz, widthUm: WidthUm)
            .Point(timeMs: 20, positionUm: 0, heightKHz: HeightKHz, widthUm: WidthUm))
        .LifetimeMs(20)
        .InTrap();
}
