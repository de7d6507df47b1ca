using QuantumDsl;
using QuantumDsl.Analog;

namespace OpenBatchOptimizer;

/// <summary>
/// A 400 ns resonant pulse of unknown strength Ω on two far-apart atoms. The optimizer looks for the Ω that puts the
/// atoms in the Rydberg state (a π pulse); the answer is known: Ω t = π, so Ω = π / 0.4 µs ≈ 7.854 rad/µs.
/// </summary>
[AnalogExperiment("AnalogDevice", Runs = 300)]
public partial class PiPulse
{
    /// <summary>The pulse duration (ns).</summary>
    public const int DurationNs = 400;

    [Param(Min = 0, Max = 12.566, Unit = "rad/us")]
    public double Omega { get; init; } = 6;

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 2, spacingUm: 20))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: DurationNs, amplitude: v.Omega, detuning: 0), "ryd")
        .Measure(Basis.GroundRydberg);

    /// <summary>The analytic P(r) = sin²(Ω t / 2).</summary>
    public static double Expected(double omega) => Math.Pow(Math.Sin(omega * DurationNs * 1e-3 / 2), 2);

    /// <summary>The exact optimum π / t (rad/µs).</summary>
    public static double OptimalOmega => Math.PI / (DurationNs * 1e-3);
}
