using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using QuantumDsl.Emulator.Execution;
using QuantumDsl.Emulator.Storage;
using static QuantumDsl.Emulator.Pasqal.PasqalRowReader;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>
/// Batches and jobs of the Pasqal surface in SQLite: creation, reads and user-driven state changes. Every read and
/// write is scoped to the owning account: another account's batch or job is reported as not found. Scheduling lives in
/// <see cref="PasqalQueue"/>, row mapping in <see cref="PasqalRowReader"/>.
/// </summary>
internal sealed class PasqalStore(EmulatorDatabase database, UsageStore usage, TimeProvider time)
{
    public const string Surface = "pasqal";

    public WorkSignal Signal { get; } = new();

    public RunningWork Running { get; } = new();

    private long Now() => UnixTime.Micros(time.GetUtcNow());

    // ---- creation -------------------------------------------------------------------------------------------------

    public PasqalOutcome<BatchRow> CreateBatch(string owner, NewBatch batch, string? idempotencyKey)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        if (IdempotencyStore.Find(connection, owner, Surface, idempotencyKey) is { } existing)
        {
            return FindBatch(connection, owner, existing) is { } original ? original : PasqalFailure.NotFound("Batch", existing);
        }

        if (usage.TryConsume(connection, owner, Surface, batch.Jobs.Count) is { } quota)
        {
            return PasqalFailure.Quota(quota);
        }

        var id = Guid.NewGuid().ToString();
        var now = Now();
        connection.Run(
            """
            INSERT INTO pasqal_batches(id, owner, project_id, device_type, status, open, sequence_builder, webhook, configuration,
                backend_configuration, tags, parent_id, created_at, updated_at, last_activity)
            VALUES($id, $owner, $project, $device, 'PENDING', $open, $seq, $webhook, $config, $backend, $tags, $parent, $now, $now, $now)
            """,
            ("$id", id), ("$owner", owner), ("$project", batch.ProjectId), ("$device", batch.DeviceType),
            ("$open", batch.Open ? 1 : 0), ("$seq", batch.SequenceBuilder), ("$webhook", batch.Webhook),
            ("$config", batch.Configuration), ("$backend", batch.BackendConfiguration),
            ("$tags", JsonSerializer.Serialize(batch.Tags, PasqalStoreJson.Default.IReadOnlyListString)),
            ("$parent", batch.ParentId), ("$now", now));
        InsertJobs(connection, owner, id, batch.ProjectId, batch.Jobs, now);
        IdempotencyStore.Remember(connection, owner, Surface, idempotencyKey, id);
        transaction.Commit();
        Signal.Wake();
        return FindBatch(connection, owner, id)!;
    }

    public PasqalOutcome<BatchRow> AddJobs(string owner, string batchId, IReadOnlyList<NewJob> jobs)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var batch = FindBatch(connection, owner, batchId);
        if (batch is null)
        {
            return PasqalFailure.NotFound("Batch", batchId);
        }

        if (!batch.Open || PasqalStatus.IsTerminal(batch.Status))
        {
            return PasqalFailure.Conflict("jobs",
                $"batch '{Http.Excerpt.Of(batchId)}' is {(batch.Open ? batch.Status : "closed")}: jobs can only be added to an open batch");
        }

        var held = Convert.ToInt32(connection.Scalar("SELECT COUNT(*) FROM pasqal_jobs WHERE batch_id = $b", ("$b", batchId)), CultureInfo.InvariantCulture);
        if (held + jobs.Count > PasqalRequests.MaxJobsPerBatch)
        {
            return PasqalFailure.Conflict("jobs", string.Create(CultureInfo.InvariantCulture,
                $"batch '{batchId}' holds {held} jobs; {jobs.Count} more would pass the limit of {PasqalRequests.MaxJobsPerBatch} jobs per batch"));
        }

        if (usage.TryConsume(connection, owner, Surface, jobs.Count) is { } quota)
        {
            return PasqalFailure.Quota(quota);
        }

        var now = Now();
        InsertJobs(connection, owner, batchId, batch.ProjectId, jobs, now);
        connection.Run("UPDATE pasqal_batches SET updated_at = $now, last_activity = $now WHERE id = $id", ("$now", now), ("$id", batchId));
        transaction.Commit();
        Signal.Wake();
        return FindBatch(connection, owner, batchId)!;
    }

    private static void InsertJobs(SqliteConnection connection, string owner, string batchId, string projectId, IReadOnlyList<NewJob> jobs, long now)
    {
        using var command = connection.Command(
            """
            INSERT INTO pasqal_jobs(id, batch_id, owner, project_id, runs, variables, sequence, status, errors, parent_id, created_at, updated_at)
            VALUES($id, $batch, $owner, $project, $runs, $vars, $seq, 'PENDING', '[]', $parent, $now, $now)
            """);
        var id = command.Parameters.Add("$id", SqliteType.Text);
        command.Parameters.AddWithValue("$batch", batchId);
        command.Parameters.AddWithValue("$owner", owner);
        command.Parameters.AddWithValue("$project", projectId);
        var runs = command.Parameters.Add("$runs", SqliteType.Integer);
        var vars = command.Parameters.Add("$vars", SqliteType.Text);
        var seq = command.Parameters.Add("$seq", SqliteType.Text);
        var parent = command.Parameters.Add("$parent", SqliteType.Text);
        command.Parameters.AddWithValue("$now", now);
        foreach (var job in jobs)
        {
            id.Value = Guid.NewGuid().ToString();
            runs.Value = job.Runs is { } r ? r : DBNull.Value;
            vars.Value = (object?)job.Variables ?? DBNull.Value;
            seq.Value = (object?)job.Sequence ?? DBNull.Value;
            parent.Value = (object?)job.ParentId ?? DBNull.Value;
            command.ExecuteNonQuery();
        }
    }

    // ---- reads ----------------------------------------------------------------------------------------------------

    public BatchRow? GetBatch(string owner, string id)
    {
        using var connection = database.Open();
        return FindBatch(connection, owner, id);
    }

    public JobRow? GetJob(string owner, string id)
    {
        using var connection = database.Open();
        return FindJob(connection, owner, id);
    }

    public string? ResultOf(string jobId)
    {
        using var connection = database.Open();
        return (string?)connection.Scalar("SELECT result FROM pasqal_jobs WHERE id = $id", ("$id", jobId));
    }

    public IReadOnlyList<JobRow> JobsOf(string batchId)
    {
        using var connection = database.Open();
        return ReadJobs(connection, $"SELECT {ListedJobColumns} FROM pasqal_jobs WHERE batch_id = $b ORDER BY seq", ("$b", batchId));
    }

    public (IReadOnlyList<BatchRow> Rows, int Total) ListBatches(string owner, BatchFilter filter, int offset, int limit)
    {
        using var connection = database.Open();
        var where = SqlWhere.ForBatches(owner, filter);
        var total = Convert.ToInt32(connection.Scalar("SELECT COUNT(*) FROM pasqal_batches" + where.Sql, [.. where.Parameters]), CultureInfo.InvariantCulture);
        var rows = ReadBatches(connection,
            $"SELECT {BatchColumns} FROM pasqal_batches{where.Sql} ORDER BY seq DESC LIMIT {limit} OFFSET {offset}",
            [.. where.Parameters]);
        return (rows, total);
    }

    public (IReadOnlyList<JobRow> Rows, int Total) ListJobs(string owner, JobFilter filter, int offset, int limit)
    {
        using var connection = database.Open();
        var where = SqlWhere.ForJobs(owner, filter);
        var total = Convert.ToInt32(connection.Scalar("SELECT COUNT(*) FROM pasqal_jobs" + where.Sql, [.. where.Parameters]), CultureInfo.InvariantCulture);
        var rows = ReadJobs(connection,
            $"SELECT {ListedJobColumns} FROM pasqal_jobs{where.Sql} ORDER BY seq {(filter.Ascending ? "ASC" : "DESC")} LIMIT {limit} OFFSET {offset}",
            [.. where.Parameters]);
        return (rows, total);
    }

    // ---- state changes --------------------------------------------------------------------------------------------

    public PasqalOutcome<BatchRow> Close(string owner, string batchId)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var batch = FindBatch(connection, owner, batchId);
        if (batch is null)
        {
            return PasqalFailure.NotFound("Batch", batchId);
        }

        connection.Run("UPDATE pasqal_batches SET open = 0, updated_at = $now WHERE id = $id AND open = 1", ("$now", Now()), ("$id", batchId));
        PasqalSettlement.SettleBatch(connection, batchId, time);
        transaction.Commit();
        Signal.Wake();
        return FindBatch(connection, owner, batchId)!;
    }

    public PasqalOutcome<BatchRow> SetTags(string owner, string batchId, IReadOnlyList<string> tags)
    {
        using var connection = database.Open();
        var changed = connection.Run(
            "UPDATE pasqal_batches SET tags = $tags, updated_at = $now WHERE id = $id AND owner = $owner",
            ("$tags", JsonSerializer.Serialize(tags, PasqalStoreJson.Default.IReadOnlyListString)), ("$now", Now()),
            ("$id", batchId), ("$owner", owner));
        return changed == 0 ? PasqalFailure.NotFound("Batch", batchId) : FindBatch(connection, owner, batchId)!;
    }

    /// <summary>Cancels a batch: its pending and running jobs become CANCELED and the batch CANCELED (if not terminal).</summary>
    public PasqalOutcome<(BatchRow Batch, IReadOnlyList<JobRow> Canceled)> CancelBatch(string owner, string batchId)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var outcome = CancelBatch(connection, owner, batchId);
        transaction.Commit();
        Signal.Wake();
        return outcome;
    }

    public (IReadOnlyList<BatchRow> Batches, IReadOnlyDictionary<string, string> Errors) CancelBatches(string owner, IReadOnlyList<string> ids)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var batches = new List<BatchRow>();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            var outcome = CancelBatch(connection, owner, id);
            if (outcome.Failure is { } failure)
            {
                errors[id] = failure.Description[0].Msg;
            }
            else
            {
                batches.Add(outcome.Value.Batch);
            }
        }

        transaction.Commit();
        Signal.Wake();
        return (batches, errors);
    }

    private PasqalOutcome<(BatchRow Batch, IReadOnlyList<JobRow> Canceled)> CancelBatch(SqliteConnection connection, string owner, string batchId)
    {
        var batch = FindBatch(connection, owner, batchId);
        if (batch is null)
        {
            return PasqalFailure.NotFound("Batch", batchId);
        }

        if (PasqalStatus.IsTerminal(batch.Status))
        {
            return PasqalFailure.Conflict("status", $"batch '{Http.Excerpt.Of(batchId)}' is already {batch.Status} and cannot be cancelled");
        }

        var canceled = CancelJobs(connection, ReadJobs(connection,
            $"SELECT {ListedJobColumns} FROM pasqal_jobs WHERE batch_id = $b AND status IN ('PENDING', 'RUNNING') ORDER BY seq", ("$b", batchId)));
        var now = Now();
        connection.Run(
            "UPDATE pasqal_batches SET status = 'CANCELED', open = 0, updated_at = $now, end_at = $now WHERE id = $id",
            ("$now", now), ("$id", batchId));
        return (FindBatch(connection, owner, batchId)!, canceled);
    }

    public PasqalOutcome<JobRow> CancelJob(string owner, string jobId)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var job = FindJob(connection, owner, jobId);
        if (job is null)
        {
            return PasqalFailure.NotFound("Job", jobId);
        }

        if (PasqalStatus.IsTerminal(job.Status))
        {
            return PasqalFailure.Conflict("status", $"job '{Http.Excerpt.Of(jobId)}' is already {job.Status} and cannot be cancelled");
        }

        CancelJobs(connection, [job]);
        PasqalSettlement.SettleBatch(connection, job.BatchId, time);
        transaction.Commit();
        Signal.Wake();
        return FindJob(connection, owner, jobId)!;
    }

    public PasqalOutcome<(IReadOnlyList<JobRow> Jobs, IReadOnlyDictionary<string, string> Errors)> CancelJobs(string owner, string batchId, JobFilter filter)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        if (FindBatch(connection, owner, batchId) is null)
        {
            return PasqalFailure.NotFound("Batch", batchId);
        }

        var where = SqlWhere.ForJobs(owner, filter with { BatchIds = [batchId] });
        var matching = ReadJobs(connection, $"SELECT {ListedJobColumns} FROM pasqal_jobs{where.Sql} ORDER BY seq", [.. where.Parameters]);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var job in matching.Where(j => PasqalStatus.IsTerminal(j.Status)))
        {
            errors[job.Id] = $"job is already {job.Status} and cannot be cancelled";
        }

        foreach (var id in filter.Ids.Where(id => matching.All(j => j.Id != id)))
        {
            errors[id] = "job not found in this batch";
        }

        var canceled = CancelJobs(connection, [.. matching.Where(j => !PasqalStatus.IsTerminal(j.Status))]);
        PasqalSettlement.SettleBatch(connection, batchId, time);
        transaction.Commit();
        Signal.Wake();
        return (canceled, errors);
    }

    private IReadOnlyList<JobRow> CancelJobs(SqliteConnection connection, IReadOnlyList<JobRow> jobs)
    {
        var now = Now();
        var result = new List<JobRow>(jobs.Count);
        foreach (var job in jobs)
        {
            connection.Run(
                "UPDATE pasqal_jobs SET status = 'CANCELED', updated_at = $now, end_at = $now WHERE id = $id AND status IN ('PENDING', 'RUNNING')",
                ("$now", now), ("$id", job.Id));
            Running.Cancel(job.Id);
            result.Add(job with { Status = PasqalStatus.Canceled, UpdatedAt = now, EndAt = now });
        }

        return result;
    }

    public PasqalOutcome<BatchRow> Rebatch(string owner, string batchId, JobFilter filter)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var source = FindBatch(connection, owner, batchId);
        if (source is null)
        {
            return PasqalFailure.NotFound("Batch", batchId);
        }

        if (source.Open)
        {
            return PasqalFailure.Conflict("batch_id", $"batch '{Http.Excerpt.Of(batchId)}' is open: only closed batches can be rebatched");
        }

        var where = SqlWhere.ForJobs(owner, filter with { BatchIds = [batchId] });
        var jobs = ReadJobs(connection, $"SELECT {JobColumns} FROM pasqal_jobs{where.Sql} ORDER BY seq", [.. where.Parameters]);
        if (jobs.Count == 0)
        {
            return new PasqalFailure(422, "Unprocessable Entity",
                [new ErrorDetail(["query"], $"no job of batch '{Http.Excerpt.Of(batchId)}' matches the filters", "value_error")]);
        }

        if (usage.TryConsume(connection, owner, Surface, jobs.Count) is { } quota)
        {
            return PasqalFailure.Quota(quota);
        }

        var id = Guid.NewGuid().ToString();
        var now = Now();
        connection.Run(
            $"""
            INSERT INTO pasqal_batches(id, owner, project_id, device_type, status, open, sequence_builder, webhook, configuration,
                backend_configuration, tags, parent_id, created_at, updated_at, last_activity)
            SELECT $id, owner, project_id, device_type, 'PENDING', 0, sequence_builder, webhook, configuration,
                backend_configuration, tags, id, $now, $now, $now FROM pasqal_batches WHERE id = $source
            """,
            ("$id", id), ("$now", now), ("$source", batchId));
        InsertJobs(connection, owner, id, source.ProjectId, [.. jobs.Select(j => new NewJob(j.Runs, j.Variables, j.Sequence, j.Id))], now);
        transaction.Commit();
        Signal.Wake();
        return FindBatch(connection, owner, id)!;
    }
}
