using QuantumDsl;
using QuantumDsl.Analog;

namespace RydbergRabi;

/// <summary>
/// Resonant Rabi oscillation: a constant pulse of Rabi frequency <see cref="RabiFrequency"/> whose duration is the
/// swept variable. Two atoms 20 µm apart barely interact (C6/r⁶ ≈ 0.01 rad/µs), so each behaves as a lone two-level
/// atom and P(r) follows sin²(Ωt/2).
/// </summary>
[AnalogExperiment("AnalogDevice", Runs = 200)]
public partial class RabiOscillation
{
    /// <summary>Ω in rad/µs: one full oscillation per microsecond.</summary>
    public const double RabiFrequency = 2 * Math.PI;

    /// <summary>Atom spacing in µm.</summary>
    public const double SpacingUm = 20;

    [Param(Min = 16, Max = 4000, Unit = "ns")]
    [Linspace(20, 2020, 26)]
    public int DurationNs { get; init; } = 500;

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 2, spacingUm: SpacingUm))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: v.DurationNs, amplitude: RabiFrequency, detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}
