using System.Globalization;
using QuantumDsl;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Export;
using QuantumDsl.Samples;
using Spectre.Console;

namespace RydbergRabi;

/// <summary>The sample's main path: one batch, a table of measured vs analytic P(r), a plot.</summary>
public static class RydbergRabiRun
{
    /// <summary>The files a run writes.</summary>
    public static readonly IReadOnlyList<string> Files = ["rabi.csv", "rabi.png", .. ResultExports.Files];

    /// <summary>Runs the sample; returns the exit code.</summary>
    public static Task<int> RunAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken) =>
        SampleCommand.RunAsync(settings, console, RunCoreAsync, cancellationToken);

    private static async Task<int> RunCoreAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var files = OutputFiles.Create(settings.OutputDirectory, settings.Force, Files);
        await using var backend = await SampleBackend.StartAsync(settings, cancellationToken);
        var sweep = RabiOscillation.Sweep;
        console.MarkupLineInterpolated($"Running {sweep.Count} pulse durations as one batch on the {backend.Description}");
        // One line runs the whole sweep: one batch, the sequence sent once, one job per duration.
        var points = await SweepProgressBar.RunAsync(console, "Rabi batch", sweep.Count,
            progress => sweep.RunAsync(backend.Client, progress, cancellationToken));
        foreach (var failed in points.Failed)
        {
            console.MarkupLineInterpolated($"[red]point {failed.Index} failed:[/] {failed.Failure?.Reason}");
        }

        var done = points.Succeeded.ToList();
        var measured = done.Select(p => p.Output!.Result.ExcitedFraction()).ToList();
        var analytic = done.Select(p => RabiCurve.Probability(RabiOscillation.RabiFrequency, 0, p.Point.DurationNs)).ToList();
        var table = new Table().AddColumns("duration (ns)", "P(r) measured", "P(r) analytic");
        for (var i = 0; i < done.Count; i++)
        {
            table.AddRow(Invariant(done[i].Point.DurationNs, "0"), Invariant(measured[i], "0.000"), Invariant(analytic[i], "0.000"));
        }

        console.Write(table);
        // The analysis (one row per duration) and the raw counts (one row per bitstring), both through the library's export.
        await new ResultTable(
        [
            ResultColumn.Double("duration_ns", done.Select(p => (double?)p.Point.DurationNs), "ns"),
            ResultColumn.Double("p_measured", measured.Select(m => (double?)m), description: "fraction of 1s over every atom of every shot"),
            ResultColumn.Double("p_analytic", analytic.Select(a => (double?)a), description: "sin²(Ωt/2)"),
        ]).WriteCsvAsync(files.PathOf("rabi.csv"), settings.Force, cancellationToken);
        await ResultExports.SaveAsync(files, points.ToTable(), settings.Force, cancellationToken);
        var fine = Enumerable.Range(0, 401).Select(i => 2020.0 * i / 400).ToArray();
        Charts.SaveLines(files.PathOf("rabi.png"), "Rabi oscillation, Ω = 2π rad/µs", "pulse duration (ns)", "P(Rydberg)",
            new Series("analytic sin²(Ωt/2)", fine, [.. fine.Select(t => RabiCurve.Probability(RabiOscillation.RabiFrequency, 0, t))], Markers: false),
            new Series($"measured ({RabiOscillation.Sweep[0].Runs} shots per point)", [.. done.Select(p => (double)p.Point.DurationNs)], [.. measured]));

        console.MarkupLineInterpolated($"Saved to [link]{files.Directory}[/]: {string.Join(", ", Files.Select(f => Path.GetFileName(files.PathOf(f))))}");
        if (done.Count < points.Count)
        {
            console.MarkupLineInterpolated($"[red]{points.Count - done.Count} of {points.Count} jobs have no result[/]");
            return 1;
        }

        return 0;
    }

    private static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
