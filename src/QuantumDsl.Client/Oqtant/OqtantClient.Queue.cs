using System.Globalization;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Oqtant;

public sealed partial class OqtantClient
{
    /// <summary>The default number of jobs <see cref="GetQueueStatusAsync"/> asks for, as the Python client does.</summary>
    public const int QueueStatusDefaultLimit = 50;

    /// <summary>
    /// The raw camera images of one run (default run 1) of a finished job (<c>get_raw_images</c>,
    /// <c>GET /jobs/{id}/raw_images?run=N</c>): for absorption imaging the probe frame (<see cref="RawImages.Absolute"/>)
    /// and the reference frame (<see cref="RawImages.Background"/>), then the MOT fluorescence image. A run without an
    /// output (pending, failed or cancelled) has none: the service answers 404, thrown as a
    /// <see cref="QuantumServiceException"/>.
    /// </summary>
    public Task<IReadOnlyList<RawImages>> GetRawImagesAsync(string jobId, int run = 1, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(run, 1);
        return _http.SendAsync(HttpMethod.Get, $"/jobs/{Id(jobId)}/raw_images?run={run.ToString(CultureInfo.InvariantCulture)}",
            OqtantJsonContext.Default.IReadOnlyListRawImages, cancellationToken);
    }

    /// <summary>
    /// The jobs still in the queue (<c>get_queue_status</c>): a search (<see cref="GetJobsAsync"/>) whose submission
    /// window defaults to today (UTC midnight to now) and whose limit defaults to
    /// <see cref="QueueStatusDefaultLimit"/>, without the COMPLETE jobs unless <paramref name="includeComplete"/>. Like
    /// the Python client, only COMPLETE is dropped: FAILED, INCOMPLETE and CANCELLED jobs of the window stay listed.
    /// </summary>
    public async Task<IReadOnlyList<JobSummary>> GetQueueStatusAsync(OqtantJobSearch? search = null, bool includeComplete = false,
        CancellationToken cancellationToken = default)
    {
        var now = DateTimeOffset.UtcNow;
        search ??= new OqtantJobSearch { Limit = QueueStatusDefaultLimit };
        search = search with
        {
            SubmitStart = search.SubmitStart ?? new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero),
            SubmitEnd = search.SubmitEnd ?? now,
        };
        var jobs = await GetJobsAsync(search, cancellationToken).ConfigureAwait(false);
        return includeComplete ? jobs : [.. jobs.Where(j => j.Status != JobStatus.Complete)];
    }
}
