using System.Globalization;
using System.Text;
using QuantumDsl;
using QuantumDsl.Samples;
using Spectre.Console;

namespace RydbergRabi;

/// <summary>The sample's main path: one batch, a table of measured vs analytic P(r), a plot.</summary>
public static class RydbergRabiRun
{
    /// <summary>The files a run writes.</summary>
    public static readonly IReadOnlyList<string> Files = ["rabi.csv", "rabi.png"];

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
        var table = new Table().AddColumns("duration (ns)", "P(r) measured", "P(r) analytic");
        var csv = new StringBuilder().AppendLine("duration_ns,p_measured,p_analytic");
        foreach (var p in done)
        {
            var measured = RabiCurve.Measured(p.Output!.Result);
            var analytic = RabiCurve.Probability(RabiOscillation.RabiFrequency, 0, p.Point.DurationNs);
            string[] cells = [Invariant(p.Point.DurationNs, "0"), Invariant(measured, "0.000"), Invariant(analytic, "0.000")];
            table.AddRow(cells);
            csv.AppendLine(string.Join(',', cells));
        }

        console.Write(table);
        File.WriteAllText(files.PathOf("rabi.csv"), csv.ToString());
        var fine = Enumerable.Range(0, 401).Select(i => 2020.0 * i / 400).ToArray();
        Charts.SaveLines(files.PathOf("rabi.png"), "Rabi oscillation, Ω = 2π rad/µs", "pulse duration (ns)", "P(Rydberg)",
            new Series("analytic sin²(Ωt/2)", fine, [.. fine.Select(t => RabiCurve.Probability(RabiOscillation.RabiFrequency, 0, t))], Markers: false),
            new Series($"measured ({RabiOscillation.Sweep[0].Runs} shots per point)",
                [.. done.Select(p => (double)p.Point.DurationNs)], [.. done.Select(p => RabiCurve.Measured(p.Output!.Result))]));

        console.MarkupLineInterpolated($"Saved to [link]{files.Directory}[/]: {Path.GetFileName(files.PathOf("rabi.csv"))}, {Path.GetFileName(files.PathOf("rabi.png"))}");
        if (done.Count < points.Count)
        {
            console.MarkupLineInterpolated($"[red]{points.Count - done.Count} of {points.Count} jobs have no result[/]");
            return 1;
        }

        return 0;
    }

    private static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
