using System.Globalization;

namespace QuantumDsl.Emulator.Storage;

/// <summary>Stored times are Unix microseconds (UTC); these helpers convert and format them for the wire.</summary>
internal static partial class UnixTime
{
    public static long Micros(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.Ticks) / 10;

    public static DateTimeOffset ToDateTime(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * 10);

    /// <summary>Pasqal style: <c>2023-03-23T10:42:27.611384+00:00</c>.</summary>
    public static string Pasqal(long micros) =>
        ToDateTime(micros).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    public static string? Pasqal(long? micros) => micros is { } m ? Pasqal(m) : null;

    /// <summary>Oqtant style: <c>2024-07-24T16:52:25.172192Z</c>.</summary>
    public static string Oqtant(long micros) =>
        ToDateTime(micros).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static string? Oqtant(long? micros) => micros is { } m ? Oqtant(m) : null;

    /// <summary>
    /// The one date parser of every filter (Pasqal lists, cancel-jobs, rebatch, Oqtant search): strict ISO-8601,
    /// <c>YYYY-MM-DD</c> or <c>YYYY-MM-DD[T| ]hh:mm[:ss[.fffffff]][Z|±hh:mm|±hhmm]</c>; no offset means UTC. Anything
    /// else (<c>1.5</c>, <c>5/1</c>, month names) is refused, never guessed.
    /// </summary>
    public static bool TryParseIso(string text, out DateTimeOffset value)
    {
        value = default;
        return IsoPattern().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    /// <summary><see cref="TryParseIso"/> as Unix microseconds.</summary>
    public static bool TryParse(string text, out long micros)
    {
        var ok = TryParseIso(text, out var value);
        micros = ok ? Micros(value) : 0;
        return ok;
    }

    [System.Text.RegularExpressions.GeneratedRegex(
        @"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex IsoPattern();
}
