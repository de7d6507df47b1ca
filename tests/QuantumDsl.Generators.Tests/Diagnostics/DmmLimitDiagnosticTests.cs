using QuantumDsl.Generators.Analyzers;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Diagnostics;

/// <summary>QDSL203 on DMM detunings: a constant must lie in the device's DMM range at weight 1 (bottom_detuning to 0).</summary>
public sealed class DmmLimitDiagnosticTests
{
    private static string Analog(string device, string detunings) => $$"""
        using QuantumDsl;
        using QuantumDsl.Analog;

        [AnalogExperiment({{device}})]
        public partial class Masked
        {
            [Param(Min = 0, Max = 10)] public double OmegaMax { get; init; }

            private partial void Define(SequenceBuilder seq, Vars v) => seq
                .Register(Register.Line(count: 2, spacingUm: 6))
                .Channel("ryd", Channels.RydbergGlobal)
                .ConfigDetuningMap("dmm_0", new WeightedTrap(-3, 0, 1.0))
                {{detunings}}
                .Measure(Basis.GroundRydberg);
        }
        """;

    [Fact]
    public Task QDSL203_fires_for_a_positive_or_too_deep_constant_dmm_detuning() => Verify.Analyzer<LimitAnalyzer>(Analog("\"DigitalAnalogDevice\"",
        """
        .AddDmmDetuning(durationNs: 100, detuning: {|QDSL203:2|}, dmmName: "dmm_0")
                .AddDmmDetuning(durationNs: 100, detuning: {|QDSL203:-200|}, dmmName: "dmm_0")
        """));

    [Fact]
    public Task QDSL203_is_silent_inside_the_range_and_on_a_dmm_without_bottom_detuning() => Verify.Analyzer<LimitAnalyzer>(
        Analog("\"DigitalAnalogDevice\"", """.AddDmmDetuning(durationNs: 100, detuning: -100, dmmName: "dmm_0")""")
        + "\n" + Analog("\"MockDevice\"", """.AddDmmDetuning(durationNs: 100, detuning: -5000, dmmName: "dmm_0")""").Replace("class Masked", "class MaskedMock", StringComparison.Ordinal)
            .Replace("using QuantumDsl;\nusing QuantumDsl.Analog;\n", "", StringComparison.Ordinal));
}
