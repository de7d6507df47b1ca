using QuantumDsl;
using QuantumDsl.Matter;
using QuantumDsl.Analog;

// The design's analog contract example (the README's tour, step 5), as written: a Pasqal batch, one sequence, one job per point.
[AnalogExperiment("AnalogDevice", Runs = 500)]          // a Pasqal batch: one sequence, one job per point
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
