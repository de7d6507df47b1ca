using System.Diagnostics;
using System.Globalization;
using System.Text;
using QuantumDsl.Analog;
using QuantumDsl.Simulation.Rydberg;

namespace QuantumDsl.Benchmarks.Simulation;

/// <summary>
/// <c>rydberg --atoms 10 [--tolerance 1e-10] [--out run.json]</c>: one timed run of <see cref="RydbergWorkload"/> (after a warm-up run).
/// With --out, writes the Hamiltonian steps and final probabilities for qutip_compare.py.
/// </summary>
internal static class RydbergCli
{
    public static int Run(string[] args)
    {
        if (args is ["apply", ..])
            return TimeApply(int.Parse(Option(args, "--atoms") ?? "16", CultureInfo.InvariantCulture));
        var atoms = int.Parse(Option(args, "--atoms") ?? "10", CultureInfo.InvariantCulture);
        var output = Option(args, "--out");
        var empty = new Dictionary<string, double[]>();

        // Warm-up (JIT to steady state, as QuTiP's one-time set-up is not counted either): the same workload up to
        // 12 atoms, where a run costs well under a second; a 12-atom run for larger registers.
        RydbergEmulator.Run(AnalogSequence.FromAbstractRepr(RydbergWorkload.Sequence(Math.Min(atoms, 12))), empty, null, 10, 1, CancellationToken.None);

        var seq = AnalogSequence.FromAbstractRepr(RydbergWorkload.Sequence(atoms));
        var options = new RydbergOptions
        {
            IncludeProbabilities = output is not null,
            Tolerance = double.Parse(Option(args, "--tolerance") ?? "1e-10", CultureInfo.InvariantCulture),
        };
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var result = RydbergEmulator.Run(seq, empty, null, 1000, 1, CancellationToken.None, options);
        watch.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"atoms={atoms} duration_ns={result.DurationNs} wall_s={watch.Elapsed.TotalSeconds:F3} cpu_s={cpu:F3} products={result.MatrixVectorProducts} cores={Environment.ProcessorCount} load={File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        if (output is not null)
            File.WriteAllText(output, Json(seq, atoms, result, watch.Elapsed.TotalSeconds, cpu));
        return 0;
    }

    private static int TimeApply(int atoms)
    {
        var b = new RydbergApplyBenchmarks { Atoms = atoms };
        b.Setup();
        b.Apply();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        const int count = 20;
        for (var i = 0; i < count; i++)
            b.Apply();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"apply atoms={atoms} wall_ms={watch.Elapsed.TotalMilliseconds / count:F3} cpu_ms={cpu.TotalMilliseconds / count:F3}"));
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string Json(AnalogSequence seq, int atoms, RydbergResult result, double seconds, double cpu)
    {
        // The same piecewise-constant Hamiltonian the engine evolved (global drive: atom 0's samples).
        var steps = RydbergEmulator.Prepare(seq, new Dictionary<string, double[]>(), null, RydbergOptions.Default, CancellationToken.None).Steps;
        static string Arr(IEnumerable<double> xs) => "[" + string.Join(",", xs.Select(x => x.ToString("R", CultureInfo.InvariantCulture))) + "]";
        var sb = new StringBuilder("{");
        sb.Append(CultureInfo.InvariantCulture, $"\"atoms\":{atoms},\"c6\":{865723.02.ToString("R", CultureInfo.InvariantCulture)},\"seconds\":{seconds.ToString("R", CultureInfo.InvariantCulture)},\"cpu_seconds\":{cpu.ToString("R", CultureInfo.InvariantCulture)},");
        sb.Append("\"positions\":[").Append(string.Join(",", RydbergWorkload.Positions(atoms).Select(p => Arr(p)))).Append("],");
        sb.Append("\"durations_us\":").Append(Arr(steps.Select(s => s.DurationUs))).Append(',');
        sb.Append("\"omega\":").Append(Arr(steps.Select(s => Math.Sqrt(s.DriveRe[0] * s.DriveRe[0] + s.DriveIm[0] * s.DriveIm[0])))).Append(',');
        sb.Append("\"phi\":").Append(Arr(steps.Select(s => Math.Atan2(s.DriveIm[0], s.DriveRe[0])))).Append(',');
        sb.Append("\"delta\":").Append(Arr(steps.Select(s => s.Detuning[0]))).Append(',');
        sb.Append("\"probabilities\":").Append(Arr(result.Probabilities!)).Append('}');
        return sb.ToString();
    }
}
