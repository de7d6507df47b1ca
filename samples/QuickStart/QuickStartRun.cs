using System.Globalization;
using QuantumDsl;
using QuantumDsl.Samples;
using Spectre.Console;

namespace QuickStart;

/// <summary>The QuickStart's main path: run the declared sweep, print the table, save the plots.</summary>
public static class QuickStartRun
{
    /// <summary>The files a run writes (numbered anew when an earlier run's are there, unless forced).</summary>
    public static readonly IReadOnlyList<string> Files = ["results.csv", "condensed-fraction.png", "od-image.png"];

    /// <summary>Runs the sample; returns the exit code.</summary>
    public static Task<int> RunAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken) =>
        SampleCommand.RunAsync(settings, console, RunCoreAsync, cancellationToken);

    private static async Task<int> RunCoreAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var files = OutputFiles.Create(settings.OutputDirectory, settings.Force, Files);
        await using var backend = await SampleBackend.StartAsync(settings, cancellationToken);
        console.MarkupLineInterpolated($"Running [bold]{EvaporationScan.Sweep.Count}[/] points of EvaporationScan on the {backend.Description}");

        // The whole experiment run: one line. The sweep was expanded at compile time by the generator.
        var results = await SweepProgressBar.RunAsync(console, "evaporation scan", EvaporationScan.Sweep.Count,
            progress => EvaporationScan.Sweep.RunAsync(backend.Client, progress, cancellationToken));

        foreach (var failed in results.Failed)
        {
            var rf = failed.Point.FinalRf.ToString("0.###", CultureInfo.InvariantCulture);
            console.MarkupLineInterpolated($"[red]point {failed.Index} (final RF {rf} MHz) failed:[/] {failed.Failure?.Reason}");
        }

        var rows = results.Select(EvaporationRow.From).OfType<EvaporationRow>().ToList();
        if (rows.Count == 0)
        {
            console.MarkupLine("[red]no point produced a time-of-flight output[/]");
            return 1;
        }

        ResultsTable.Write(console, rows);
        ResultsTable.SaveCsv(files.PathOf("results.csv"), rows);
        QuickStartPlots.SaveFraction(files.PathOf("condensed-fraction.png"), rows);
        // The coldest point shows the condensate best: the narrow Thomas–Fermi peak on the thermal wings.
        QuickStartPlots.SaveOdImage(files.PathOf("od-image.png"), rows.MaxBy(r => r.CondensedFraction)!);

        console.MarkupLineInterpolated($"Saved to [link]{files.Directory}[/]:");
        foreach (var name in Files)
        {
            console.MarkupLineInterpolated($"  {Path.GetFileName(files.PathOf(name))}");
        }

        return rows.Count == results.Count ? 0 : 1;
    }
}
