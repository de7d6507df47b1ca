using System.Globalization;
using System.Text;
using QuantumDsl;
using QuantumDsl.Client;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Samples;
using Spectre.Console;

namespace OpenBatchOptimizer;

/// <summary>
/// The variational loop: open a batch, then each round add jobs chosen from the last round's results and wait for
/// them; close the batch at the end. The device stays reserved for this batch between rounds.
/// </summary>
public static class OptimizerRun
{
    /// <summary>Rounds of the loop.</summary>
    public const int Rounds = 4;

    /// <summary>The files a run writes.</summary>
    public static readonly IReadOnlyList<string> Files = ["optimizer.csv", "optimizer.png"];

    /// <summary>Runs the sample; returns the exit code.</summary>
    public static Task<int> RunAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken) =>
        SampleCommand.RunAsync(settings, console, RunCoreAsync, cancellationToken);

    private static async Task<int> RunCoreAsync(SampleSettings settings, IAnsiConsole console, CancellationToken cancellationToken)
    {
        var files = OutputFiles.Create(settings.OutputDirectory, settings.Force, Files);
        await using var backend = await SampleBackend.StartAsync(settings, cancellationToken);
        var pasqal = backend.Client.Pasqal;
        var search = new ParabolaSearch(1, 12);
        var history = new List<(int Round, double Omega, double Measured)>();
        var options = new CreateBatchOptions { Open = true, DeviceType = backend.Client.RunOptions.PasqalDeviceType };

        // The sequence is sent once, with the first round's jobs; later rounds only add {runs, variables}.
        var batch = await pasqal.CreateBatchAsync(WaitUntil.Started, new PiPulse().Sequence.ToAbstractRepr(), Jobs(search), options, cancellationToken);
        console.MarkupLineInterpolated($"Opened batch {batch.Id} on the {backend.Description}");
        var estimate = double.NaN;
        await SweepProgressBar.RunAsync(console, "optimizer rounds", Rounds * ParabolaSearch.PointsPerRound, async progress =>
        {
            for (var round = 1; round <= Rounds; round++)
            {
                if (round > 1)
                {
                    await batch.AddJobsAsync(WaitUntil.Completed, Jobs(search), cancellationToken);
                }
                else
                {
                    await batch.WaitForCompletionAsync(cancellationToken);
                }

                var results = await batch.GetResultsAsync(cancellationToken);
                var measured = search.Candidates()
                    .Select((omega, i) => (omega, Probability(results[results.Count - ParabolaSearch.PointsPerRound + i].Result)))
                    .ToList();
                history.AddRange(measured.Select(m => (round, m.omega, m.Item2)));
                estimate = ParabolaSearch.Vertex(measured);
                progress.Report(new SweepProgress(Rounds * ParabolaSearch.PointsPerRound, history.Count, history.Count, 0));
                search = search.Next(estimate, 0.5, 12.5);
            }

            return estimate;
        });

        await batch.CloseAsync(WaitUntil.Completed, cancellationToken);
        var error = Math.Abs(estimate - PiPulse.OptimalOmega) / PiPulse.OptimalOmega;
        console.MarkupLineInterpolated(
            $"Batch closed ({batch.Value.Status}). Best Ω = [bold]{Invariant(estimate)}[/] rad/µs; the exact π pulse is {Invariant(PiPulse.OptimalOmega)} ({Invariant(error * 100)} % off).");
        Save(files, history);
        console.MarkupLineInterpolated($"Saved to [link]{files.Directory}[/]: {string.Join(", ", Files.Select(f => Path.GetFileName(files.PathOf(f))))}");
        // Shot noise moves the estimate by a few per cent; ten per cent off means the loop did not converge.
        return error < 0.10 ? 0 : 1;
    }

    /// <summary>One job per candidate Ω; the builder validates each against the [Param] range and the device.</summary>
    private static List<PasqalJobRequest> Jobs(ParabolaSearch search) =>
        [.. search.Candidates().Select(omega => new PiPulse.Builder().WithOmega(omega).Build())
            .Select(point => PasqalJobRequest.Create(point.Runs, point.Variables))];

    private static double Probability(PasqalJobResult? result)
    {
        if (result is null)
        {
            throw new InvalidOperationException("a job of the open batch ended without a result");
        }

        var ones = result.Counter.Sum(kv => (long)kv.Key.Count(c => c == '1') * kv.Value);
        var total = result.Counter.Sum(kv => (long)kv.Key.Length * kv.Value);
        return total == 0 ? 0 : (double)ones / total;
    }

    private static void Save(OutputFiles files, List<(int Round, double Omega, double Measured)> history)
    {
        var csv = new StringBuilder().AppendLine("round,omega_rad_per_us,p_measured,p_analytic");
        foreach (var (round, omega, measured) in history)
        {
            csv.AppendLine(string.Join(',', round.ToString(CultureInfo.InvariantCulture), Invariant(omega), Invariant(measured), Invariant(PiPulse.Expected(omega))));
        }

        File.WriteAllText(files.PathOf("optimizer.csv"), csv.ToString());
        var fine = Enumerable.Range(0, 301).Select(i => 0.5 + (12.0 * i / 300)).ToArray();
        Series[] series =
        [
            new("analytic sin²(Ωt/2)", fine, [.. fine.Select(PiPulse.Expected)], Markers: false),
            .. history.GroupBy(h => h.Round).Select(g => new Series($"round {g.Key}", [.. g.Select(h => h.Omega)], [.. g.Select(h => h.Measured)])),
        ];
        Charts.SaveLines(files.PathOf("optimizer.png"), "open-batch optimizer: searching the π pulse", "Ω (rad/µs)", "P(Rydberg)", series);
    }

    private static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
