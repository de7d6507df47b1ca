using System.Text.Json;
using Microsoft.Data.Sqlite;
using QuantumDsl.Emulator.Execution;
using QuantumDsl.Emulator.Storage;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// Workloads of the Pasqal surface in SQLite, queued FIFO. Every read and write is scoped to the owning account:
/// another account's workload is reported as not found. Each workload counts as one job of the Pasqal daily limit.
/// </summary>
internal sealed class WorkloadStore(EmulatorDatabase database, UsageStore usage, TimeProvider time)
{
    /// <summary>Idempotency keys of workloads live apart from those of batches, so one key cannot name both.</summary>
    public const string IdempotencySurface = "pasqal-workloads";
    private const string Columns = "seq, id, owner, project_id, workload_type, backend, config, status, errors, result, created_at, updated_at, start_at, end_at";

    public WorkSignal Signal { get; } = new();

    public RunningWork Running { get; } = new();

    private long Now() => UnixTime.Micros(time.GetUtcNow());

    public PasqalOutcome<WorkloadRow> Create(string owner, NewWorkload workload, string? idempotencyKey)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        if (IdempotencyStore.Find(connection, owner, IdempotencySurface, idempotencyKey) is { } existing)
        {
            return Find(connection, owner, existing) is { } original ? original : PasqalFailure.NotFound("Workload", existing);
        }

        if (usage.TryConsume(connection, owner, PasqalStore.Surface, 1) is { } quota)
        {
            return PasqalFailure.Quota(quota, "workload_type");
        }

        var id = Guid.NewGuid().ToString();
        connection.Run(
            """
            INSERT INTO pasqal_workloads(id, owner, project_id, workload_type, backend, config, status, errors, created_at, updated_at)
            VALUES($id, $owner, $project, $type, $backend, $config, 'PENDING', '[]', $now, $now)
            """,
            ("$id", id), ("$owner", owner), ("$project", workload.ProjectId), ("$type", workload.WorkloadType),
            ("$backend", workload.Backend), ("$config", workload.Config), ("$now", Now()));
        IdempotencyStore.Remember(connection, owner, IdempotencySurface, idempotencyKey, id);
        transaction.Commit();
        Signal.Wake();
        return Find(connection, owner, id)!;
    }

    public WorkloadRow? Get(string owner, string id)
    {
        using var connection = database.Open();
        return Find(connection, owner, id);
    }

    /// <summary>The result of a DONE workload (for the pre-signed download, which carries no account).</summary>
    public string? ResultOf(string id)
    {
        using var connection = database.Open();
        return (string?)connection.Scalar("SELECT result FROM pasqal_workloads WHERE id = $id", ("$id", id));
    }

    /// <summary>Cancels a PENDING or RUNNING workload (a running one is interrupted); a terminal one cannot be.</summary>
    public PasqalOutcome<WorkloadRow> Cancel(string owner, string id)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var workload = Find(connection, owner, id);
        if (workload is null)
        {
            return PasqalFailure.NotFound("Workload", id);
        }

        if (PasqalStatus.IsTerminal(workload.Status))
        {
            return PasqalFailure.Conflict("status", $"workload '{Http.Excerpt.Of(id)}' is already {workload.Status} and cannot be cancelled");
        }

        var now = Now();
        connection.Run(
            "UPDATE pasqal_workloads SET status = 'CANCELED', updated_at = $now, end_at = $now WHERE id = $id AND status IN ('PENDING', 'RUNNING')",
            ("$now", now), ("$id", id));
        transaction.Commit();
        Running.Cancel(id);
        return Find(connection, owner, id)!;
    }

    // ---- queue ------------------------------------------------------------------------------------------------------

    /// <summary>After a restart: a workload that was RUNNING when the process died is run again.</summary>
    public int RequeueInterrupted()
    {
        using var connection = database.Open();
        return connection.Run("UPDATE pasqal_workloads SET status = 'PENDING', start_at = NULL WHERE status = 'RUNNING'");
    }

    /// <summary>The oldest PENDING workload, now RUNNING; null when none waits.</summary>
    public WorkloadRow? ClaimNext()
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var next = Read(connection, $"SELECT {Columns} FROM pasqal_workloads WHERE status = 'PENDING' ORDER BY seq LIMIT 1").FirstOrDefault();
        if (next is null)
        {
            transaction.Commit();
            return null;
        }

        var now = Now();
        connection.Run("UPDATE pasqal_workloads SET status = 'RUNNING', start_at = $now, updated_at = $now WHERE id = $id", ("$now", now), ("$id", next.Id));
        transaction.Commit();
        return next with { Status = PasqalStatus.Running, StartAt = now, UpdatedAt = now };
    }

    /// <summary>Records a workload's outcome unless it was cancelled meanwhile.</summary>
    public void Finish(string id, string status, string? result, IReadOnlyList<string> errors)
    {
        using var connection = database.Open();
        var now = Now();
        connection.Run(
            "UPDATE pasqal_workloads SET status = $s, result = $r, errors = $e, updated_at = $now, end_at = $now WHERE id = $id AND status = 'RUNNING'",
            ("$s", status), ("$r", result), ("$e", JsonSerializer.Serialize(errors, PasqalStoreJson.Default.IReadOnlyListString)),
            ("$now", now), ("$id", id));
    }

    // ---- row readers ------------------------------------------------------------------------------------------------

    private static WorkloadRow? Find(SqliteConnection connection, string owner, string id) =>
        Read(connection, $"SELECT {Columns} FROM pasqal_workloads WHERE id = $id AND owner = $owner", ("$id", id), ("$owner", owner)).FirstOrDefault();

    private static List<WorkloadRow> Read(SqliteConnection connection, string sql, params (string, object?)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        using var r = command.ExecuteReader();
        var rows = new List<WorkloadRow>();
        while (r.Read())
        {
            rows.Add(new WorkloadRow(
                r.Int64("seq"), r.String("id"), r.String("owner"), r.String("project_id"), r.String("workload_type"),
                r.String("backend"), r.String("config"), r.String("status"), r.String("errors"), r.NullableString("result"),
                r.Int64("created_at"), r.Int64("updated_at"), r.NullableInt64("start_at"), r.NullableInt64("end_at")));
        }

        return rows;
    }
}
