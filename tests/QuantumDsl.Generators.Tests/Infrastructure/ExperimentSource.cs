namespace QuantumDsl.Generators.Tests.Infrastructure;

/// <summary>
/// The one template of a test experiment <c>Scan</c> for the diagnostic tests: the members under test and the body of
/// <c>Define</c> are filled in (markup such as <c>{|QDSL202:…|}</c> included). Line 8 is the first member line.
/// </summary>
internal static class ExperimentSource
{
    /// <summary>A <c>[MatterExperiment]</c>; <paramref name="define"/> continues <c>job</c>.</summary>
    public static string Matter(string members, string define = ".TimeOfFlight(12)") => $$"""
        using System;
        using QuantumDsl;
        using QuantumDsl.Matter;

        [MatterExperiment]
        public partial class Scan
        {
        {{members}}

            private partial void Define(MatterJobBuilder job) => job
                {{define}};
        }
        """;

    /// <summary>
    /// An <c>[AnalogExperiment(device)]</c> on two atoms; <paramref name="define"/> continues the sequence after the
    /// register (and the global Rydberg channel <c>ryd</c> unless <paramref name="declareChannel"/> is false), before
    /// the measurement.
    /// </summary>
    public static string Analog(string members, string define, string device = "\"AnalogDevice\"", bool declareChannel = true) => $$"""
        using System;
        using QuantumDsl;
        using QuantumDsl.Analog;

        [AnalogExperiment({{device}})]
        public partial class Scan
        {
        {{members}}

            private partial void Define(SequenceBuilder seq, Vars v) => seq
                .Register(Register.Line(count: 2, spacingUm: 6)){{(declareChannel ? "\n        .Channel(\"ryd\", Channels.RydbergGlobal)" : "")}}
                {{define}}
                .Measure(Basis.GroundRydberg);
        }
        """;
}
