using Microsoft.Extensions.Logging;

namespace QuantumDsl.Client.Pasqal;

// What the client logs (source-generated, event ids 2001–2099; retries are ServiceHttp's event 1001). Ids, counts,
// statuses and device types only: never a token, a request body, a sequence or a pre-signed result link.
public sealed partial class PasqalClient
{
    [LoggerMessage(EventId = 2001, EventName = "BatchCreated", Level = LogLevel.Information,
        Message = "Created batch {BatchId} with {JobCount} job(s) on {DeviceType} (open: {Open})")]
    internal static partial void LogBatchCreated(ILogger logger, string batchId, int jobCount, string deviceType, bool open);

    [LoggerMessage(EventId = 2002, EventName = "BatchRebatched", Level = LogLevel.Information,
        Message = "Created batch {BatchId} with {JobCount} job(s) retrying jobs of batch {ParentId}")]
    internal static partial void LogRebatched(ILogger logger, string batchId, int jobCount, string parentId);

    [LoggerMessage(EventId = 2003, EventName = "JobsAdded", Level = LogLevel.Information,
        Message = "Added {JobCount} job(s) to batch {BatchId}")]
    internal static partial void LogJobsAdded(ILogger logger, int jobCount, string batchId);

    [LoggerMessage(EventId = 2004, EventName = "BatchClosed", Level = LogLevel.Information,
        Message = "Closed batch {BatchId}: it is {Status}")]
    internal static partial void LogBatchClosed(ILogger logger, string batchId, string status);

    [LoggerMessage(EventId = 2010, EventName = "BatchStatusChanged", Level = LogLevel.Information,
        Message = "Batch {BatchId}: {Previous} -> {Status}")]
    internal static partial void LogBatchStatusChanged(ILogger logger, string batchId, string previous, string status);

    [LoggerMessage(EventId = 2011, EventName = "JobStatusChanged", Level = LogLevel.Debug,
        Message = "Job {JobId} of batch {BatchId}: {Previous} -> {Status}")]
    internal static partial void LogJobStatusChanged(ILogger logger, string jobId, string batchId, string previous, string status);

    [LoggerMessage(EventId = 2020, EventName = "BatchCancelled", Level = LogLevel.Information,
        Message = "Cancelled batch {BatchId}: it is {Status}")]
    internal static partial void LogBatchCancelled(ILogger logger, string batchId, string status);

    [LoggerMessage(EventId = 2021, EventName = "BatchesCancelled", Level = LogLevel.Information,
        Message = "Cancelled {Cancelled} of {Requested} batch(es)")]
    internal static partial void LogBatchesCancelled(ILogger logger, int cancelled, int requested);

    [LoggerMessage(EventId = 2022, EventName = "JobCancelled", Level = LogLevel.Information,
        Message = "Cancelled job {JobId} of batch {BatchId}: it is {Status}")]
    internal static partial void LogJobCancelled(ILogger logger, string jobId, string batchId, string status);

    [LoggerMessage(EventId = 2023, EventName = "JobsCancelled", Level = LogLevel.Information,
        Message = "Cancelled {Cancelled} job(s) of batch {BatchId}")]
    internal static partial void LogJobsCancelled(ILogger logger, int cancelled, string batchId);

    [LoggerMessage(EventId = 2024, EventName = "CancelRefused", Level = LogLevel.Warning,
        Message = "Could not cancel {Kind} {Id}: {Reason}")]
    internal static partial void LogCancelRefused(ILogger logger, string kind, string id, string reason);

    [LoggerMessage(EventId = 2030, EventName = "JobResultDownloaded", Level = LogLevel.Debug,
        Message = "Downloaded the result of job {JobId}: {Shots} shot(s), {Bitstrings} distinct bitstring(s)")]
    internal static partial void LogJobResultDownloaded(ILogger logger, string jobId, int shots, int bitstrings);

    [LoggerMessage(EventId = 2031, EventName = "JobResultNotReady", Level = LogLevel.Debug,
        Message = "Job {JobId} has no result link yet")]
    internal static partial void LogJobResultNotReady(ILogger logger, string jobId);

    [LoggerMessage(EventId = 2035, EventName = "DeviceSpecsDrift", Level = LogLevel.Warning,
        Message = "The {DeviceType} specs the service publishes differ from the compiled device {Device} in {Count} fields: {Differences}")]
    internal static partial void LogDeviceSpecsDrift(ILogger logger, string deviceType, string device, int count, string differences);

    [LoggerMessage(EventId = 2036, EventName = "DeviceSpecsMissing", Level = LogLevel.Warning,
        Message = "The service publishes no specs for {DeviceType} (published: {Published}); the sweep is checked against the compiled device {Device} only")]
    internal static partial void LogDeviceSpecsMissing(ILogger logger, string deviceType, string published, string device);

    [LoggerMessage(EventId = 2040, EventName = "WorkloadCreated", Level = LogLevel.Information,
        Message = "Created workload {WorkloadId} ({WorkloadType} on {Backend})")]
    internal static partial void LogWorkloadCreated(ILogger logger, string workloadId, string workloadType, string backend);

    [LoggerMessage(EventId = 2041, EventName = "WorkloadStatusChanged", Level = LogLevel.Information,
        Message = "Workload {WorkloadId}: {Previous} -> {Status}")]
    internal static partial void LogWorkloadStatusChanged(ILogger logger, string workloadId, string previous, string status);

    [LoggerMessage(EventId = 2042, EventName = "WorkloadCancelled", Level = LogLevel.Information,
        Message = "Cancelled workload {WorkloadId}: it is {Status}")]
    internal static partial void LogWorkloadCancelled(ILogger logger, string workloadId, string status);

    [LoggerMessage(EventId = 2043, EventName = "WorkloadResultDownloaded", Level = LogLevel.Debug,
        Message = "Downloaded the result of workload {WorkloadId} through its result link")]
    internal static partial void LogWorkloadResultDownloaded(ILogger logger, string workloadId);
}
