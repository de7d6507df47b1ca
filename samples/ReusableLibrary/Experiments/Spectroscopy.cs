using QuantumDsl;
using QuantumDsl.Analog;

namespace ReusableLibrary.Experiments;

/// <summary>
/// Rydberg spectroscopy: a π pulse (Ω = 2π rad/µs for 500 ns) at a swept detuning δ. Two atoms 20 µm apart barely
/// interact, so P(r) follows the single-atom line shape <see cref="LineShape"/>.
/// </summary>
[AnalogExperiment("AnalogDevice", Runs = 200)]
public partial class Spectroscopy
{
    /// <summary>Ω in rad/µs.</summary>
    public const double RabiFrequency = 2 * Math.PI;

    /// <summary>A π pulse at resonance: Ω t = π.</summary>
    public const int PiPulseNs = 500;

    [Param(Min = -40, Max = 40, Unit = "rad/us")]
    [Linspace(-20, 20, 21)]
    public double Detuning { get; init; }

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 2, spacingUm: 20))
        .Channel("ryd", Channels.RydbergGlobal)
        .Add(Pulse.Constant(durationNs: PiPulseNs, amplitude: RabiFrequency, detuning: v.Detuning), "ryd")
        .Measure(Basis.GroundRydberg);

    /// <summary>
    /// The analytic P(r) of a square pulse: Ω²/Ω_eff² · sin²(Ω_eff t / 2), Ω_eff = √(Ω² + δ²) (rad/µs, t in ns).
    /// </summary>
    public static double LineShape(double detuning, double omega = RabiFrequency, double durationNs = PiPulseNs)
    {
        var effective = Math.Sqrt((omega * omega) + (detuning * detuning));
        var s = Math.Sin(effective * durationNs * 1e-3 / 2);
        return effective == 0 ? 0 : omega * omega / (effective * effective) * s * s;
    }
}
