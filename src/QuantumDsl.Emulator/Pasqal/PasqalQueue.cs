using System.Text.Json;
using Microsoft.Data.Sqlite;
using QuantumDsl.Emulator.Storage;
using static QuantumDsl.Emulator.Pasqal.PasqalRowReader;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// Queue scheduling of the Pasqal surface: which job runs next (one batch holds a device type until it ends), how a
/// job's outcome is recorded, and the housekeeping of interrupted jobs and idle open batches.
/// </summary>
internal sealed class PasqalQueue(EmulatorDatabase database, TimeProvider time)
{
    private long Now() => UnixTime.Micros(time.GetUtcNow());

    /// <summary>After a restart: a job that was RUNNING when the process died is run again.</summary>
    public int RequeueInterrupted()
    {
        using var connection = database.Open();
        return connection.Run("UPDATE pasqal_jobs SET status = 'PENDING', start_at = NULL WHERE status = 'RUNNING'");
    }

    /// <summary>Open batches holding a device with no unfinished job for <paramref name="timeout"/> become TIMED_OUT.</summary>
    public int TimeOutIdleBatches(TimeSpan timeout)
    {
        using var connection = database.Open();
        var now = Now();
        var cutoff = now - (long)(timeout.TotalMilliseconds * 1000);
        return connection.Run(
            """
            UPDATE pasqal_batches SET status = 'TIMED_OUT', open = 0, updated_at = $now, end_at = $now
            WHERE open = 1 AND status = 'RUNNING' AND last_activity < $cutoff
              AND NOT EXISTS (SELECT 1 FROM pasqal_jobs j WHERE j.batch_id = pasqal_batches.id AND j.status IN ('PENDING', 'RUNNING'))
            """,
            ("$now", now), ("$cutoff", cutoff));
    }

    /// <summary>
    /// Picks the next job to run: per device type, the batch that holds the device (RUNNING) or else the oldest PENDING
    /// batch; then that batch's oldest PENDING job, which becomes RUNNING. Null when nothing can run now.
    /// </summary>
    public (JobRow Job, BatchRow Batch)? ClaimNext()
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var devices = new List<string>();
        using (var command = connection.Command("SELECT DISTINCT device_type FROM pasqal_batches WHERE status IN ('PENDING', 'RUNNING')"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                devices.Add(reader.GetString(0));
            }
        }

        foreach (var device in devices)
        {
            var batch = ReadBatches(connection,
                $"SELECT {BatchColumns} FROM pasqal_batches WHERE device_type = $d AND status IN ('PENDING', 'RUNNING') ORDER BY status = 'RUNNING' DESC, seq LIMIT 1",
                ("$d", device)).Single();
            var now = Now();
            if (batch.Status == PasqalStatus.Pending)
            {
                connection.Run(
                    "UPDATE pasqal_batches SET status = 'RUNNING', start_at = $now, updated_at = $now, last_activity = $now WHERE id = $id",
                    ("$now", now), ("$id", batch.Id));
                batch = batch with { Status = PasqalStatus.Running, StartAt = now };
            }

            var job = ReadJobs(connection,
                $"SELECT {JobColumns} FROM pasqal_jobs WHERE batch_id = $b AND status = 'PENDING' ORDER BY seq LIMIT 1", ("$b", batch.Id)).FirstOrDefault();
            if (job is null)
            {
                PasqalSettlement.SettleBatch(connection, batch.Id, time);
                continue;
            }

            connection.Run("UPDATE pasqal_jobs SET status = 'RUNNING', start_at = $now, updated_at = $now WHERE id = $id", ("$now", now), ("$id", job.Id));
            transaction.Commit();
            return (job with { Status = PasqalStatus.Running, StartAt = now }, batch);
        }

        transaction.Commit();
        return null;
    }

    /// <summary>Records a job's outcome unless it was cancelled meanwhile, then settles its batch.</summary>
    public void Finish(string jobId, string batchId, string status, string? result, IReadOnlyList<string> errors)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var now = Now();
        connection.Run(
            "UPDATE pasqal_jobs SET status = $s, result = $r, errors = $e, updated_at = $now, end_at = $now WHERE id = $id AND status = 'RUNNING'",
            ("$s", status), ("$r", result), ("$e", JsonSerializer.Serialize(errors, PasqalStoreJson.Default.IReadOnlyListString)),
            ("$now", now), ("$id", jobId));
        connection.Run("UPDATE pasqal_batches SET last_activity = $now, updated_at = $now WHERE id = $id", ("$now", now), ("$id", batchId));
        PasqalSettlement.SettleBatch(connection, batchId, time);
        transaction.Commit();
    }
}
