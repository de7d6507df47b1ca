using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuantumDsl.Client;

/// <summary>One remote unit of a sweep (an Oqtant job or a Pasqal batch): its key, its points and, once known, its id.</summary>
internal sealed record JournalEntry(int Unit, string IdempotencyKey, IReadOnlyList<int> Points, string? RemoteId);

/// <summary>The journal file's content: what it is the journal of (service, account, content hash) and its entries.</summary>
internal sealed record JournalFile(string SweepHash, string Kind, string Endpoint, string Account, DateTimeOffset CreatedAt, List<JournalEntry> Entries);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(JournalFile))]
internal sealed partial class JournalJsonContext : JsonSerializerContext;

/// <summary>
/// What a journal is the journal of: the service endpoint, the account on it and the sweep's content (with the optional
/// run name). Two runs share a journal only when all three match, so switching services or accounts never re-attaches
/// to jobs the other service or account holds.
/// </summary>
internal sealed record JournalKey(string Kind, Uri Endpoint, string Account, string ContentHash)
{
    /// <summary>The file-name hash of the key.</summary>
    public string Hash => RunJournal.HashOf([Kind, Endpoint.ToString().TrimEnd('/'), Account, ContentHash]);
}

/// <summary>
/// The resume journal of one sweep: a small JSON file in the user's own data folder, named by the hash of its
/// <see cref="JournalKey"/>. The idempotency key of each remote create is written before the create is sent and the id
/// right after, so a run that died anywhere can re-attach (known id), or re-send with the same key (the service answers
/// with the job it already made).
/// </summary>
internal sealed class RunJournal
{
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private readonly JournalFile _file;
    private readonly object _gate = new();

    private RunJournal(string path, JournalFile file, bool resumed)
    {
        FilePath = path;
        _file = file;
        Resumed = resumed;
    }

    /// <summary>The journal file.</summary>
    public string FilePath { get; }

    /// <summary>True when an earlier run's journal was opened (it may still have no remote ids).</summary>
    public bool Resumed { get; }

    /// <summary>True when some unit already has a remote id.</summary>
    public bool HasRemoteWork
    {
        get
        {
            lock (_gate)
            {
                return _file.Entries.Any(e => e.RemoteId is not null);
            }
        }
    }

    public DateTimeOffset CreatedAt => _file.CreatedAt;

    /// <summary>
    /// <c>LocalApplicationData/QuantumDsl/journal</c> (<c>~/.local/share/QuantumDsl/journal</c> on Linux); never a
    /// shared folder. Throws when the platform names no per-user data folder (no HOME).
    /// </summary>
    public static string DefaultDirectory
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return string.IsNullOrEmpty(root)
                ? throw new InvalidOperationException(
                    "No per-user data folder for the run journal (HOME is not set): set SweepRunOptions.JournalDirectory to a folder only you can write.")
                : Path.Combine(root, "QuantumDsl", "journal");
        }
    }

    /// <summary>
    /// Opens the journal of <paramref name="key"/>, or with <paramref name="newRun"/> (or none yet) starts a new one,
    /// replacing any earlier one. A missing directory is created, owner-only on Unix.
    /// </summary>
    public static RunJournal Open(string? directory, JournalKey key, bool newRun)
    {
        var dir = directory ?? DefaultDirectory;
        EnsureDirectory(dir);
        var hash = key.Hash;
        var path = Path.Combine(dir, key.Kind + "-" + hash + ".json");
        if (!newRun && File.Exists(path))
        {
            try
            {
                var existing = JsonSerializer.Deserialize(File.ReadAllText(path), JournalJsonContext.Default.JournalFile);
                if (existing is not null && existing.SweepHash == hash)
                {
                    return new RunJournal(path, existing, resumed: true);
                }
            }
            catch (JsonException)
            {
                // A torn write cannot happen (atomic replace), but a hand-edited file might: start over.
            }
        }

        var journal = new RunJournal(path, new JournalFile(hash, key.Kind, key.Endpoint.ToString(), key.Account, DateTimeOffset.UtcNow, []), resumed: false);
        journal.Save();
        return journal;
    }

    public JournalEntry? Find(int unit)
    {
        lock (_gate)
        {
            return _file.Entries.FirstOrDefault(e => e.Unit == unit);
        }
    }

    /// <summary>Records (before sending) the key a unit's create will carry.</summary>
    public JournalEntry Intend(int unit, IReadOnlyList<int> points)
    {
        lock (_gate)
        {
            if (_file.Entries.FirstOrDefault(e => e.Unit == unit) is { } known)
            {
                return known;
            }

            var entry = new JournalEntry(unit, Guid.NewGuid().ToString("N"), points, null);
            _file.Entries.Add(entry);
            Save();
            return entry;
        }
    }

    /// <summary>Forgets a unit the service no longer knows and records a fresh key for its re-submission.</summary>
    public JournalEntry Forget(int unit)
    {
        lock (_gate)
        {
            var i = _file.Entries.FindIndex(e => e.Unit == unit);
            var entry = new JournalEntry(unit, Guid.NewGuid().ToString("N"), _file.Entries[i].Points, null);
            _file.Entries[i] = entry;
            Save();
            return entry;
        }
    }

    /// <summary>Records the id the service assigned to a unit.</summary>
    public void Assigned(int unit, string remoteId)
    {
        lock (_gate)
        {
            var i = _file.Entries.FindIndex(e => e.Unit == unit);
            _file.Entries[i] = _file.Entries[i] with { RemoteId = remoteId };
            Save();
        }
    }

    /// <summary>SHA-256 of the parts, hex, first 32 characters.</summary>
    public static string HashOf(IEnumerable<string> parts)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(part));
            sha.AppendData([0]);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset())[..32];
    }

    /// <summary>Creates the directory (and missing parents) readable and writable by the owner only, on Unix.</summary>
    internal static void EnsureDirectory(string directory)
    {
        if (Directory.Exists(directory))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        // Each missing level owner-only (Directory.CreateDirectory(path, mode) gives the mode to the last level only).
        var missing = new Stack<string>();
        for (var level = Path.GetFullPath(directory); !Directory.Exists(level); level = Path.GetDirectoryName(level)!)
        {
            missing.Push(level);
        }

        foreach (var level in missing)
        {
            Directory.CreateDirectory(level, OwnerOnlyDirectory);
        }
    }

    private void Save()
    {
        var temp = FilePath + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        using (var stream = new FileStream(temp, options))
        {
            JsonSerializer.Serialize(stream, _file, JournalJsonContext.Default.JournalFile);
        }

        File.Move(temp, FilePath, overwrite: true);
    }
}
