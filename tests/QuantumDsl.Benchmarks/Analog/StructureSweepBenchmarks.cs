using BenchmarkDotNet.Attributes;
using QuantumDsl.Analog;

namespace QuantumDsl.Benchmarks.Analog;

/// <summary>
/// What a 10,000-point analog sweep costs before anything is sent since Define runs per point (issue 16): each point
/// builds its own sequence (as the generated <c>Sequence</c> does), is validated (<c>Validate()</c>), and is written as
/// Pulser JSON once (the runner's grouping by sequence). Two shapes: only a variable swept (one distinct sequence), and
/// 100 spacings × 100 amplitudes (100 distinct sequences).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class StructureSweepBenchmarks
{
    private const int Points = 10_000;

    [Benchmark]
    public int VariableOnly10k() => Prepare(i => new StructurePoint(6, 12.0 * (i + 1) / Points));

    [Benchmark]
    public int HundredSpacings10k() => Prepare(i => new StructurePoint(5 + (0.1 * (i / 100)), 12.0 * ((i % 100) + 1) / 100));

    /// <summary>Validates every point and groups them by sequence JSON; returns the number of distinct sequences.</summary>
    private static int Prepare(Func<int, StructurePoint> point)
    {
        var groups = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Points; i++)
        {
            var p = point(i);
            if (p.Validate().Count > 0)
            {
                throw new InvalidOperationException($"point {i} is invalid");
            }

            groups.Add(p.Sequence.ToAbstractRepr());
        }

        return groups.Count;
    }

    /// <summary>A structure-sweep point as the generator emits it: the sequence built from this point, kept by it.</summary>
    private sealed record StructurePoint(double SpacingUm, double OmegaMax) : IAnalogExperiment
    {
        private AnalogSequence? _sequence;

        public AnalogSequence Sequence => _sequence ??= Build();

        public IReadOnlyDictionary<string, double> Variables => new Dictionary<string, double> { ["spacing_um"] = SpacingUm, ["omega_max"] = OmegaMax };

        public int Runs => 100;

        public IReadOnlyList<Violation> Validate() => Sequence.Validate(Variables, Runs);

        private AnalogSequence Build()
        {
            var spacing = Variable.Float("spacing_um");
            var omega = Variable.Float("omega_max");
            return new SequenceBuilder("AnalogDevice")
                .DeclareVariable(spacing)
                .DeclareVariable(omega)
                .Register(Register.Line(count: 2, spacingUm: SpacingUm))
                .Channel("ryd", Channels.RydbergGlobal)
                .Add(Pulse.Constant(durationNs: 1000, amplitude: omega, detuning: 0), "ryd")
                .Measure(Basis.GroundRydberg)
                .Build();
        }
    }
}
