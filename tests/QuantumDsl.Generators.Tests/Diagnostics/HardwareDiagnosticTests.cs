using QuantumDsl.Generators.Analyzers;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Diagnostics;

/// <summary>QDSL201–QDSL205 against the device data and [Limit]s of the referenced runtime.</summary>
public sealed class HardwareDiagnosticTests
{
    private static string Analog(string device, string members, string define) => ExperimentSource.Analog(members, define, device);

    private static string Matter(string members, string define) => ExperimentSource.Matter(members, define);

    private const string Omega = "    [Param(Min = 0, Max = 12.5)] public double OmegaMax { get; init; }";

    [Fact]
    public Task QDSL201_fires_for_an_unknown_device() =>
        Verify.Analyzer<DeviceAnalyzer>(Analog("{|QDSL201:\"Analog\"|}", "", ""));

    [Fact]
    public Task QDSL201_is_silent_for_a_known_device() =>
        Verify.Analyzer<DeviceAnalyzer>(Analog("\"Fresnel\"", "", ""));

    [Fact]
    public Task QDSL204_fires_above_max_runs_and_below_one() => Verify.Analyzer<DeviceAnalyzer>(
        Analog("\"AnalogDevice\", Runs = {|QDSL204:2001|}", "", "")
        + "\n" + """
        [AnalogExperiment("Fresnel", Runs = {|QDSL204:0|})]
        public partial class Other
        {
            private partial void Define(SequenceBuilder seq, Vars v) => seq.Measure(Basis.GroundRydberg);
        }
        """);

    [Fact]
    public Task QDSL204_is_silent_at_max_runs_and_without_a_limit() => Verify.Analyzer<DeviceAnalyzer>(
        Analog("\"Fresnel\", Runs = 500", "", "")
        + "\n" + """
        [AnalogExperiment("MockDevice", Runs = 1000000)]
        public partial class Other
        {
            private partial void Define(SequenceBuilder seq, Vars v) => seq.Measure(Basis.GroundRydberg);
        }
        """);

    [Fact]
    public Task QDSL202_fires_when_a_param_range_exceeds_the_device_amplitude() => Verify.Analyzer<LimitAnalyzer>(Analog("\"AnalogDevice\"",
        "    [Param(Min = 0, Max = 20)] public double OmegaMax { get; init; }",
        ".Add(Pulse.Constant(durationNs: 1000, amplitude: {|QDSL202:v.OmegaMax|}, detuning: 0), \"ryd\")"));

    [Fact]
    public Task QDSL202_follows_expressions_and_sweep_points() => Verify.Analyzer<LimitAnalyzer>(Analog("\"AnalogDevice\"",
        """
            [Param(Min = 0, Max = 10)] public double OmegaMax { get; init; }
            [Param(Min = 0)] [Points(10, {|QDSL202:200|})] public double Delta { get; init; }
        """,
        ".Add(Pulse.Constant(durationNs: 1000, amplitude: {|QDSL202:v.OmegaMax * 2|}, detuning: -v.Delta), \"ryd\")"));

    [Fact]
    public Task QDSL202_is_silent_within_the_device_limits_and_on_a_device_without_them() => Verify.Analyzer<LimitAnalyzer>(Analog("\"AnalogDevice\"",
        Omega, ".Add(Pulse.Constant(durationNs: 1000, amplitude: v.OmegaMax, detuning: 0), \"ryd\")")
        .Replace("AnalogDevice", "AnalogDevice")
        + "\n" + """
        [AnalogExperiment("MockDevice")]
        public partial class Unlimited
        {
            [Param(Min = 0, Max = 1000)] public double OmegaMax { get; init; }

            private partial void Define(SequenceBuilder seq, Vars v) => seq.Add(Pulse.Constant(1000, v.OmegaMax, 0), "ryd");
        }
        """);

    [Fact]
    public Task QDSL202_fires_for_a_matter_param_passed_to_a_limited_argument() => Verify.Analyzer<LimitAnalyzer>(Matter(
        "    [Param(Min = 0.02, Max = 30, Unit = \"MHz\")] public double FinalRf { get; init; } = 0.2;",
        ".Evaporation(rf => rf.Point(timeMs: 0, frequencyMHz: {|QDSL202:FinalRf|}, powerMw: 220))"));

    [Fact]
    public Task QDSL202_is_silent_for_a_matter_param_within_the_limit() => Verify.Analyzer<LimitAnalyzer>(Matter(
        "    [Param(Min = 0.02, Max = 2, Unit = \"MHz\")] [Linspace(0.05, 0.45, 9)] public double FinalRf { get; init; } = 0.2;",
        ".Evaporation(rf => rf.Point(timeMs: 0, frequencyMHz: FinalRf, powerMw: 220))"));

    [Fact]
    public Task QDSL203_fires_for_constants_outside_limits_device_limits_and_With() => Verify.Analyzer<LimitAnalyzer>(Matter(
        "    [Param(Min = 2, Max = 20)] public double Tof { get; init; } = 12;",
        ".TimeOfFlight({|QDSL203:25|}).Evaporation(rf => rf.Point(timeMs: {|QDSL203:-2500|}, frequencyMHz: 17, powerMw: 500))")
        + "\n" + """
        public static class Use
        {
            public static Scan Make() => new Scan.Builder().WithTof({|QDSL203:1.5|}).Build();
        }

        [AnalogExperiment("AnalogDevice")]
        public partial class Rabi
        {
            private partial void Define(QuantumDsl.Analog.SequenceBuilder seq, Vars v) =>
                seq.Add(QuantumDsl.Analog.Pulse.Constant(durationNs: 1000, amplitude: {|QDSL203:20|}, detuning: 0), "ryd");
        }
        """);

    [Fact]
    public Task QDSL203_is_silent_for_constants_in_range() => Verify.Analyzer<LimitAnalyzer>(Matter(
        "    [Param(Min = 2, Max = 20)] public double Tof { get; init; } = 12;",
        ".TimeOfFlight(20).Evaporation(rf => rf.Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500))")
        + "\n" + """
        public static class Use
        {
            public static Scan Make() => new Scan.Builder().WithTof(2).Build();
        }

        [AnalogExperiment("MockDevice")]
        public partial class Rabi
        {
            private partial void Define(QuantumDsl.Analog.SequenceBuilder seq, Vars v) =>
                seq.Add(QuantumDsl.Analog.Pulse.Constant(durationNs: 1000, amplitude: 200, detuning: 0), "ryd");
        }
        """);

    [Fact]
    public Task QDSL205_warns_when_analog_define_reads_a_param_property() => Verify.Analyzer<LimitAnalyzer>(Analog("\"AnalogDevice\"",
        Omega, ".Add(Pulse.Constant(durationNs: 1000, amplitude: {|QDSL205:OmegaMax|}, detuning: 0), \"ryd\")"));

    [Fact]
    public Task QDSL205_is_silent_for_variables_and_for_matter() => Verify.Analyzer<LimitAnalyzer>(Analog("\"AnalogDevice\"",
        Omega, ".Add(Pulse.Constant(durationNs: 1000, amplitude: v.OmegaMax, detuning: 0), \"ryd\")"));

    [Fact]
    public Task Pragma_silences_a_diagnostic() => Verify.Analyzer<LimitAnalyzer>(Matter(
        "    [Param(Min = 2, Max = 20)] public double Tof { get; init; } = 12;",
        """
        #pragma warning disable QDSL203
                .TimeOfFlight(25)
        #pragma warning restore QDSL203
                .LifetimeMs(10)
        """));
}
