using System.Globalization;
using System.Text;

namespace QuantumDsl.Benchmarks.Simulation;

/// <summary>
/// The benchmark job: N atoms on a 2-row ladder (7 µm spacing, centred on the origin so that 20 atoms stay within
/// AnalogDevice's 38 µm radius, which the runtime now checks as Pulser does) on AnalogDevice, one 1 µs global pulse
/// (amplitude ramp up / hold / ramp down to 2π·1.5 MHz; detuning −2π·2 → +2π·1.5 MHz sweep), as a Pulser sequence.
/// </summary>
internal static class RydbergWorkload
{
    public const double SpacingUm = 7.0;
    public const double OmegaMax = 2 * Math.PI * 1.5;
    public const double DeltaStart = -2 * Math.PI * 2;
    public const double DeltaStop = 2 * Math.PI * 1.5;

    public static double[][] Positions(int atoms)
    {
        var raw = Enumerable.Range(0, atoms).Select(i => new[] { i / 2 * SpacingUm, i % 2 * SpacingUm, 0.0 }).ToArray();
        double cx = raw.Average(p => p[0]), cy = raw.Average(p => p[1]);
        return raw.Select(p => new[] { p[0] - cx, p[1] - cy, 0.0 }).ToArray();
    }

    public static string Sequence(int atoms)
    {
        static string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        var register = string.Join(",", Positions(atoms).Select((p, i) => $"{{\"name\":\"q{i}\",\"x\":{N(p[0])},\"y\":{N(p[1])}}}"));
        var amplitude = $"{{\"kind\":\"composite\",\"waveforms\":[{{\"kind\":\"ramp\",\"duration\":200,\"start\":0,\"stop\":{N(OmegaMax)}}},"
            + $"{{\"kind\":\"constant\",\"duration\":600,\"value\":{N(OmegaMax)}}},{{\"kind\":\"ramp\",\"duration\":200,\"start\":{N(OmegaMax)},\"stop\":0}}]}}";
        var detuning = $"{{\"kind\":\"composite\",\"waveforms\":[{{\"kind\":\"constant\",\"duration\":200,\"value\":{N(DeltaStart)}}},"
            + $"{{\"kind\":\"ramp\",\"duration\":600,\"start\":{N(DeltaStart)},\"stop\":{N(DeltaStop)}}},{{\"kind\":\"constant\",\"duration\":200,\"value\":{N(DeltaStop)}}}]}}";
        var sb = new StringBuilder();
        sb.Append("{\"version\":\"1\",\"name\":\"bench\",\"device\":\"AnalogDevice\",\"register\":[").Append(register)
          .Append("],\"channels\":{\"ryd\":\"rydberg_global\"},\"variables\":{},\"operations\":[{\"op\":\"pulse\",\"channel\":\"ryd\",")
          .Append("\"protocol\":\"min-delay\",\"amplitude\":").Append(amplitude).Append(",\"detuning\":").Append(detuning)
          .Append(",\"phase\":0,\"post_phase_shift\":0}],\"measurement\":\"ground-rydberg\"}");
        return sb.ToString();
    }
}
