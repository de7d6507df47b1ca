using QuantumDsl.Analog;
using QuantumDsl.Matter;

namespace QuantumDsl.Benchmarks.Client;

/// <summary>A matter sweep point as the generator would emit it (final RF frequency swept).</summary>
internal sealed record MatterPoint(double FinalRf) : IMatterExperiment
{
    public string JobName => "client benchmark";

    public MatterInput ToInput()
    {
        var input = new MatterJobBuilder()
            .Evaporation(rf => rf.Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500).Point(timeMs: 0, frequencyMHz: FinalRf, powerMw: 220))
            .LifetimeMs(10)
            .TimeOfFlight(12)
            .Build();
        ExperimentValidationException.ThrowIfAny(input.Validate());
        return input;
    }

    public IReadOnlyList<Violation> Validate() => ToInput().Validate();

    public static IReadOnlyList<MatterPoint> Sweep(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new MatterPoint(0.02 + (0.5 * i / count)))];
}

/// <summary>An analog sweep point as the generator would emit it (Rabi amplitude swept, 2 atoms).</summary>
internal sealed record AnalogPoint(double OmegaMax) : IAnalogExperiment
{
    private static readonly Lazy<AnalogSequence> Built = new(() =>
    {
        var omega = Variable.Float("omega_max");
        var seq = new SequenceBuilder("AnalogDevice");
        seq.DeclareVariable(omega);
        return seq.Register(Register.Line(count: 2, spacingUm: 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(durationNs: 1000, amplitude: omega, detuning: 0), "ryd")
            .Measure(Basis.GroundRydberg)
            .Build();
    });

    public AnalogSequence Sequence => Built.Value;

    public IReadOnlyDictionary<string, double> Variables => new Dictionary<string, double> { ["omega_max"] = OmegaMax };

    public int Runs => 100;

    public IReadOnlyList<Violation> Validate() => Sequence.Validate(Variables, Runs);

    public static IReadOnlyList<AnalogPoint> Sweep(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new AnalogPoint(12.0 * (i + 1) / count))];
}
