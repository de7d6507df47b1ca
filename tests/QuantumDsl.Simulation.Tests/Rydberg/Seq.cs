using System.Globalization;
using QuantumDsl.Analog;
using QuantumDsl.Simulation.Rydberg;

namespace QuantumDsl.Simulation.Tests.Rydberg;

/// <summary>Builds small abstract-representation sequences for the tests.</summary>
internal static class Seq
{
    public static string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    public static string Register(params (double X, double Y)[] atoms) =>
        "[" + string.Join(",", atoms.Select((a, i) => $"{{\"name\":\"q{i}\",\"x\":{N(a.X)},\"y\":{N(a.Y)}}}")) + "]";

    public static string Chain(int count, double spacing) =>
        Register(Enumerable.Range(0, count).Select(i => (i * spacing, 0.0)).ToArray());

    public static string Constant(int duration, double value) => $"{{\"kind\":\"constant\",\"duration\":{duration},\"value\":{N(value)}}}";

    public static string Ramp(int duration, double start, double stop) =>
        $"{{\"kind\":\"ramp\",\"duration\":{duration},\"start\":{N(start)},\"stop\":{N(stop)}}}";

    public static string Composite(params string[] waveforms) => $"{{\"kind\":\"composite\",\"waveforms\":[{string.Join(",", waveforms)}]}}";

    public static string Pulse(string amplitude, string detuning, double phase = 0, double postPhaseShift = 0, string channel = "ryd", string protocol = "min-delay") =>
        $"{{\"op\":\"pulse\",\"channel\":\"{channel}\",\"protocol\":\"{protocol}\",\"amplitude\":{amplitude},\"detuning\":{detuning},\"phase\":{N(phase)},\"post_phase_shift\":{N(postPhaseShift)}}}";

    public static string Sequence(string register, string operations, string device = "\"MockDevice\"",
        string channels = "{\"ryd\":\"rydberg_global\"}", string variables = "{}") =>
        $"{{\"version\":\"1\",\"name\":\"test\",\"device\":{device},\"register\":{register},\"channels\":{channels},"
        + $"\"variables\":{variables},\"operations\":[{operations}],\"measurement\":\"ground-rydberg\"}}";

    public static double[] Probabilities(string sequenceJson, string variables = "{}", RydbergOptions? options = null) =>
        RydbergEmulator.Run(AnalogSequence.FromAbstractRepr(sequenceJson), variables, 1, 1, CancellationToken.None,
            (options ?? RydbergOptions.Default) with { IncludeProbabilities = true }).Probabilities!.ToArray();
}
