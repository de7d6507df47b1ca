using QuantumDsl;
using QuantumDsl.Analog;

namespace EomDmmDemo;

/// <summary>
/// One global resonant pulse (Ω = 2π rad/µs) on two atoms 20 µm apart (they barely interact), while the device's DMM
/// plays a constant detuning δ on a detuning map of weight 0 on q0 and 1 on q1: q0 oscillates fully,
/// P(r) = sin²(Ωt/2); q1 is detuned, P(r) = Ω²/(Ω²+δ²)·sin²(√(Ω²+δ²)t/2). The pulse duration is the swept variable.
/// </summary>
[AnalogExperiment("DigitalAnalogDevice", Runs = 200)]
public partial class LocalDetuning
{
    /// <summary>Ω in rad/µs.</summary>
    public const double RabiFrequency = 2 * Math.PI;

    /// <summary>The DMM's detuning in rad/µs (q1's weight is 1): twice Ω, so q1 reaches at most P(r) = 0.2.</summary>
    public const double DmmDetuning = -4 * Math.PI;

    /// <summary>Atom spacing in µm.</summary>
    public const double SpacingUm = 20;

    [Param(Min = 16, Max = 4000, Unit = "ns")]
    [Linspace(100, 1300, 13)]
    public int DurationNs { get; init; } = 500;

    private partial void Define(SequenceBuilder seq, Vars v) => seq
        .Register(Register.Line(count: 2, spacingUm: SpacingUm))
        .Channel("ryd", Channels.RydbergGlobal)
        .ConfigDetuningMap("dmm_0", new Dictionary<string, double> { ["q0"] = 0.0, ["q1"] = 1.0 })
        .AddDmmDetuning(Waveform.Constant(v.DurationNs, DmmDetuning), "dmm_0", Protocol.NoDelay)
        .Add(Pulse.Constant(durationNs: v.DurationNs, amplitude: RabiFrequency, detuning: 0), "ryd", Protocol.NoDelay)
        .Measure(Basis.GroundRydberg);
}
