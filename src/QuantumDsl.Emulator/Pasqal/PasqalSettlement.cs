using Microsoft.Data.Sqlite;
using QuantumDsl.Emulator.Storage;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>The one rule for a batch's final status once its jobs have ended (used by user actions and by the queue).</summary>
internal static class PasqalSettlement
{
    /// <summary>A closed, unfinished batch whose jobs are all terminal becomes DONE (also with no job at all), or ERROR/CANCELED when no job is DONE.</summary>
    public static void SettleBatch(SqliteConnection connection, string batchId, TimeProvider time)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var command = connection.Command("SELECT status, COUNT(*) FROM pasqal_jobs WHERE batch_id = $b GROUP BY status", ("$b", batchId)))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                counts[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        if (counts.ContainsKey(PasqalStatus.Pending) || counts.ContainsKey(PasqalStatus.Running))
        {
            return;
        }

        var status = counts.Count == 0 || counts.ContainsKey(PasqalStatus.Done) ? PasqalStatus.Done
            : counts.ContainsKey(PasqalStatus.Error) ? PasqalStatus.Error
            : PasqalStatus.Canceled;
        var now = UnixTime.Micros(time.GetUtcNow());
        connection.Run(
            "UPDATE pasqal_batches SET status = $s, updated_at = $now, end_at = $now WHERE id = $id AND open = 0 AND status IN ('PENDING', 'RUNNING')",
            ("$s", status), ("$now", now), ("$id", batchId));
    }
}
