namespace QuantumDsl.Emulator.Storage;

/// <summary>Key/value settings kept in the database (for example the token signing key, so tokens outlive a restart).</summary>
internal sealed class SettingsStore(EmulatorDatabase database)
{
    /// <summary>Returns the stored value of <paramref name="key"/>, storing <paramref name="create"/>() first if absent.</summary>
    public string GetOrAdd(string key, Func<string> create)
    {
        using var connection = database.Open();
        connection.Run("INSERT OR IGNORE INTO settings(key, value) VALUES($k, $v)", ("$k", key), ("$v", create()));
        return (string)connection.Scalar("SELECT value FROM settings WHERE key = $k", ("$k", key))!;
    }
}
