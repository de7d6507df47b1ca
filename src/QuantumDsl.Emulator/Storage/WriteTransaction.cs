using Microsoft.Data.Sqlite;

namespace QuantumDsl.Emulator.Storage;

/// <summary>A <c>BEGIN IMMEDIATE</c> transaction (serialises writers); rolled back on dispose unless committed.</summary>
internal sealed class WriteTransaction : IDisposable
{
    private readonly SqliteConnection connection;
    private bool done;

    private WriteTransaction(SqliteConnection connection)
    {
        this.connection = connection;
        connection.Run("BEGIN IMMEDIATE");
    }

    public static WriteTransaction Begin(SqliteConnection connection) => new(connection);

    public void Commit()
    {
        connection.Run("COMMIT");
        done = true;
    }

    public void Dispose()
    {
        if (!done)
        {
            done = true;
            connection.Run("ROLLBACK");
        }
    }
}
