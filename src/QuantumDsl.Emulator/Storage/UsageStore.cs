using System.Globalization;
using Microsoft.Data.Sqlite;

namespace QuantumDsl.Emulator.Storage;

/// <summary>Daily job counters per account and surface (UTC days).</summary>
internal sealed class UsageStore(TimeProvider time, EmulatorOptions options)
{
    public int DailyLimit => options.DailyJobLimit;

    public int Used(SqliteConnection connection, string owner, string surface) =>
        Convert.ToInt32(connection.Scalar(
            "SELECT count FROM usage WHERE owner = $o AND surface = $s AND day = $d",
            ("$o", owner), ("$s", surface), ("$d", Today())) ?? 0L, CultureInfo.InvariantCulture);

    /// <summary>Counts <paramref name="jobs"/> more jobs inside the caller's transaction, or returns a message when the quota is spent.</summary>
    public string? TryConsume(SqliteConnection connection, string owner, string surface, int jobs)
    {
        var used = Used(connection, owner, surface);
        if (used + jobs > options.DailyJobLimit)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"daily job limit reached: {used} of {options.DailyJobLimit} jobs used today (UTC) by '{owner}', this request needs {jobs} more; the quota resets at 00:00 UTC");
        }

        connection.Run(
            "INSERT INTO usage(owner, surface, day, count) VALUES($o, $s, $d, $n) ON CONFLICT(owner, surface, day) DO UPDATE SET count = count + $n",
            ("$o", owner), ("$s", surface), ("$d", Today()), ("$n", jobs));
        return null;
    }

    private string Today() => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
