using QuantumDsl;
using QuantumDsl.Analog;

namespace BlockadeScan;

/// <summary>
/// A Rydberg blockade scan: two atoms <see cref="SpacingUm"/> apart under one resonant π pulse of a lone atom
/// (Ω = 2π rad/µs for 500 ns). Far apart, both atoms flip (P(11) → 1); closer than the blockade radius
/// R_b = (C6/Ω)^(1/6) ≈ 7.2 µm the interaction C6/R⁶ shifts |11⟩ out of resonance and P(11) → 0.
/// </summary>
/// <remarks>
/// The spacing is a structure parameter: <c>Define</c> reads it as a plain <c>double</c>, so each point builds its own
/// register and the runner sends one sequence (one batch) per spacing. The swept points are checked against the
/// device at compile time (a spacing below AnalogDevice's 5 µm minimum is QDSL202 on the <c>[Linspace]</c>).
/// </remarks>
[AnalogExperiment("AnalogDevice", Runs = 300)]
public partial class BlockadeSpacing
{
    /// <summary>Ω in rad/µs.</summary>
    public const double RabiFrequency = 2 * Math.PI;

    /// <summary>The π pulse of a lone atom at <see cref="RabiFrequency"/>, in ns.</summary>
    public const int PulseNs = 500;

    [Param(Min = 5, Max = 30, Unit = "µm")]
    [Linspace(5, 15, 21)]
    public double SpacingUm { get; init; } = 10;

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 2, spacingUm: SpacingUm))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: PulseNs, amplitude: RabiFrequency, detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);
}
