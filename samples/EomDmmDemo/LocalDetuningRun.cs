using System.Globalization;
using QuantumDsl;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Export;
using QuantumDsl.Samples;
using Spectre.Console;

namespace EomDmmDemo;

/// <summary>The sample's main path: one batch, per-atom P(r) measured against the analytic curves.</summary>
public static class LocalDetuningRun
{
    /// <summary>The files a run writes.</summary>
    public static readonly IReadOnlyList<string> Files = ["local-detuning.csv", .. ResultExports.Files];

    /// <summary>Runs the sample; returns the exit code.</summary>
    public static Task<int> RunAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken) =>
        SampleCommand.RunAsync(settings, console, RunCoreAsync, cancellationToken);

    /// <summary>P(r) of a square pulse: Ω²/Ω_eff²·sin²(Ω_eff t/2), Ω_eff = √(Ω²+δ²) (rad/µs, ns).</summary>
    public static double Probability(double omega, double detuning, double durationNs)
    {
        var effective = Math.Sqrt((omega * omega) + (detuning * detuning));
        var s = Math.Sin(effective * durationNs * 1e-3 / 2);
        return omega * omega / (effective * effective) * s * s;
    }

    /// <summary>The fraction of shots with atom <paramref name="atom"/> (register order) in the Rydberg state.</summary>
    public static double AtomExcitedFraction(PasqalJobResult result, int atom)
    {
        ArgumentNullException.ThrowIfNull(result);
        var total = result.Counter.Values.Sum();
        return total == 0 ? 0 : (double)result.Counter.Where(kv => kv.Key[atom] == '1').Sum(kv => kv.Value) / total;
    }

    private static async Task<int> RunCoreAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var files = OutputFiles.Create(settings.OutputDirectory, settings.Force, Files);
        await using var backend = await SampleBackend.StartAsync(settings, cancellationToken);
        var sweep = LocalDetuning.Sweep;
        console.MarkupLineInterpolated($"Running {sweep.Count} pulse durations with a DMM detuning map as one batch on the {backend.Description}");
        var points = await SweepProgressBar.RunAsync(console, "DMM batch", sweep.Count,
            progress => sweep.RunAsync(backend.Client, progress, cancellationToken));
        foreach (var failed in points.Failed)
        {
            console.MarkupLineInterpolated($"[red]point {failed.Index} failed:[/] {failed.Failure?.Reason}");
        }

        var done = points.Succeeded.ToList();
        var q0 = done.Select(p => AtomExcitedFraction(p.Output!.Result, 0)).ToList();
        var q1 = done.Select(p => AtomExcitedFraction(p.Output!.Result, 1)).ToList();
        var q0Analytic = done.Select(p => Probability(LocalDetuning.RabiFrequency, 0, p.Point.DurationNs)).ToList();
        var q1Analytic = done.Select(p => Probability(LocalDetuning.RabiFrequency, LocalDetuning.DmmDetuning, p.Point.DurationNs)).ToList();
        var table = new Table().AddColumns("duration (ns)", "q0 P(r)", "q0 analytic", "q1 P(r) (DMM)", "q1 analytic");
        for (var i = 0; i < done.Count; i++)
        {
            table.AddRow(Invariant(done[i].Point.DurationNs, "0"), Invariant(q0[i], "0.000"), Invariant(q0Analytic[i], "0.000"), Invariant(q1[i], "0.000"), Invariant(q1Analytic[i], "0.000"));
        }

        console.Write(table);
        await new ResultTable(
        [
            ResultColumn.Double("duration_ns", done.Select(p => (double?)p.Point.DurationNs), "ns"),
            ResultColumn.Double("q0_measured", q0.Select(m => (double?)m), description: "P(r) of q0 (DMM weight 0)"),
            ResultColumn.Double("q0_analytic", q0Analytic.Select(a => (double?)a), description: "sin²(Ωt/2)"),
            ResultColumn.Double("q1_measured", q1.Select(m => (double?)m), description: "P(r) of q1 (DMM weight 1)"),
            ResultColumn.Double("q1_analytic", q1Analytic.Select(a => (double?)a), description: "Ω²/(Ω²+δ²)·sin²(√(Ω²+δ²)t/2)"),
        ]).WriteCsvAsync(files.PathOf("local-detuning.csv"), settings.Force, cancellationToken);
        await ResultExports.SaveAsync(files, points.ToTable(), settings.Force, cancellationToken);
        console.MarkupLineInterpolated($"Saved to [link]{files.Directory}[/]");
        if (done.Count < points.Count)
        {
            console.MarkupLineInterpolated($"[red]{points.Count - done.Count} of {points.Count} jobs have no result[/]");
            return 1;
        }

        return 0;
    }

    private static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
