using System.Globalization;
using QuantumDsl;
using QuantumDsl.Analog;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Export;
using QuantumDsl.Samples;
using Spectre.Console;

namespace BlockadeScan;

/// <summary>The sample's main path: one batch per spacing, a table of measured vs exact P(11), a plot.</summary>
public static class BlockadeScanRun
{
    /// <summary>The files a run writes.</summary>
    public static readonly IReadOnlyList<string> Files = ["blockade.csv", "blockade.png", .. ResultExports.Files];

    /// <summary>Runs the sample; returns the exit code.</summary>
    public static Task<int> RunAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken) =>
        SampleCommand.RunAsync(settings, console, RunCoreAsync, cancellationToken);

    private static async Task<int> RunCoreAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var files = OutputFiles.Create(settings.OutputDirectory, settings.Force, Files);
        await using var backend = await SampleBackend.StartAsync(settings, cancellationToken);
        var sweep = BlockadeSpacing.Sweep;
        var c6 = sweep[0].Sequence.Device.InteractionCoeff;
        var radius = BlockadeCurve.RadiusUm(BlockadeSpacing.RabiFrequency, c6);
        console.MarkupLineInterpolated($"Running {sweep.Count} spacings on the {backend.Description}: the spacing changes the register, so each spacing is its own sequence and batch");
        var points = await SweepProgressBar.RunAsync(console, "Blockade scan", sweep.Count,
            progress => sweep.RunAsync(backend.Client, progress, cancellationToken));
        foreach (var failed in points.Failed)
        {
            console.MarkupLineInterpolated($"[red]point {failed.Index} failed:[/] {failed.Failure?.Reason}");
        }

        var done = points.Succeeded.ToList();
        var measured = done.Select(p => BothExcited(p.Output!.Result)).ToList();
        var exact = done.Select(p => BlockadeCurve.BothExcited(BlockadeSpacing.RabiFrequency, c6, p.Point.SpacingUm, BlockadeSpacing.PulseNs / 1000.0)).ToList();
        // Each point ran on its own register: the distance is read back from the sequence it was sent with.
        var distances = done.Select(p => Distance(p.Point.Sequence.Register)).ToList();
        var table = new Table().AddColumns("spacing (µm)", "atoms 0–1 (µm)", "batch", "P(11) measured", "P(11) exact");
        for (var i = 0; i < done.Count; i++)
        {
            table.AddRow(Invariant(done[i].Point.SpacingUm, "0.0"), Invariant(distances[i], "0.0"), done[i].Output!.BatchId[..8],
                Invariant(measured[i], "0.000"), Invariant(exact[i], "0.000"));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"Blockade radius (C6/Ω)^(1/6) = {Invariant(radius, "0.00")} µm: below it the pair is never both excited");
        await new ResultTable(
        [
            ResultColumn.Double("spacing_um", done.Select(p => (double?)p.Point.SpacingUm), "µm"),
            ResultColumn.String("batch_id", done.Select(p => (string?)p.Output!.BatchId), description: "one batch per spacing (one sequence per register)"),
            ResultColumn.Double("p11_measured", measured.Select(m => (double?)m), description: "fraction of shots with both atoms excited"),
            ResultColumn.Double("p11_exact", exact.Select(e => (double?)e), description: "exact two-atom dynamics, V = C6/R⁶"),
        ]).WriteCsvAsync(files.PathOf("blockade.csv"), settings.Force, cancellationToken);
        await ResultExports.SaveAsync(files, points.ToTable(), settings.Force, cancellationToken);
        var fine = Enumerable.Range(0, 101).Select(i => 5 + (10.0 * i / 100)).ToArray();
        Charts.SaveLines(files.PathOf("blockade.png"),
            $"Rydberg blockade: π pulse on two atoms, R_b = {Invariant(radius, "0.0")} µm", "atom spacing (µm)", "P(both excited)",
            new Series("exact two-atom dynamics", fine, [.. fine.Select(r => BlockadeCurve.BothExcited(BlockadeSpacing.RabiFrequency, c6, r, BlockadeSpacing.PulseNs / 1000.0))], Markers: false),
            new Series("independent atoms (no interaction)", [5.0, 15.0], [1.0, 1.0], Markers: false),
            new Series($"measured ({sweep[0].Runs} shots per spacing)", [.. done.Select(p => p.Point.SpacingUm)], [.. measured]));

        console.MarkupLineInterpolated($"Saved to [link]{files.Directory}[/]: {string.Join(", ", Files.Select(f => Path.GetFileName(files.PathOf(f))))}");
        if (done.Count < points.Count)
        {
            console.MarkupLineInterpolated($"[red]{points.Count - done.Count} of {points.Count} jobs have no result[/]");
            return 1;
        }

        return 0;
    }

    private static double BothExcited(PasqalJobResult result)
    {
        var total = result.Counter.Values.Sum();
        return total == 0 ? 0 : (double)result.Counter.GetValueOrDefault("11") / total;
    }

    private static double Distance(Register register) => Math.Abs(register.Atoms[1].X - register.Atoms[0].X);

    private static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
