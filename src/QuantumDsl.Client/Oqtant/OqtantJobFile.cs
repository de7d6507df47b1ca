using System.Globalization;
using System.Text.Json;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Oqtant;

/// <summary>
/// Job files in the Python Oqtant client's format: one line of JSON of the whole job (inputs, outputs, images),
/// keys in the client's order, nulls written. Reading needs no server; writing never overwrites a file.
/// </summary>
public static class OqtantJobFile
{
    /// <summary>Reads and parses a job file; a bad file throws <see cref="InvalidDataException"/> naming the file and the JSON path.</summary>
    public static async Task<OqtantJob> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, OqtantJsonContext.Default.OqtantJob, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException($"{path}: the file holds null, not an Oqtant job.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not an Oqtant job file at {e.Path ?? "$"}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Writes <paramref name="job"/> to <paramref name="path"/> as one line of JSON. Refuses to overwrite: an existing file
    /// throws <see cref="IOException"/> ("File already exists. Please choose a unique filename.").
    /// </summary>
    public static async Task WriteAsync(OqtantJob job, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir)
        {
            Directory.CreateDirectory(dir);
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        }
        catch (IOException e) when (File.Exists(path))
        {
            throw new IOException($"{path}: File already exists. Please choose a unique filename.", e);
        }

        await using (stream)
        {
            await JsonSerializer.SerializeAsync(stream, job, OqtantJsonContext.Default.OqtantJob, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The Python client's file name: <c>&lt;external_id&gt;.txt</c> for one input, else
    /// <c>&lt;external_id&gt;_run_&lt;run&gt;_of_&lt;input_count&gt;.txt</c>; <paramref name="baseName"/> replaces the id part.
    /// </summary>
    public static string DefaultFileName(OqtantJob job, string? baseName = null)
    {
        ArgumentNullException.ThrowIfNull(job);
        var stem = baseName ?? job.ExternalId ?? throw new ArgumentException("The job has no external_id; pass a file name.", nameof(job));
        if (stem.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            stem = stem[..^4];
        }

        var count = job.InputCount ?? job.Inputs.Count;
        var run = job.Inputs.Count > 0 ? job.Inputs[0].Run ?? 1 : 1;
        return count > 1 ? string.Create(CultureInfo.InvariantCulture, $"{stem}_run_{run}_of_{count}.txt") : stem + ".txt";
    }
}
