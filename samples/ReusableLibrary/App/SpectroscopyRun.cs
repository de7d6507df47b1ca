using System.Globalization;
using QuantumDsl;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Export;
using QuantumDsl.Samples;
using ReusableLibrary.Experiments;
using Spectre.Console;

namespace ReusableLibrary.App;

/// <summary>
/// Uses what the generator emitted in the other project: the parameter metadata, the validating builder and the
/// declared sweep; then runs the sweep as one batch and compares it with the library's analytic line shape.
/// </summary>
public static class SpectroscopyRun
{
    /// <summary>The files a run writes.</summary>
    public static readonly IReadOnlyList<string> Files = ["spectroscopy.csv", "spectroscopy.png", .. ResultExports.Files];

    /// <summary>Runs the sample; returns the exit code.</summary>
    public static Task<int> RunAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken) =>
        SampleCommand.RunAsync(settings, console, RunCoreAsync, cancellationToken);

    private static async Task<int> RunCoreAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        foreach (var p in Spectroscopy.Parameters)
        {
            console.MarkupLineInterpolated($"parameter [bold]{p.Name}[/] (wire name {p.WireName}): {Invariant(p.Min)} to {Invariant(p.Max)} {p.Unit}");
        }

        // The limits travel with the library: the builder checks the [Param] range and the device's limits.
        try
        {
            new Spectroscopy.Builder().WithDetuning(60).Build();
        }
        catch (ExperimentValidationException e)
        {
            console.MarkupLineInterpolated($"as expected, a detuning of 60 rad/µs is refused: [yellow]{e.Message}[/]");
        }

        var files = OutputFiles.Create(settings.OutputDirectory, settings.Force, Files);
        await using var backend = await SampleBackend.StartAsync(settings, cancellationToken);
        var points = await SweepProgressBar.RunAsync(console, "spectroscopy batch", Spectroscopy.Sweep.Count,
            progress => Spectroscopy.Sweep.RunAsync(backend.Client, progress, cancellationToken));

        var done = points.Succeeded.ToList();
        var measured = done.Select(p => p.Output!.Result.ExcitedFraction()).ToArray();
        await new ResultTable(
        [
            ResultColumn.Double("detuning", done.Select(p => (double?)p.Point.Detuning), "rad/us"),
            ResultColumn.Double("p_measured", measured.Select(m => (double?)m), description: "fraction of 1s over every atom of every shot"),
            ResultColumn.Double("p_analytic", done.Select(p => (double?)Spectroscopy.LineShape(p.Point.Detuning)), description: "the library's line shape"),
        ]).WriteCsvAsync(files.PathOf("spectroscopy.csv"), settings.Force, cancellationToken);
        await ResultExports.SaveAsync(files, points.ToTable(), settings.Force, cancellationToken);
        var fine = Enumerable.Range(0, 401).Select(i => -20 + (40.0 * i / 400)).ToArray();
        Charts.SaveLines(files.PathOf("spectroscopy.png"), "π-pulse spectroscopy", "detuning δ (rad/µs)", "P(Rydberg)",
            new Series("analytic line shape", fine, [.. fine.Select(d => Spectroscopy.LineShape(d))], Markers: false),
            new Series("measured", [.. done.Select(p => p.Point.Detuning)], measured));
        var names = string.Join(", ", Files.Select(f => Path.GetFileName(files.PathOf(f))));
        console.MarkupLineInterpolated($"{done.Count} of {points.Count} detunings measured. Saved to [link]{files.Directory}[/]: {names}");
        return done.Count == points.Count ? 0 : 1;
    }

    private static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
