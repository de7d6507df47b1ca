using System.Globalization;
using QuantumDsl.Client.Pasqal;
using QuantumDsl.Export;
using QuantumDsl.Matter;
using Spectre.Console;

namespace QuantumDsl.Cli.Output;

/// <summary>Human output: Spectre tables of jobs and batches (wire names for statuses and types, UTC times).</summary>
internal static class Tables
{
    public static string Status(JobStatus status) => WireEnum<JobStatus>.Name(status);

    public static string Status(PasqalBatchStatus status) => WireEnum<PasqalBatchStatus>.Name(status);

    public static string Status(PasqalJobStatus status) => WireEnum<PasqalJobStatus>.Name(status);

    public static JobSummary Summary(OqtantJob job) => new()
    {
        Name = job.Name, JobType = job.JobType, Status = job.Status, ExternalId = job.ExternalId, TimeSubmit = job.TimeSubmit,
        TimeStart = job.TimeStart, TimeComplete = job.TimeComplete, InputCount = job.InputCount,
    };

    public static void Jobs(IAnsiConsole console, IReadOnlyList<JobSummary> jobs)
    {
        var table = new Table().AddColumns("Id", "Name", "Type", "Status", "Inputs", "Submitted (UTC)");
        foreach (var job in jobs)
        {
            table.AddRow(Text(job.ExternalId), Text(job.Name), Text(job.JobType is { } t ? WireEnum<JobType>.Name(t) : null),
                Text(Status(job.Status)), Text(job.InputCount?.ToString(CultureInfo.InvariantCulture)), Text(Time(job.TimeSubmit)));
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{jobs.Count} job(s)"));
    }

    /// <summary>A job (one run's inputs) and, when runs failed, why each of them failed (<paramref name="failures"/>, by run).</summary>
    public static void Job(IAnsiConsole console, OqtantJob job, IReadOnlyDictionary<int, IReadOnlyList<string>> failures)
    {
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string? value) => grid.AddRow(new Text(name, new Style(decoration: Decoration.Bold)), Text(value));
        Row("Id", job.ExternalId);
        Row("Name", job.Name);
        Row("Type", job.JobType is { } t ? WireEnum<JobType>.Name(t) : null);
        Row("Status", Status(job.Status));
        Row("Inputs", job.InputCount?.ToString(CultureInfo.InvariantCulture));
        Row("Submitted (UTC)", Time(job.TimeSubmit));
        Row("Started (UTC)", Time(job.TimeStart));
        Row("Completed (UTC)", Time(job.TimeComplete));
        Row("QPU", job.QpuName);
        Row("Failed runs", job.FailedInputs is { Count: > 0 } failed ? string.Join(", ", failed) : null);
        console.Write(grid);
        // The numbers of each run come from the same table the download command exports (MatterResultTable).
        var results = MatterResultTable.FromJobs([job]);
        var inputs = new Table().AddColumns("Run", "TOF (ms)", "Final RF (MHz)", "Image", "Output", "T (nK)", "MOT atoms", "TOF atoms", "Condensed",
            "Fraction", "Notes");
        for (var i = 0; i < job.Inputs.Count; i++)
        {
            var input = job.Inputs[i];
            string? Cell(string column, string format = "0") => Number(results[column].Values[i], format);
            var temperature = Cell("temperature_nk");
            if (temperature is not null && results["temperature_is_lower_bound"].Values[i] is true)
            {
                temperature = "≥ " + temperature;
            }
            else if (temperature is not null && results["temperature_is_upper_bound"].Values[i] is true)
            {
                temperature = "≤ " + temperature;
            }

            inputs.AddRow(Text(input.Run?.ToString(CultureInfo.InvariantCulture)), Text(Cell("time_of_flight", "0.###")),
                Text(Cell("rf_final_frequency", "0.####")), Text(WireEnum<ImageType>.Name(input.Values.ImageType)),
                Text((string?)results["output"].Values[i] ?? "none"), Text(temperature), Text(Cell("total_mot_atom_number")),
                Text(Cell("tof_atom_number")), Text(Cell("condensed_atom_number")), Text(Cell("condensed_fraction", "0.000")), Text(input.Notes));
        }

        console.Write(inputs);
        if (failures.Count > 0)
        {
            var why = new Table().AddColumns("Failed run", "Reason");
            foreach (var (run, reasons) in failures.OrderBy(f => f.Key))
            {
                why.AddRow(Text(run.ToString(CultureInfo.InvariantCulture)), Text(reasons.Count > 0 ? string.Join("; ", reasons) : "no reason given"));
            }

            console.Write(why);
        }

        if (job.Inputs.Any(i => i.Output?.Values is NonPlotOutput { TemperatureIsLowerBound: true } or NonPlotOutput { TemperatureIsUpperBound: true }))
        {
            console.WriteLine("≥ / ≤: the fit's thermal width is at its bound, so T is only a lower / upper bound (see docs/emulator.md).");
        }
    }

    /// <summary>Raw images: camera, size, pixel size and the range and mean of each frame.</summary>
    public static void RawImages(IAnsiConsole console, IReadOnlyList<RawImages> images)
    {
        var table = new Table().AddColumns("Run", "Camera", "Size", "µm/pixel", "Absolute (min / mean / max)", "Background (min / mean / max)");
        foreach (var image in images)
        {
            table.AddRow(Text(image.Run?.ToString(CultureInfo.InvariantCulture)), Text(WireEnum<RawImageType>.Name(image.ImageType)),
                Text(string.Create(CultureInfo.InvariantCulture, $"{image.Absolute.Rows}×{image.Absolute.Columns}")),
                Text(image.Absolute.Pixcal?.ToString(CultureInfo.InvariantCulture)), Text(Range(image.Absolute)), Text(image.Background is { } b ? Range(b) : null));
        }

        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{images.Count} image(s)"));
    }

    private static string Range(Image image) => image.Pixels.Count == 0 ? "-" : string.Create(CultureInfo.InvariantCulture,
        $"{image.Pixels.Min():0.###} / {image.Pixels.Average():0.###} / {image.Pixels.Max():0.###}");

    public static void Batches(IAnsiConsole console, IReadOnlyList<PasqalBatchInfo> batches, int offset, int total)
    {
        var table = new Table().AddColumns("Id", "Status", "Device", "Open", "Jobs", "Tags", "Created (UTC)");
        foreach (var batch in batches)
        {
            table.AddRow(Text(batch.Id), Text(Status(batch.Status)), Text(batch.DeviceType), Text(batch.Open ? "yes" : "no"),
                Text((batch.JobsCount ?? batch.JobIds?.Count ?? batch.Jobs?.Count)?.ToString(CultureInfo.InvariantCulture)),
                Text(batch.Tags is { Count: > 0 } tags ? string.Join(", ", tags) : null), Text(batch.CreatedAt));
        }

        console.Write(table);
        console.WriteLine(batches.Count == 0
            ? string.Create(CultureInfo.InvariantCulture, $"0 of {total} batch(es)")
            : string.Create(CultureInfo.InvariantCulture, $"{offset + 1}–{offset + batches.Count} of {total} batch(es)"));
    }

    /// <summary>Bitstrings shown per job in <c>batches show</c>.</summary>
    public const int MaxCountsShown = 4;

    public static void Batch(IAnsiConsole console, PasqalBatchInfo batch, IReadOnlyList<PasqalJobInfo> jobs,
        IReadOnlyDictionary<string, PasqalJobResult?>? results = null)
    {
        var grid = new Grid().AddColumn().AddColumn();
        void Row(string name, string? value) => grid.AddRow(new Text(name, new Style(decoration: Decoration.Bold)), Text(value));
        Row("Id", batch.Id);
        Row("Status", Status(batch.Status));
        Row("Device", batch.DeviceType);
        Row("Open", batch.Open ? "yes" : "no");
        Row("Project", batch.ProjectId);
        Row("Parent", batch.ParentId);
        Row("Tags", batch.Tags is { Count: > 0 } tags ? string.Join(", ", tags) : null);
        Row("Created (UTC)", batch.CreatedAt);
        Row("Updated (UTC)", batch.UpdatedAt);
        console.Write(grid);
        console.Write(JobTable(jobs, results));
    }

    /// <summary>One Pasqal job (<c>qdsl jobs show --pasqal</c>): its batch, then the same row as in <see cref="Batch"/>.</summary>
    public static void PasqalJob(IAnsiConsole console, PasqalJobInfo job, IReadOnlyDictionary<string, PasqalJobResult?>? results)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow(new Text("Batch", new Style(decoration: Decoration.Bold)), Text(job.BatchId));
        grid.AddRow(new Text("Created (UTC)", new Style(decoration: Decoration.Bold)), Text(job.CreatedAt));
        grid.AddRow(new Text("Updated (UTC)", new Style(decoration: Decoration.Bold)), Text(job.UpdatedAt));
        console.Write(grid);
        console.Write(JobTable([job], results));
    }

    private static Table JobTable(IReadOnlyList<PasqalJobInfo> jobs, IReadOnlyDictionary<string, PasqalJobResult?>? results)
    {
        var table = new Table().AddColumns("Job", "Status", "Runs", "Variables", "Counts", "Errors");
        foreach (var job in jobs)
        {
            var counts = results is not null && results.TryGetValue(job.Id, out var result) ? result?.Counter : job.Result ?? job.FullResult?.Counter;
            table.AddRow(Text(job.Id), Text(Status(job.Status)), Text(job.Runs?.ToString(CultureInfo.InvariantCulture)),
                Text(job.Variables is { Count: > 0 } v ? string.Join(", ", v.Select(kv => kv.Key + "=" + kv.Value.GetRawText())) : null),
                Text(counts is { Count: > 0 } ? Counts(counts) : null),
                Text(job.Errors is { Count: > 0 } e ? string.Join("; ", e) : null));
        }

        return table;
    }

    /// <summary>The most frequent bitstrings first, at most <see cref="MaxCountsShown"/> of them, then how many more.</summary>
    public static string Counts(IReadOnlyDictionary<string, int> counts)
    {
        var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(MaxCountsShown)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key}: {c.Value}"));
        var more = counts.Count - MaxCountsShown;
        return string.Join(", ", top) + (more > 0 ? string.Create(CultureInfo.InvariantCulture, $", … ({more} more)") : "");
    }

    private static string? Number(object? value, string format) => value switch
    {
        long l => l.ToString(format, CultureInfo.InvariantCulture),
        double d => d.ToString(format, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static Text Text(string? value) => new(value ?? "-");

    private static string? Time(DateTime? time) => time?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
