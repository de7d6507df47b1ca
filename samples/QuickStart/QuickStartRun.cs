using QuantumDsl;
using QuantumDsl.Samples;
using Spectre.Console;

namespace QuickStart;

/// <summary>The QuickStart's main path: run the declared sweep, print the table, save the plots.</summary>
public static class QuickStartRun
{
    /// <summary>The files a run writes (numbered anew when an earlier run's are there, unless forced).</summary>
    public static readonly IReadOnlyList<string> Files = [.. ResultExports.Files, "condensed-fraction.png", "od-image.png"];

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
            var values = string.Join(", ", failed.Point.ParameterValues.Select(SweptAxes.Describe));
            console.MarkupLineInterpolated($"[red]point {failed.Index} ({values}) failed:[/] {failed.Failure?.Reason}");
        }

        // Every point, failed ones included, with every parameter, the job/run ids and the fit's numbers.
        await ResultExports.SaveAsync(files, results.ToTable(), settings.Force, cancellationToken);

        var rows = results.Select(EvaporationRow.From).OfType<EvaporationRow>().ToList();
        if (rows.Count == 0)
        {
            console.MarkupLine("[red]no point produced a time-of-flight output[/]");
            return 1;
        }

        ResultsTable.Write(console, rows);
        QuickStartPlots.SaveFraction(files.PathOf("condensed-fraction.png"), rows);
        // The point nearest half condensed shows the bimodal shape best: a Thomas–Fermi peak on visible thermal wings.
        QuickStartPlots.SaveOdImage(files.PathOf("od-image.png"), rows.MinBy(r => Math.Abs(r.CondensedFraction - 0.5))!,
            SweptAxes.Of([.. rows.Select(r => r.Parameters)]));

        console.MarkupLineInterpolated($"Saved to [link]{files.Directory}[/]:");
        foreach (var name in Files)
        {
            console.MarkupLineInterpolated($"  {Path.GetFileName(files.PathOf(name))}");
        }

        return rows.Count == results.Count ? 0 : 1;
    }
}
