using QuantumDsl.Analog;

namespace QuantumDsl.Tests.Analog;

/// <summary>An <see cref="IAnalogExperiment"/> written by hand the way the generator emits one (architecture.md §2).</summary>
public sealed class AnalogExperimentContractTests
{
    private sealed class RabiScan : IAnalogExperiment
    {
        private static readonly Lazy<AnalogSequence> Built = new(BuildSequence);

        public double OmegaMax { get; init; }

        public AnalogSequence Sequence => Built.Value;

        public IReadOnlyDictionary<string, double> Variables => new Dictionary<string, double> { ["omega_max"] = OmegaMax };

        public int Runs => 500;

        public IReadOnlyList<Violation> Validate()
        {
            var violations = new List<Violation>();
            if (Violation.CheckRange("omega_max", OmegaMax, 0, 12.566) is { } range)
            {
                violations.Add(range);
            }

            violations.AddRange(Sequence.Validate(Variables, Runs));
            return violations;
        }

        private static AnalogSequence BuildSequence()
        {
            var seq = new SequenceBuilder("AnalogDevice");
            var v = new Vars();
            seq.DeclareVariable(v.OmegaMax);
            Define(seq, v);
            return seq.Build();
        }

        private static void Define(SequenceBuilder seq, Vars v) => seq
            .Register(Register.Line(count: 2, spacingUm: 6))
            .Channel("ryd", Channels.RydbergGlobal)
            .Add(Pulse.Constant(durationNs: 1000, amplitude: v.OmegaMax, detuning: 0), "ryd")
            .Measure(Basis.GroundRydberg);

        public sealed class Vars
        {
            public Variable OmegaMax { get; } = Variable.Float("omega_max");
        }
    }

    [Fact]
    public void Every_point_shares_one_sequence_and_binds_its_own_values()
    {
        IAnalogExperiment a = new RabiScan { OmegaMax = 1 };
        IAnalogExperiment b = new RabiScan { OmegaMax = 12 };
        Assert.Same(a.Sequence, b.Sequence);
        Assert.Empty(a.Validate());
        Assert.Empty(b.Validate());
        Assert.Equal(12, b.Variables["omega_max"]);
        PulserSchema.AssertValidSequence(a.Sequence.ToAbstractRepr());
    }

    [Fact]
    public void A_point_beyond_the_param_and_device_limits_lists_both()
    {
        var messages = new RabiScan { OmegaMax = 13 }.Validate().Select(v => v.Message).ToList();
        Assert.Equal(
            ["omega_max: 13 exceeds the maximum 12.566",
             "operations[0].amplitude: 13 exceeds the maximum 12.566370614359172 (AnalogDevice rydberg_global max_amp)"],
            messages);
    }
}
