using Microsoft.Data.Sqlite;
using QuantumDsl.Emulator.Storage;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>Row mapping of the Pasqal tables: the column lists and the readers that turn SQLite rows into <see cref="BatchRow"/>s and <see cref="JobRow"/>s.</summary>
internal static class PasqalRowReader
{
    public const string BatchColumns = "seq, id, owner, project_id, device_type, status, open, sequence_builder, webhook, configuration, backend_configuration, tags, parent_id, created_at, updated_at, start_at, end_at, last_activity";
    /// <summary>Every job column, except that <c>result</c> is only a presence mark ('' or NULL): results are read by <see cref="PasqalStore.ResultOf"/>.</summary>
    public const string JobColumns = "seq, id, batch_id, owner, project_id, runs, variables, sequence, status, errors, " + ResultMark + ", parent_id, created_at, updated_at, start_at, end_at";

    /// <summary>The columns of job listings: as <see cref="JobColumns"/> without the job's own sequence (up to 4 MiB each, never listed).</summary>
    public const string ListedJobColumns = "seq, id, batch_id, owner, project_id, runs, variables, NULL AS sequence, status, errors, " + ResultMark + ", parent_id, created_at, updated_at, start_at, end_at";

    public const string ResultMark = "CASE WHEN result IS NULL THEN NULL ELSE '' END AS result";

    public static BatchRow? FindBatch(SqliteConnection connection, string owner, string id) =>
        ReadBatches(connection, $"SELECT {BatchColumns} FROM pasqal_batches WHERE id = $id AND owner = $owner", ("$id", id), ("$owner", owner))
            .FirstOrDefault();

    public static JobRow? FindJob(SqliteConnection connection, string owner, string id) =>
        ReadJobs(connection, $"SELECT {JobColumns} FROM pasqal_jobs WHERE id = $id AND owner = $owner", ("$id", id), ("$owner", owner))
            .FirstOrDefault();

    public static List<BatchRow> ReadBatches(SqliteConnection connection, string sql, params (string, object?)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        using var r = command.ExecuteReader();
        var rows = new List<BatchRow>();
        while (r.Read())
        {
            rows.Add(new BatchRow(
                r.Int64("seq"), r.String("id"), r.String("owner"), r.String("project_id"), r.String("device_type"),
                r.String("status"), r.Int64("open") != 0, r.NullableString("sequence_builder"), r.NullableString("webhook"),
                r.NullableString("configuration"), r.NullableString("backend_configuration"), r.String("tags"),
                r.NullableString("parent_id"), r.Int64("created_at"), r.Int64("updated_at"), r.NullableInt64("start_at"),
                r.NullableInt64("end_at"), r.Int64("last_activity")));
        }

        return rows;
    }

    public static List<JobRow> ReadJobs(SqliteConnection connection, string sql, params (string, object?)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        using var r = command.ExecuteReader();
        var rows = new List<JobRow>();
        while (r.Read())
        {
            rows.Add(new JobRow(
                r.Int64("seq"), r.String("id"), r.String("batch_id"), r.String("owner"), r.String("project_id"),
                r.NullableInt64("runs") is { } runs ? (int)runs : null, r.NullableString("variables"),
                r.NullableString("sequence"), r.String("status"), r.String("errors"), r.NullableString("result"),
                r.NullableString("parent_id"), r.Int64("created_at"), r.Int64("updated_at"), r.NullableInt64("start_at"),
                r.NullableInt64("end_at")));
        }

        return rows;
    }
}
