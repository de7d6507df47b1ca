using QuantumDsl.Analog;

namespace QuantumDsl.Generators.IntegrationTests.Analog;

/// <summary>An array [Param] swept with [Vector] points (zipped with a scalar), next to a scalar product axis.</summary>
[AnalogExperiment("MockDevice", Runs = 50)]
public partial class PiecewiseRabi
{
    [Param(Min = 0, Max = 10, Unit = "rad/us", Size = 2)]
    [Vector(1.0, 2.0, Zip = "shape")]
    [Vector(3.0, 4.5, Zip = "shape")]
    public double[] Omegas { get; init; } = [1.0, 2.0];

    [Param(Min = -5, Max = 5, Unit = "rad/us")]
    [Points(0, -1, Zip = "shape")]
    public double Detuning { get; init; }

    [Param(Min = 100, Max = 1000, Unit = "ns")]
    [Points(200, 400)]
    public int DurationNs { get; init; } = 200;

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 2, spacingUm: 8))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: v.DurationNs, amplitude: v.Omegas[0], detuning: v.Detuning), "ryd")
        .Add(Pulse.Constant(durationNs: v.DurationNs, amplitude: v.Omegas[1], detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}

/// <summary>A trap-assignment sweep: two qubits of a mappable register moved from near to far traps.</summary>
[AnalogExperiment("MockDevice", Runs = 40)]
public partial class TrapAssignment
{
    [Param(Min = 0, Max = 3, Size = 2)]
    [TrapMap]
    [Vector(0, 1)]
    [Vector(0, 3)]
    public int[] Traps { get; init; } = [0, 1];

    [Param(Min = 0, Max = 10, Unit = "rad/us")]
    public double Omega { get; init; } = 6.283185307179586;

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(RegisterLayout.FromCoordinates([(0.0, 0.0), (5.0, 0.0), (9.0, 0.0), (30.0, 0.0)], "line4").MakeMappable(2))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: 500, amplitude: v.Omega, detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}

/// <summary>A trap map on a sequence whose register is not mappable: a run-time violation naming the trap map.</summary>
[AnalogExperiment("MockDevice")]
public partial class TrapMapWithoutMappable
{
    [Param(Size = 1)]
    [TrapMap]
    public int[] Traps { get; init; } = [0];

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 1, spacingUm: 5))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: 100, amplitude: 1, detuning: 0), "ryd");
}
