using System.ComponentModel;
using System.Text.Json.Nodes;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Oqtant;

/// <summary>
/// The Python-port names of members renamed to the .NET convention (Get/Add/Start…Async). Each forwards to its new
/// name, so code written against the earlier names keeps compiling, with a warning saying where to go; docs/client.md
/// maps every Python name to the .NET one.
/// </summary>
public sealed partial class OqtantClient
{
    /// <summary>Renamed <see cref="GetJobsAsync"/> (<c>search_jobs</c>).</summary>
    [Obsolete("Use GetJobsAsync (the .NET name of search_jobs).")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<IReadOnlyList<JobSummary>> SearchJobsAsync(OqtantJobSearch? search = null, CancellationToken cancellationToken = default) =>
        GetJobsAsync(search, cancellationToken);

    /// <summary>Renamed <see cref="AddActiveJobAsync"/> (<c>load_job_from_id</c>).</summary>
    [Obsolete("Use AddActiveJobAsync (the .NET name of load_job_from_id).")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<OqtantJob> LoadJobFromIdAsync(string jobId, int run = 1, CancellationToken cancellationToken = default) =>
        AddActiveJobAsync(jobId, run, cancellationToken);

    /// <summary>Renamed <see cref="AddActiveJobsAsync"/> (<c>load_job_from_id_list</c>).</summary>
    [Obsolete("Use AddActiveJobsAsync (the .NET name of load_job_from_id_list).")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<IReadOnlyList<OqtantJob>> LoadJobsFromIdsAsync(IEnumerable<string> jobIds, CancellationToken cancellationToken = default) =>
        AddActiveJobsAsync(jobIds, cancellationToken);

    /// <summary>Renamed <see cref="AddActiveJobFromFileAsync"/> (<c>load_job_from_file</c>).</summary>
    [Obsolete("Use AddActiveJobFromFileAsync (the .NET name of load_job_from_file).")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<OqtantJob> LoadJobFromFileAsync(string path, CancellationToken cancellationToken = default) =>
        AddActiveJobFromFileAsync(path, cancellationToken);

    /// <summary>Renamed <see cref="AddActiveJobsFromFilesAsync"/> (<c>load_job_from_file_list</c>).</summary>
    [Obsolete("Use AddActiveJobsFromFilesAsync (the .NET name of load_job_from_file_list).")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<IReadOnlyList<OqtantJob>> LoadJobsFromFilesAsync(IEnumerable<string> paths, CancellationToken cancellationToken = default) =>
        AddActiveJobsFromFilesAsync(paths, cancellationToken);

    /// <summary>Renamed <see cref="GetActiveJobsAsync"/> (<c>see_active_jobs</c>).</summary>
    [Obsolete("Use GetActiveJobsAsync (the .NET name of see_active_jobs).")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Task<IReadOnlyList<OqtantJob>> SeeActiveJobsAsync(bool refresh = false, CancellationToken cancellationToken = default) =>
        GetActiveJobsAsync(refresh, cancellationToken);

    /// <summary>Python-port name of <see cref="MatterJob.FromJson(JsonNode)"/> (<c>generate_oqtant_job</c>).</summary>
    [Obsolete("Use MatterJob.FromJson: one way to build a job from JSON (this Python-port name forwards to it).")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static MatterJob GenerateJob(JsonNode job) => MatterJob.FromJson(job);

    /// <summary>Python-port name of <see cref="MatterJob.FromJson(string)"/> (<c>generate_oqtant_job</c>).</summary>
    [Obsolete("Use MatterJob.FromJson: one way to build a job from JSON (this Python-port name forwards to it).")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static MatterJob GenerateJob(string json) => MatterJob.FromJson(json);

    /// <summary>Python-port name of <see cref="OqtantJobFile.WriteAsync"/> (<c>_write_job_to_file</c>).</summary>
    [Obsolete("Use OqtantJobFile.WriteAsync: one way to write a job file (this Python-port name forwards to it).")]
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static Task WriteJobToFileAsync(OqtantJob job, string path, CancellationToken cancellationToken = default) =>
        OqtantJobFile.WriteAsync(job, path, cancellationToken);
}
