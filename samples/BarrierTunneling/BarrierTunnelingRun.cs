using System.Globalization;
using QuantumDsl;
using QuantumDsl.Export;
using QuantumDsl.Samples;
using Spectre.Console;

namespace BarrierTunneling;

/// <summary>The sample's main path: run the height sweep, tabulate the density under the barrier, save images and profiles.</summary>
public static class BarrierTunnelingRun
{
    /// <summary>Rows and columns of each image shown (the in-trap image is 148 × 503 pixels of 0.344 µm).</summary>
    private const int CropRows = 48, CropColumns = 240;

    /// <summary>Blank rows between two stacked images.</summary>
    private const int StackGap = 4;

    /// <summary>The files a run writes.</summary>
    public static readonly IReadOnlyList<string> Files = ["barrier.csv", "in-trap-images.png", "profiles.png", .. ResultExports.Files];

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

        // Density under the barrier relative to the lowest barrier of the sweep (no barrier at all for the declared one).
        var reference = shots.MinBy(s => s.HeightKHz)!.AtBarrier;
        var relative = shots.Select(s => reference > 0 ? s.AtBarrier / reference : 0).ToList();
        var table = new Table().AddColumns("barrier height (kHz)", "density under the barrier (relative)");
        for (var i = 0; i < shots.Count; i++)
        {
            table.AddRow(Invariant(shots[i].HeightKHz, "0.##"), Invariant(relative[i], "0.000"));
        }

        console.Write(table);
        await new ResultTable(
        [
            ResultColumn.Double("height", shots.Select(s => (double?)s.HeightKHz), "kHz"),
            ResultColumn.Double("relative_density_at_barrier", relative.Select(r => (double?)r),
                description: "integrated OD within half a barrier width of x = 0, relative to the lowest barrier"),
        ]).WriteCsvAsync(files.PathOf("barrier.csv"), settings.Force, cancellationToken);
        await ResultExports.SaveAsync(files, results.ToTable(), settings.Force, cancellationToken);
        var lifetime = BarrierSweep.Sweep[0].ToInput().Values.EndTimeMs;
        Charts.SaveImage(files.PathOf("in-trap-images.png"),
            "barrier held " + Invariant(lifetime, "0.#") + " ms, one band per height (central 48 × 240 pixels)",
            Stack(shots), shots[0].PixelUm, "µm", "in-trap optical depth",
            [.. shots.Select((s, i) => ((double)(i * (CropRows + StackGap)) + (CropRows / 2), Invariant(s.HeightKHz, "0.##") + " kHz"))],
            "barrier height");
        Charts.SaveLines(files.PathOf("profiles.png"), "axial profiles (in trap, " + Invariant(lifetime, "0.#") + " ms) with the barrier at x = 0", "x (µm)", "integrated OD",
            [.. shots.Select(s => new Series(Invariant(s.HeightKHz, "0.##") + " kHz", s.XUm, s.Profile, Markers: false))]);
        console.MarkupLineInterpolated($"Saved to [link]{files.Directory}[/]: {string.Join(", ", Files.Select(f => Path.GetFileName(files.PathOf(f))))}");
        return shots.Count == results.Count ? 0 : 1;
    }

    /// <summary>
    /// The central part of each image (where the cloud is: <see cref="CropRows"/> × <see cref="CropColumns"/> pixels),
    /// one above the other and separated by a blank band, for a single heatmap.
    /// </summary>
    private static double[,] Stack(IReadOnlyList<InTrapShot> shots)
    {
        const int gap = StackGap;
        var stacked = new double[(shots.Count * (CropRows + gap)) - gap, CropColumns];
        for (var i = 0; i < shots.Count; i++)
        {
            var image = shots[i].Image;
            var top = (image.GetLength(0) - CropRows) / 2;
            var left = (image.GetLength(1) - CropColumns) / 2;
            for (var r = 0; r < CropRows; r++)
            {
                for (var c = 0; c < CropColumns; c++)
                {
                    stacked[(i * (CropRows + gap)) + r, c] = image[top + r, left + c];
                }
            }
        }

        return stacked;
    }

    private static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
