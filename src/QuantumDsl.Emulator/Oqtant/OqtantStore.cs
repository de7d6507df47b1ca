using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using QuantumDsl.Emulator.Execution;
using QuantumDsl.Emulator.Storage;
using QuantumDsl.Matter;

namespace QuantumDsl.Emulator.Oqtant;

/// <summary>Oqtant jobs and their inputs in SQLite, scoped to the owning account; deleted jobs are removed.</summary>
internal sealed class OqtantStore(EmulatorDatabase database, UsageStore usage, TimeProvider time)
{
    public const string Surface = "oqtant";
    private const string JobColumns = "seq, external_id, owner, name, job_type, status, input_count, time_submit, time_start, time_complete, failed_inputs";

    public WorkSignal Signal { get; } = new();

    public RunningWork Running { get; } = new();

    private const long MicrosPerDay = 86_400_000_000L;

    private long Now() => UnixTime.Micros(time.GetUtcNow());

    private static long DayStart(DateOnly day) => UnixTime.Micros(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    /// <summary>Queues a job; returns its row and queue position, or the quota message.</summary>
    public (OqtantJobRow? Job, int QueuePosition, string? QuotaError) Submit(string owner, MatterJob job, string? idempotencyKey)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        if (IdempotencyStore.Find(connection, owner, Surface, idempotencyKey) is { } existing)
        {
            if (Find(connection, owner, existing) is { } original)
            {
                return (original, QueuePosition(connection, original.Seq), null);
            }

            // A key left behind by a job deleted before keys were forgotten with it: free it.
            IdempotencyStore.Forget(connection, owner, Surface, existing);
        }

        if (usage.TryConsume(connection, owner, Surface, 1) is { } quota)
        {
            return (null, 0, quota);
        }

        var id = Guid.NewGuid().ToString();
        var notes = string.Join("\n", job.Inputs.Select(i => i.Notes).Where(n => !string.IsNullOrEmpty(n)));
        connection.Run(
            """
            INSERT INTO oqtant_jobs(external_id, owner, name, job_type, status, input_count, notes, time_submit, failed_inputs)
            VALUES($id, $owner, $name, $type, 'PENDING', $count, $notes, $now, '[]')
            """,
            ("$id", id), ("$owner", owner), ("$name", job.Name), ("$type", WireEnum<JobType>.Name(job.JobType)),
            ("$count", job.Inputs.Count), ("$notes", notes), ("$now", Now()));
        var seq = (long)connection.Scalar("SELECT last_insert_rowid()")!;
        for (var run = 1; run <= job.Inputs.Count; run++)
        {
            var input = job.Inputs[run - 1];
            connection.Run(
                "INSERT INTO oqtant_inputs(job_seq, run, values_json, notes) VALUES($job, $run, $values, $notes)",
                ("$job", seq), ("$run", run), ("$values", JsonSerializer.Serialize(input.Values, OqtantJsonContext.Default.InputValues)),
                ("$notes", input.Notes));
        }

        IdempotencyStore.Remember(connection, owner, Surface, idempotencyKey, id);
        transaction.Commit();
        Signal.Wake();
        var row = Find(connection, owner, id)!;
        return (row, QueuePosition(connection, seq), null);
    }

    public (OqtantJobRow Job, IReadOnlyList<OqtantInputRow> Inputs)? Get(string owner, string externalId)
    {
        using var connection = database.Open();
        return Find(connection, owner, externalId) is { } job ? (job, Inputs(connection, job.Seq)) : null;
    }

    public IReadOnlyList<(OqtantJobRow Job, IReadOnlyList<OqtantInputRow> Inputs)> Search(string owner, OqtantSearch search)
    {
        using var connection = database.Open();
        var where = new Pasqal.SqlWhere().Equal("owner", owner);
        if (search.JobType is not null)
        {
            where.Equal("job_type", search.JobType);
        }

        if (search.Name is not null)
        {
            where.Raw($"instr(lower(name), lower({where.Add(search.Name)})) > 0");
        }

        if (search.Notes is not null)
        {
            where.Raw($"instr(lower(notes), lower({where.Add(search.Notes)})) > 0");
        }

        if (search.SubmitStart is { } start)
        {
            where.Compare("time_submit", ">=", DayStart(start));
        }

        if (search.SubmitEnd is { } end)
        {
            // The end day is inclusive: before the start of the next day (computed in microseconds: 9999-12-31 has no next day).
            where.Compare("time_submit", "<", DayStart(end) + MicrosPerDay);
        }

        var jobs = ReadJobs(connection, $"SELECT {JobColumns} FROM oqtant_jobs{where.Sql} ORDER BY seq DESC LIMIT {search.Limit}", [.. where.Parameters]);
        return [.. jobs.Select(j => (j, (IReadOnlyList<OqtantInputRow>)Inputs(connection, j.Seq)))];
    }

    /// <summary>Cancels a pending or running job; returns the status it had, or null when unknown.</summary>
    public string? Cancel(string owner, string externalId)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var job = Find(connection, owner, externalId);
        if (job is null)
        {
            return null;
        }

        if (OqtantStatus.IsCancellable(job.Status))
        {
            connection.Run("UPDATE oqtant_jobs SET status = 'CANCELLED', time_complete = $now WHERE seq = $seq", ("$now", Now()), ("$seq", job.Seq));
            Running.Cancel(externalId);
        }

        transaction.Commit();
        return job.Status;
    }

    /// <summary>
    /// The raw images of one run of a job: the job (null when unknown) and the run's stored raw images JSON (null when
    /// the run has none: not run yet, failed, or cancelled).
    /// </summary>
    public (OqtantJobRow? Job, string? RawImagesJson) RawImages(string owner, string externalId, int run)
    {
        using var connection = database.Open();
        if (Find(connection, owner, externalId) is not { } job)
        {
            return (null, null);
        }

        var raw = (string?)connection.Scalar(
            "SELECT raw_images_json FROM oqtant_inputs WHERE job_seq = $seq AND run = $run", ("$seq", job.Seq), ("$run", run));
        return (job, raw);
    }

    public bool Delete(string owner, string externalId)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var job = Find(connection, owner, externalId);
        if (job is null)
        {
            return false;
        }

        connection.Run("DELETE FROM oqtant_inputs WHERE job_seq = $seq", ("$seq", job.Seq));
        connection.Run("DELETE FROM oqtant_jobs WHERE seq = $seq", ("$seq", job.Seq));
        IdempotencyStore.Forget(connection, owner, Surface, externalId);
        transaction.Commit();
        Running.Cancel(externalId);
        return true;
    }

    public int UsedToday(string owner)
    {
        using var connection = database.Open();
        return usage.Used(connection, owner, Surface);
    }

    // ---- scheduler --------------------------------------------------------------------------------------------------

    /// <summary>After a restart: a job that was RUNNING is run again from its first input.</summary>
    public int RequeueInterrupted()
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        connection.Run("UPDATE oqtant_inputs SET output_json = NULL, failed = 0, errors = NULL, raw_images_json = NULL WHERE job_seq IN (SELECT seq FROM oqtant_jobs WHERE status = 'RUNNING')");
        var count = connection.Run("UPDATE oqtant_jobs SET status = 'PENDING', time_start = NULL, failed_inputs = '[]' WHERE status = 'RUNNING'");
        transaction.Commit();
        return count;
    }

    /// <summary>The oldest PENDING job becomes RUNNING (FIFO); null when the queue is empty.</summary>
    public (OqtantJobRow Job, IReadOnlyList<OqtantInputRow> Inputs)? ClaimNext()
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var job = ReadJobs(connection, $"SELECT {JobColumns} FROM oqtant_jobs WHERE status = 'PENDING' ORDER BY seq LIMIT 1").FirstOrDefault();
        if (job is null)
        {
            transaction.Commit();
            return null;
        }

        var now = Now();
        connection.Run("UPDATE oqtant_jobs SET status = 'RUNNING', time_start = $now WHERE seq = $seq", ("$now", now), ("$seq", job.Seq));
        transaction.Commit();
        return (job with { Status = OqtantStatus.Running, TimeStart = now }, Inputs(connection, job.Seq));
    }

    /// <summary>
    /// Stores one run's output and raw images, or its failure with the reasons, while the job is still RUNNING; false
    /// when it was cancelled or deleted.
    /// </summary>
    public bool SaveRun(long jobSeq, int run, string? outputJson, string? rawImagesJson, IReadOnlyList<string> errors)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        if ((string?)connection.Scalar("SELECT status FROM oqtant_jobs WHERE seq = $seq", ("$seq", jobSeq)) != OqtantStatus.Running)
        {
            return false;
        }

        connection.Run(
            "UPDATE oqtant_inputs SET output_json = $out, failed = $failed, errors = $errors, raw_images_json = $raw WHERE job_seq = $seq AND run = $run",
            ("$out", outputJson), ("$failed", outputJson is null ? 1 : 0), ("$raw", rawImagesJson),
            ("$errors", outputJson is null ? JsonSerializer.Serialize(errors, OqtantRowJson.Default.IReadOnlyListString) : null),
            ("$seq", jobSeq), ("$run", run));
        transaction.Commit();
        return true;
    }

    /// <summary>Ends a RUNNING job: COMPLETE, INCOMPLETE (some runs failed) or FAILED (all failed).</summary>
    public void Finish(long jobSeq)
    {
        using var connection = database.Open();
        using var transaction = WriteTransaction.Begin(connection);
        var failed = new List<int>();
        var total = 0;
        foreach (var input in Inputs(connection, jobSeq))
        {
            total++;
            if (input.Failed)
            {
                failed.Add(input.Run);
            }
        }

        var status = failed.Count == 0 ? OqtantStatus.Complete : failed.Count == total ? OqtantStatus.Failed : OqtantStatus.Incomplete;
        connection.Run(
            "UPDATE oqtant_jobs SET status = $s, time_complete = $now, failed_inputs = $f WHERE seq = $seq AND status = 'RUNNING'",
            ("$s", status), ("$now", Now()), ("$f", "[" + string.Join(",", failed) + "]"), ("$seq", jobSeq));
        transaction.Commit();
    }

    // ---- readers ----------------------------------------------------------------------------------------------------

    private static int QueuePosition(SqliteConnection connection, long seq) =>
        Convert.ToInt32(connection.Scalar("SELECT COUNT(*) FROM oqtant_jobs WHERE status IN ('PENDING', 'RUNNING') AND seq < $seq", ("$seq", seq)),
            CultureInfo.InvariantCulture) + 1;

    private static OqtantJobRow? Find(SqliteConnection connection, string owner, string externalId) =>
        ReadJobs(connection, $"SELECT {JobColumns} FROM oqtant_jobs WHERE external_id = $id AND owner = $owner", ("$id", externalId), ("$owner", owner))
            .FirstOrDefault();

    private static List<OqtantJobRow> ReadJobs(SqliteConnection connection, string sql, params (string, object?)[] parameters)
    {
        using var command = connection.Command(sql, parameters);
        using var r = command.ExecuteReader();
        var rows = new List<OqtantJobRow>();
        while (r.Read())
        {
            rows.Add(new OqtantJobRow(
                r.Int64("seq"), r.String("external_id"), r.String("owner"), r.String("name"), r.String("job_type"), r.String("status"),
                (int)r.Int64("input_count"), r.Int64("time_submit"), r.NullableInt64("time_start"), r.NullableInt64("time_complete"),
                r.String("failed_inputs")));
        }

        return rows;
    }

    private static List<OqtantInputRow> Inputs(SqliteConnection connection, long seq)
    {
        using var command = connection.Command(
            "SELECT input_id, job_seq, run, values_json, notes, output_json, failed, errors FROM oqtant_inputs WHERE job_seq = $seq ORDER BY run", ("$seq", seq));
        using var r = command.ExecuteReader();
        var rows = new List<OqtantInputRow>();
        while (r.Read())
        {
            rows.Add(new OqtantInputRow(r.Int64("input_id"), r.Int64("job_seq"), (int)r.Int64("run"), r.String("values_json"),
                r.NullableString("notes"), r.NullableString("output_json"), r.Int64("failed") != 0, r.NullableString("errors")));
        }

        return rows;
    }
}
