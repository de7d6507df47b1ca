namespace QuantumDsl.Matter;

/// <summary>
/// The unit of an Oqtant wire field, read from its name's suffix (<c>time_of_flight_ms</c> → ms,
/// <c>positions_um[2]</c> → µm): the wire names already carry the unit, so validation messages take it from there.
/// </summary>
internal static class WireUnits
{
    private static readonly (string Suffix, string Unit)[] Suffixes =
        [("_ms", "ms"), ("_um", "µm"), ("_khz", "kHz"), ("_mhz", "MHz"), ("_mw", "mW")];

    /// <summary>The unit of the field at <paramref name="path"/>, or null when its name carries none.</summary>
    public static string? Of(string path)
    {
        var end = path.EndsWith(']') ? path.LastIndexOf('[') : path.Length;
        var name = end < 0 ? path : path[..end];
        foreach (var (suffix, unit) in Suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return unit;
            }
        }

        return null;
    }
}
