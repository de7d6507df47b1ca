using Microsoft.Data.Sqlite;

namespace QuantumDsl.Emulator.Storage;

/// <summary>
/// The emulator's SQLite file (WAL journal, synchronous=FULL so every acknowledged write survives a kill -9).
/// Microsoft.Data.Sqlite has no truly asynchronous I/O, so the stores use short synchronous calls.
/// </summary>
internal sealed class EmulatorDatabase
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS settings(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS idempotency(
            owner TEXT NOT NULL, surface TEXT NOT NULL, key TEXT NOT NULL, resource_id TEXT NOT NULL,
            PRIMARY KEY(owner, surface, key));
        CREATE TABLE IF NOT EXISTS usage(
            owner TEXT NOT NULL, surface TEXT NOT NULL, day TEXT NOT NULL, count INTEGER NOT NULL,
            PRIMARY KEY(owner, surface, day));
        CREATE TABLE IF NOT EXISTS pasqal_batches(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            owner TEXT NOT NULL,
            project_id TEXT NOT NULL,
            device_type TEXT NOT NULL,
            status TEXT NOT NULL,
            open INTEGER NOT NULL,
            sequence_builder TEXT,
            webhook TEXT,
            configuration TEXT,
            backend_configuration TEXT,
            tags TEXT NOT NULL,
            parent_id TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            start_at INTEGER,
            end_at INTEGER,
            last_activity INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS pasqal_batches_owner ON pasqal_batches(owner, seq);
        CREATE INDEX IF NOT EXISTS pasqal_batches_status ON pasqal_batches(status, device_type, seq);
        CREATE TABLE IF NOT EXISTS pasqal_jobs(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            batch_id TEXT NOT NULL,
            owner TEXT NOT NULL,
            project_id TEXT NOT NULL,
            runs INTEGER,
            variables TEXT,
            sequence TEXT,
            status TEXT NOT NULL,
            errors TEXT NOT NULL,
            result TEXT,
            parent_id TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            start_at INTEGER,
            end_at INTEGER);
        CREATE INDEX IF NOT EXISTS pasqal_jobs_batch ON pasqal_jobs(batch_id, seq);
        CREATE INDEX IF NOT EXISTS pasqal_jobs_owner ON pasqal_jobs(owner, seq);
        CREATE TABLE IF NOT EXISTS pasqal_workloads(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            owner TEXT NOT NULL,
            project_id TEXT NOT NULL,
            workload_type TEXT NOT NULL,
            backend TEXT NOT NULL,
            config TEXT NOT NULL,
            status TEXT NOT NULL,
            errors TEXT NOT NULL,
            result TEXT,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            start_at INTEGER,
            end_at INTEGER);
        CREATE INDEX IF NOT EXISTS pasqal_workloads_status ON pasqal_workloads(status, seq);
        CREATE TABLE IF NOT EXISTS oqtant_jobs(
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            external_id TEXT NOT NULL UNIQUE,
            owner TEXT NOT NULL,
            name TEXT NOT NULL,
            job_type TEXT NOT NULL,
            status TEXT NOT NULL,
            input_count INTEGER NOT NULL,
            notes TEXT NOT NULL,
            time_submit INTEGER NOT NULL,
            time_start INTEGER,
            time_complete INTEGER,
            failed_inputs TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS oqtant_jobs_owner ON oqtant_jobs(owner, seq);
        CREATE TABLE IF NOT EXISTS oqtant_inputs(
            input_id INTEGER PRIMARY KEY AUTOINCREMENT,
            job_seq INTEGER NOT NULL,
            run INTEGER NOT NULL,
            values_json TEXT NOT NULL,
            notes TEXT,
            output_json TEXT,
            failed INTEGER NOT NULL DEFAULT 0,
            errors TEXT,
            raw_images_json TEXT,
            UNIQUE(job_seq, run));
        """;

    private readonly string connectionString;

    public EmulatorDatabase(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, Schema);
        AddColumnIfMissing(connection, "oqtant_inputs", "errors", "TEXT");
        AddColumnIfMissing(connection, "oqtant_inputs", "raw_images_json", "TEXT");
    }

    /// <summary>Brings a database written by an older emulator up to the schema (columns added since).</summary>
    private static void AddColumnIfMissing(SqliteConnection connection, string table, string column, string type)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM pragma_table_info('{table}') WHERE name = '{column}'";
        if (Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            Execute(connection, $"ALTER TABLE {table} ADD COLUMN {column} {type}");
        }
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Opens a pooled connection with the per-connection pragmas set.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;");
        return connection;
    }

    public static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Bind(parameters);
        command.ExecuteNonQuery();
    }
}
