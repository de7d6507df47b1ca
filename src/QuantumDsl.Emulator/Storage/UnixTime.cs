using System.Globalization;

namespace QuantumDsl.Emulator.Storage;

/// <summary>Stored times are Unix microseconds (UTC); these helpers convert and format them for the wire.</summary>
internal static class UnixTime
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

    /// <summary>Parses an ISO-8601 date or date-time; one without an offset is UTC.</summary>
    public static bool TryParse(string text, out long micros)
    {
        var ok = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value);
        micros = ok ? Micros(value) : 0;
        return ok;
    }
}
