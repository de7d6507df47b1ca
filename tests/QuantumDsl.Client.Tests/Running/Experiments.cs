using QuantumDsl;
using QuantumDsl.Analog;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Tests.Running;

// The architecture's contract example (matter part), compiled by the real generator.
[MatterExperiment(Name = "evaporation scan")]
public partial class EvaporationScan
{
    [Param(Min = 0.02, Max = 2.0, Unit = "MHz")]
    [Linspace(0.05, 0.45, 9)]
    public double FinalRf { get; init; } = 0.2;

    [Param(Min = 2, Max = 20, Unit = "ms")]
    public double TimeOfFlight { get; init; } = 12;

    private partial void Define(MatterJobBuilder job) => job
        .Evaporation(rf => rf
            .Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500)
            .Point(timeMs: 0, frequencyMHz: FinalRf, powerMw: 220))
        .LifetimeMs(10)
        .TimeOfFlight(TimeOfFlight);
}

#pragma warning disable QDSL109 // split into several jobs on purpose
// 200 points; the point with lifetime 13 ms makes its job FAILED on the in-memory service.
[MatterExperiment(Name = "lifetime scan")]
public partial class LifetimeScan
{
    [Param(Min = 0, Max = 200, Unit = "ms")]
    [Linspace(0, 199, 200)]
    public double Lifetime { get; init; }

    private partial void Define(MatterJobBuilder job) => job
        .Evaporation(rf => rf
            .Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500)
            .Point(timeMs: 0, frequencyMHz: 0.2, powerMw: 220))
        .LifetimeMs(Lifetime)
        .TimeOfFlight(12);
}

// The architecture's contract example (analog part).
[AnalogExperiment("AnalogDevice", Runs = 500)]
public partial class RabiScan
{
    [Param(Min = 0, Max = 12.566, Unit = "rad/us")]
    [Linspace(1, 12, 12)]
    public double OmegaMax { get; init; }

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 2, spacingUm: 6))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: 1000, amplitude: v.OmegaMax, detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}

// Two in-trap holds: 1 ms (200 GPE steps) and 12 ms (2400 steps). On an emulator limited to 1000 steps per run the
// second one fails in the engine, with the reason in its run's errors.
[MatterExperiment(Name = "hold scan")]
public partial class HoldScan
{
    [Param(Min = 0, Max = 200, Unit = "ms")]
    [Points(1, 12)]
    public double Hold { get; init; }

    private partial void Define(MatterJobBuilder job) => job
        .Evaporation(rf => rf
            .Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500)
            .Point(timeMs: 0, frequencyMHz: 0.2, powerMw: 220))
        .LifetimeMs(Hold)
        .InTrap();
}

// Two swept axes (2 × 3 points): every axis must reach tables and exports.
[MatterExperiment(Name = "two axis scan")]
public partial class TwoAxisScan
{
    [Param(Min = 0.02, Max = 2.0, Unit = "MHz")]
    [Points(0.1, 0.3)]
    public double FinalRf { get; init; } = 0.2;

    [Param(Min = 2, Max = 20, Unit = "ms")]
    [Points(8, 12, 16)]
    public double TimeOfFlight { get; init; } = 12;

    private partial void Define(MatterJobBuilder job) => job
        .Evaporation(rf => rf
            .Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500)
            .Point(timeMs: 0, frequencyMHz: FinalRf, powerMw: 220))
        .LifetimeMs(10)
        .TimeOfFlight(TimeOfFlight);
}

// Three points, the middle one invalid (a negative lifetime): it fails at run time, before submission.
#pragma warning disable QDSL202 // the invalid point is the point of this experiment
[MatterExperiment(Name = "short lifetime scan")]
public partial class LifetimeScanShort
{
    [Param(Min = -10, Max = 200, Unit = "ms")]
    [Points(10, -5, 20)]
    public double Lifetime { get; init; } = 10;

    private partial void Define(MatterJobBuilder job) => job
        .Evaporation(rf => rf
            .Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500)
            .Point(timeMs: 0, frequencyMHz: 0.2, powerMw: 220))
        .LifetimeMs(Lifetime)
        .TimeOfFlight(12);
}
#pragma warning restore QDSL202
