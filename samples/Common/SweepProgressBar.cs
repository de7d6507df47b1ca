using Spectre.Console;

namespace QuantumDsl.Samples;

/// <summary>A live progress bar (Spectre.Console) fed by a sweep's <see cref="IProgress{SweepProgress}"/>.</summary>
public static class SweepProgressBar
{
    /// <summary>Runs <paramref name="run"/> while a bar shows the points finished out of <paramref name="total"/>.</summary>
    public static Task<T> RunAsync<T>(IAnsiConsole console, string label, int total, Func<IProgress<SweepProgress>, Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(label, maxValue: total);
                var result = await run(new BarProgress(task, label));
                task.Value = total;
                task.StopTask();
                context.Refresh();
                return result;
            });
    }

    /// <summary>Updates the bar on the reporting thread (no synchronisation context, so no posting).</summary>
    private sealed class BarProgress(ProgressTask task, string label) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value)
        {
            task.Value = value.Finished;
            task.Description = value.Failed == 0
                ? $"{label} ({value.Submitted} submitted)"
                : $"{label} ([red]{value.Failed} failed[/])";
        }
    }
}
