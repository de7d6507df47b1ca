using System.Globalization;
using System.Text;
using QuantumDsl;
using QuantumDsl.Samples;
using Spectre.Console;

namespace BarrierTunneling;

/// <summary>The sample's main path: run the height sweep, tabulate the transmitted fraction, save images and profiles.</summary>
public static class BarrierTunnelingRun
{
    /// <summary>The files a run writes.</summary>
    public static readonly IReadOnlyList<string> Files = ["transmission.csv", "in-trap-images.png", "profiles.png"];

    /// <summary>Runs the sample; returns the exit code.</summary>
    public static Task<int> RunAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken) =>
        SampleCommand.RunAsync(settings, console, RunCoreAsync, cancellationToken);

    private static async Task<int> RunCoreAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var files = OutputFiles.Create(settings.OutputDirectory, settings.Force, Files);
        await using var backend = await SampleBackend.StartAsync(settings, cancellationToken);
        console.MarkupLineInterpolated($"Running {BarrierSweep.Sweep.Count} barrier heights on the {backend.Description}");
        var results = await SweepProgressBar.RunAsync(console, "barrier sweep", BarrierSweep.Sweep.Count,
            progress => BarrierSweep.Sweep.RunAsync(backend.Client, progress, cancellationToken));
        foreach (var failed in results.Failed)
        {
            console.MarkupLineInterpolated($"[red]point {failed.Index} failed:[/] {failed.Failure?.Reason}");
        }

        var shots = results.Select(InTrapShot.From).OfType<InTrapShot>().ToList();
        if (shots.Count == 0)
        {
            return 1;
        }

        var table = new Table().AddColumns("barrier height (kHz)", "fraction left of the barrier");
        var csv = new StringBuilder().AppendLine("height_khz,transmitted_fraction");
        foreach (var shot in shots)
        {
            string[] cells = [Invariant(shot.HeightKHz, "0.##"), Invariant(shot.Transmitted, "0.000")];
            table.AddRow(cells);
            csv.AppendLine(string.Join(',', cells));
        }

        console.Write(table);
        File.WriteAllText(files.PathOf("transmission.csv"), csv.ToString());
        Charts.SaveHeatmap(files.PathOf("in-trap-images.png"), "in-trap OD, barrier height increasing downwards", Stack(shots), "optical depth");
        Charts.SaveLines(files.PathOf("profiles.png"), "axial profiles after the barrier passed", "x (µm)", "integrated OD",
            [.. shots.Select(s => new Series(Invariant(s.HeightKHz, "0.##") + " kHz", s.XUm, s.Profile, Markers: false))]);
        console.MarkupLineInterpolated($"Saved to [link]{files.Directory}[/]: {string.Join(", ", Files.Select(f => Path.GetFileName(files.PathOf(f))))}");
        return shots.Count == results.Count ? 0 : 1;
    }

    /// <summary>The images one above the other, separated by a blank band, for a single heatmap.</summary>
    private static double[,] Stack(IReadOnlyList<InTrapShot> shots)
    {
        const int gap = 6;
        var rows = shots[0].Image.GetLength(0);
        var columns = shots.Max(s => s.Image.GetLength(1));
        var stacked = new double[(shots.Count * (rows + gap)) - gap, columns];
        for (var i = 0; i < shots.Count; i++)
        {
            var image = shots[i].Image;
            for (var r = 0; r < Math.Min(rows, image.GetLength(0)); r++)
            {
                for (var c = 0; c < image.GetLength(1); c++)
                {
                    stacked[(i * (rows + gap)) + r, c] = image[r, c];
                }
            }
        }

        return stacked;
    }

    private static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
