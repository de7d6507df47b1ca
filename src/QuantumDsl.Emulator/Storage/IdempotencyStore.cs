using Microsoft.Data.Sqlite;

namespace QuantumDsl.Emulator.Storage;

/// <summary>Remembers <c>Idempotency-Key</c> headers per account and surface, so a repeated create returns the original.</summary>
internal static class IdempotencyStore
{
    public const int MaxKeyLength = 255;

    public static string? Find(SqliteConnection connection, string owner, string surface, string? key) =>
        key is null
            ? null
            : (string?)connection.Scalar(
                "SELECT resource_id FROM idempotency WHERE owner = $o AND surface = $s AND key = $k",
                ("$o", owner), ("$s", surface), ("$k", key));

    /// <summary>Forgets every key that named <paramref name="resourceId"/> (it was deleted): the keys may be used again.</summary>
    public static void Forget(SqliteConnection connection, string owner, string surface, string resourceId) =>
        connection.Run(
            "DELETE FROM idempotency WHERE owner = $o AND surface = $s AND resource_id = $r",
            ("$o", owner), ("$s", surface), ("$r", resourceId));

    public static void Remember(SqliteConnection connection, string owner, string surface, string? key, string resourceId)
    {
        if (key is not null)
        {
            connection.Run(
                "INSERT INTO idempotency(owner, surface, key, resource_id) VALUES($o, $s, $k, $r)",
                ("$o", owner), ("$s", surface), ("$k", key), ("$r", resourceId));
        }
    }
}
