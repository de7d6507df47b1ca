using System.Globalization;
using Microsoft.Extensions.Logging;

namespace QuantumDsl.Client;

/// <summary>
/// What the sweep runners say aloud (source-generated, event ids 4001–4099, logged through the client's logger and
/// repeated as the <see cref="SweepProgress.Note"/> of the update that carries it): each fresh start and each
/// re-attach, and each job the journal knows but the service does not.
/// </summary>
internal static partial class SweepLog
{
    [LoggerMessage(EventId = 4001, EventName = "SweepStarted", Level = LogLevel.Information,
        Message = "{Why}: {Points} {Kind} point(s) as {Units} {UnitName}(s) on {Endpoint}; journal {Journal}")]
    private static partial void LogStarted(ILogger logger, string why, int points, string kind, int units, string unitName, Uri endpoint, string journal);

    [LoggerMessage(EventId = 4002, EventName = "SweepReattached", Level = LogLevel.Information,
        Message = "re-attached to {UnitName} {RemoteId} submitted at {SubmittedAt}, {Done}/{Points} points already done")]
    private static partial void LogReattached(ILogger logger, string unitName, string remoteId, string submittedAt, int done, int points);

    [LoggerMessage(EventId = 4003, EventName = "SweepJobUnknownToService", Level = LogLevel.Warning,
        Message = "{UnitName} {RemoteId} of an earlier run is unknown to {Endpoint} (HTTP 404): submitting its {Points} point(s) again")]
    private static partial void LogUnknown(ILogger logger, string unitName, string remoteId, Uri endpoint, int points);

    /// <summary>A new run (nothing of this sweep in the journal for this service and account, or a new run asked for).</summary>
    public static string Started(ILogger logger, RunJournal journal, bool newRunAsked, string kind, int points, int units, string unitName, Uri endpoint)
    {
        var why = newRunAsked ? "new run (as asked)"
            : journal.Resumed ? "resuming an earlier run whose submission was not confirmed (sent again with the same idempotency keys, so the service does not duplicate it)"
            : "fresh run (no earlier run of this sweep on this service and account)";
        var note = string.Create(CultureInfo.InvariantCulture,
            $"{why}: {points} {kind} point(s) as {units} {unitName}(s) on {endpoint}; journal {journal.FilePath}");
        LogStarted(logger, why, points, kind, units, unitName, endpoint, journal.FilePath);
        return note;
    }

    /// <summary>A unit of an earlier run found on the service.</summary>
    public static string Reattached(ILogger logger, string unitName, string remoteId, DateTimeOffset? submittedAt, int done, int points)
    {
        var at = submittedAt is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) : "an unknown time";
        var note = string.Create(CultureInfo.InvariantCulture,
            $"re-attached to {unitName} {remoteId} submitted at {at}, {done}/{points} points already done (SweepRunOptions.NewRun or --new-run runs the sweep again)");
        LogReattached(logger, unitName, remoteId, at, done, points);
        return note;
    }

    /// <summary>A unit the journal knows but the service answers 404 for: its points are submitted again.</summary>
    public static string Unknown(ILogger logger, string unitName, string remoteId, Uri endpoint, int points)
    {
        var note = string.Create(CultureInfo.InvariantCulture,
            $"{unitName} {remoteId} of an earlier run is unknown to {endpoint} (HTTP 404: deleted, or another server's database); submitting its {points} point(s) again");
        LogUnknown(logger, unitName, remoteId, endpoint, points);
        return note;
    }

    /// <summary>Parses a service timestamp (ISO 8601; naive means UTC), or null.</summary>
    public static DateTimeOffset? Timestamp(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t) ? t : null;
}
