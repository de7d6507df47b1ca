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
                var bar = new BarProgress(task, label);
                var result = await run(bar);
                task.Value = total;
                task.StopTask();
                context.Refresh();
                return (result, bar.Notes);
            })
            .ContinueWith(done =>
            {
                // What the run said aloud (a fresh start or a re-attach, a job the service no longer knows), once the bar is done.
                var (result, notes) = done.GetAwaiter().GetResult();
                foreach (var note in notes)
                {
                    console.MarkupLineInterpolated($"[grey]{note}[/]");
                }

                return result;
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Updates the bar on the reporting thread (no synchronisation context, so no posting).</summary>
    private sealed class BarProgress(ProgressTask task, string label) : IProgress<SweepProgress>
    {
        private readonly List<string> _notes = [];

        public IReadOnlyList<string> Notes
        {
            get
            {
                lock (_notes)
                {
                    return [.. _notes];
                }
            }
        }

        public void Report(SweepProgress value)
        {
            task.Value = value.Finished;
            if (value.Note is { } note)
            {
                lock (_notes)
                {
                    _notes.Add(note);
                }

                // Shown live too (a retry's next attempt time, a re-attach), until the next count update.
                task.Description = $"{label} [grey]{Markup.Escape(note.Length > 90 ? note[..90] + "…" : note)}[/]";
                return;
            }

            task.Description = value.Failed == 0
                ? $"{label} ({value.Submitted} submitted)"
                : $"{label} ([red]{value.Failed} failed[/])";
        }
    }
}
