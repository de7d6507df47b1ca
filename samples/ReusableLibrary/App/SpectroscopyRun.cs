using System.Globalization;
using System.Text;
using QuantumDsl;
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
    public static readonly IReadOnlyList<string> Files = ["spectroscopy.csv", "spectroscopy.png"];

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
        var measured = done.Select(p => Measured(p.Output!.Result.Counter)).ToArray();
        var csv = new StringBuilder().AppendLine("detuning_rad_per_us,p_measured,p_analytic");
        for (var i = 0; i < done.Count; i++)
        {
            csv.AppendLine(string.Join(',', Invariant(done[i].Point.Detuning), Invariant(measured[i]), Invariant(Spectroscopy.LineShape(done[i].Point.Detuning))));
        }

        File.WriteAllText(files.PathOf("spectroscopy.csv"), csv.ToString());
        var fine = Enumerable.Range(0, 401).Select(i => -20 + (40.0 * i / 400)).ToArray();
        Charts.SaveLines(files.PathOf("spectroscopy.png"), "π-pulse spectroscopy", "detuning δ (rad/µs)", "P(Rydberg)",
            new Series("analytic line shape", fine, [.. fine.Select(d => Spectroscopy.LineShape(d))], Markers: false),
            new Series("measured", [.. done.Select(p => p.Point.Detuning)], measured));
        var names = string.Join(", ", Files.Select(f => Path.GetFileName(files.PathOf(f))));
        console.MarkupLineInterpolated($"{done.Count} of {points.Count} detunings measured. Saved to [link]{files.Directory}[/]: {names}");
        return done.Count == points.Count ? 0 : 1;
    }

    /// <summary>Fraction of '1's over every atom of every shot.</summary>
    private static double Measured(IReadOnlyDictionary<string, int> counter)
    {
        var ones = counter.Sum(kv => (long)kv.Key.Count(c => c == '1') * kv.Value);
        var total = counter.Sum(kv => (long)kv.Key.Length * kv.Value);
        return total == 0 ? 0 : (double)ones / total;
    }

    private static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
