using QuantumDsl.Analog;

namespace QuantumDsl.Client.Tests.Running;

// Structure sweeps (issue 16): [Param]s read as plain numbers in Define change the register, so each distinct
// structure is its own sequence and its own batch.

/// <summary>
/// A blockade scan: two atoms at a swept spacing under one resonant π pulse of a lone atom (Ω = 2π rad/µs, 500 ns).
/// Far apart both atoms flip (P(11) → 1); within the blockade radius (C6/Ω)^(1/6) ≈ 7.2 µm the pair cannot both be
/// excited (P(11) → 0).
/// </summary>
[AnalogExperiment("AnalogDevice", Runs = 400)]
public partial class BlockadeSpacingScan
{
    public const double RabiFrequency = 2 * Math.PI;
    public const int PulseNs = 500;

    [Param(Min = 5, Max = 30, Unit = "µm")]
    [Points(5, 6, 7, 8, 9, 10, 12, 15, 20)]
    public double SpacingUm { get; init; } = 10;

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 2, spacingUm: SpacingUm))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: PulseNs, amplitude: RabiFrequency, detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}

/// <summary>2, 3 and 4 atoms 20 µm apart (C6/r⁶ ≈ 0.01 rad/µs: independent) under a ≈π/2 pulse: each atom is excited with P = sin²(ΩT/2) ≈ 1/2.</summary>
[AnalogExperiment("AnalogDevice", Runs = 400)]
public partial class AtomCountScan
{
    public const double RabiFrequency = 2 * Math.PI;
    public const int PulseNs = 252; // clock period 4 ns: the nearest to 250 ns (ΩT = π/2)

    [Param(Min = 1, Max = 80)]
    [Points(2, 3, 4)]
    public int AtomCount { get; init; } = 2;

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: AtomCount, spacingUm: 20))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: PulseNs, amplitude: RabiFrequency, detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}

/// <summary>A structure axis (spacing) times a variable axis (amplitude): 2 sequences, 3 jobs each.</summary>
[AnalogExperiment("AnalogDevice", Runs = 50)]
public partial class SpacingTimesAmplitude
{
    [Param(Min = 5, Max = 30, Unit = "µm")]
    [Points(6, 10)]
    public double SpacingUm { get; init; } = 10;

    [Param(Min = 0, Max = 12, Unit = "rad/µs")]
    [Linspace(2, 6, 3)]
    public double Omega { get; init; } = 2;

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 2, spacingUm: SpacingUm))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: 200, amplitude: v.Omega, detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}

/// <summary>2 atoms fit AnalogDevice; 9 atoms 10 µm apart reach 40 µm from the centre, beyond its 38 µm radius.</summary>
[AnalogExperiment("AnalogDevice", Runs = 20)]
public partial class TooWideLine
{
    [Param(Min = 1, Max = 80)]
    [Points(2, 9)]
    public int AtomCount { get; init; } = 2;

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: AtomCount, spacingUm: 10))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: 100, amplitude: 1, detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}
