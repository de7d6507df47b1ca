namespace QuantumDsl.Emulator.Auth;

/// <summary>
/// Slows down password guessing: after <see cref="MaxFailures"/> wrong passwords for one account within
/// <see cref="Window"/>, every password attempt for it (right or wrong) is refused with 429 until the oldest of those
/// failures is older than the window. Attempts for unknown usernames share one counter. Memory is bounded: one entry
/// per configured account plus one, each holding at most <see cref="MaxFailures"/> times.
/// </summary>
internal sealed class LoginThrottle(TimeProvider time, AccountDirectory accounts)
{
    public const int MaxFailures = 10;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const string UnknownUser = "\0unknown";

    private readonly Dictionary<string, Queue<DateTimeOffset>> failures = new(StringComparer.Ordinal);

    /// <summary>How long <paramref name="username"/> must wait before another attempt, or null when it may try now.</summary>
    public TimeSpan? RetryAfter(string username)
    {
        lock (failures)
        {
            if (!failures.TryGetValue(Key(username), out var times))
            {
                return null;
            }

            Expire(times);
            return times.Count >= MaxFailures ? times.Peek() + Window - time.GetUtcNow() : null;
        }
    }

    public void Failed(string username)
    {
        lock (failures)
        {
            var key = Key(username);
            if (!failures.TryGetValue(key, out var times))
            {
                failures[key] = times = new Queue<DateTimeOffset>(MaxFailures);
            }

            Expire(times);
            if (times.Count >= MaxFailures)
            {
                times.Dequeue();
            }

            times.Enqueue(time.GetUtcNow());
        }
    }

    public void Succeeded(string username)
    {
        lock (failures)
        {
            failures.Remove(Key(username));
        }
    }

    private string Key(string username) => accounts.Find(username) is null ? UnknownUser : username;

    private void Expire(Queue<DateTimeOffset> times)
    {
        var now = time.GetUtcNow();
        while (times.Count > 0 && times.Peek() + Window <= now)
        {
            times.Dequeue();
        }
    }
}
