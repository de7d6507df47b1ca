using QuantumDsl.Analog;

namespace QuantumDsl.Generators.IntegrationTests.Analog;

/// <summary>The contract example (architecture.md §1).</summary>
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

/// <summary>Expressions of variables, an int variable, a zip group and a product, on another device.</summary>
[AnalogExperiment("DigitalAnalogDevice")]
public partial class DetuningMap
{
    [Param(Min = 0, Max = 10, Unit = "rad/us")]
    [Points(2, 4)]
    public double Omega { get; init; } = 2;

    [Param(Min = -20, Max = 20, Unit = "rad/us", Name = "delta")]
    [Linspace(-10, 10, 3, Zip = "scan")]
    public double Detuning { get; init; }

    [Param(Min = 100, Max = 4000, Unit = "ns")]
    [Points(500, 1000, 1500, Zip = "scan")]
    public int DurationNs { get; init; } = 1000;

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 3, spacingUm: 5))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: v.DurationNs, amplitude: v.Omega * 0.5, detuning: -v.Detuning), "ryd")
        .Measure(Basis.GroundRydberg);
}
