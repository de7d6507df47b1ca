using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuantumDsl.Client;

/// <summary>One remote unit of a sweep (an Oqtant job or a Pasqal batch): its key, its points and, once known, its id.</summary>
internal sealed record JournalEntry(int Unit, string IdempotencyKey, IReadOnlyList<int> Points, string? RemoteId);

/// <summary>The journal file's content.</summary>
internal sealed record JournalFile(string SweepHash, string Kind, DateTimeOffset CreatedAt, List<JournalEntry> Entries);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(JournalFile))]
internal sealed partial class JournalJsonContext : JsonSerializerContext;

/// <summary>
/// The resume journal of one sweep: a small JSON file named by the hash of the sweep's content. The idempotency key
/// of each remote create is written before the create is sent and the id right after, so a run that died anywhere
/// can re-attach (known id), or re-send with the same key (the service answers with the job it already made).
/// </summary>
internal sealed class RunJournal
{
    private readonly string? _path;
    private readonly JournalFile _file;
    private readonly object _gate = new();

    private RunJournal(string? path, JournalFile file)
    {
        _path = path;
        _file = file;
    }

    public DateTimeOffset CreatedAt => _file.CreatedAt;

    public string Hash => _file.SweepHash;

    public static string DefaultDirectory
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return Path.Combine(string.IsNullOrEmpty(root) ? Path.GetTempPath() : root, "QuantumDsl", "journal");
        }
    }

    /// <summary>Opens (or, with <paramref name="resume"/> false, replaces) the journal of the sweep whose content hashes to <paramref name="hash"/>.</summary>
    public static RunJournal Open(string? directory, string kind, string hash, bool resume)
    {
        var dir = directory ?? DefaultDirectory;
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, kind + "-" + hash + ".json");
        if (resume && File.Exists(path))
        {
            try
            {
                var existing = JsonSerializer.Deserialize(File.ReadAllText(path), JournalJsonContext.Default.JournalFile);
                if (existing is not null && existing.SweepHash == hash)
                {
                    return new RunJournal(path, existing);
                }
            }
            catch (JsonException)
            {
                // A torn write cannot happen (atomic replace), but a hand-edited file might: start over.
            }
        }

        var journal = new RunJournal(path, new JournalFile(hash, kind, DateTimeOffset.UtcNow, []));
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

    private void Save()
    {
        if (_path is null)
        {
            return;
        }

        var temp = _path + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(_file, JournalJsonContext.Default.JournalFile));
        File.Move(temp, _path, overwrite: true);
    }
}
