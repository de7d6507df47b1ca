using Microsoft.Extensions.Logging;
using QuantumDsl.Matter;

namespace QuantumDsl.Client.Oqtant;

// What the client logs (source-generated, event ids 3001–3099; Pasqal's are 2001–2099, retries are ServiceHttp's
// event 1001). Ids, names, counts, runs and statuses only: never a token, a job's inputs or outputs, or anything of
// OqtantLogin (which logs nothing: no PKCE verifier, code or token).
public sealed partial class OqtantClient
{
    [LoggerMessage(EventId = 3001, EventName = "OqtantJobSubmitted", Level = LogLevel.Information,
        Message = "Submitted job {JobId} '{JobName}' with {InputCount} input(s); queue position {QueuePosition}")]
    internal static partial void LogJobSubmitted(ILogger logger, string jobId, string jobName, int inputCount, int queuePosition);

    [LoggerMessage(EventId = 3002, EventName = "OqtantRunListSplit", Level = LogLevel.Warning,
        Message = "Maximum number of jobs per run is {Limit}: the list of {Count} jobs is split into {Runs} runs, which may not run back to back.")]
    internal static partial void LogSplit(ILogger logger, int count, int limit, int runs);

    [LoggerMessage(EventId = 3010, EventName = "OqtantJobStatusChanged", Level = LogLevel.Information,
        Message = "Job {JobId}: {Previous} -> {Status}")]
    internal static partial void LogJobStatusChanged(ILogger logger, string jobId, string previous, string status);

    [LoggerMessage(EventId = 3011, EventName = "OqtantRunFailed", Level = LogLevel.Debug,
        Message = "Run {Run} of job {JobId} failed (the job is {Status})")]
    internal static partial void LogRunFailed(ILogger logger, int run, string jobId, string status);

    [LoggerMessage(EventId = 3020, EventName = "OqtantJobCancelled", Level = LogLevel.Information,
        Message = "Cancelled job {JobId}")]
    internal static partial void LogJobCancelled(ILogger logger, string jobId);

    [LoggerMessage(EventId = 3021, EventName = "OqtantJobDeleted", Level = LogLevel.Information,
        Message = "Deleted job {JobId}")]
    internal static partial void LogJobDeleted(ILogger logger, string jobId);

    [LoggerMessage(EventId = 3022, EventName = "OqtantCancelRefused", Level = LogLevel.Warning,
        Message = "Could not cancel job {JobId}: HTTP {HttpStatus} {Reason}")]
    internal static partial void LogCancelRefused(ILogger logger, string jobId, int httpStatus, string reason);

    [LoggerMessage(EventId = 3023, EventName = "OqtantDeleteRefused", Level = LogLevel.Warning,
        Message = "Could not delete job {JobId}: HTTP {HttpStatus} {Reason}")]
    internal static partial void LogDeleteRefused(ILogger logger, string jobId, int httpStatus, string reason);

    [LoggerMessage(EventId = 3030, EventName = "OqtantJobOutputDownloaded", Level = LogLevel.Debug,
        Message = "Downloaded the output of run {Run} of job {JobId} ({Status})")]
    internal static partial void LogOutputDownloaded(ILogger logger, int run, string jobId, string status);

    /// <summary>
    /// Logs a status change seen while tracking (Information) and, when the job has ended with failed runs, each of
    /// them (Debug). Nothing when <paramref name="previous"/> is unknown or the same.
    /// </summary>
    internal void LogStatusSeen(string jobId, JobStatus? previous, JobStatus status, IReadOnlyList<int>? failedRuns = null)
    {
        if (previous is not { } before || before == status)
        {
            return;
        }

        LogJobStatusChanged(_logger, jobId, WireEnum<JobStatus>.Name(before), WireEnum<JobStatus>.Name(status));
        if (status.IsTerminal() && failedRuns is { Count: > 0 } && _logger.IsEnabled(LogLevel.Debug))
        {
            foreach (var run in failedRuns)
            {
                LogRunFailed(_logger, run, jobId, WireEnum<JobStatus>.Name(status));
            }
        }
    }

    /// <summary>A 4xx answer to a cancel or delete: the service refused it (a transient failure is not a refusal).</summary>
    private static bool IsRefusal(QuantumServiceException e) => e.Status is >= 400 and < 500 && !e.IsTransient;
}
