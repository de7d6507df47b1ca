using QuantumDsl.Cli.Hosting;

namespace QuantumDsl.Cli.Output;

/// <summary>Parses option values given as the services' wire names (BEC, TIMED_OUT, …; any case) through the one map, <see cref="WireEnum{TEnum}"/>.</summary>
internal static class WireEnums
{
    public static T Parse<T>(string option, string value)
        where T : struct, Enum =>
        WireEnum<T>.TryParse(value.ToUpperInvariant(), out var parsed)
            ? parsed
            : throw new CliException($"{option} '{value}' is not one of {WireEnum<T>.AllowedText}");

    public static DateTimeOffset? Date(string option, string? value) =>
        value is null ? null
        : DateTimeOffset.TryParse(value, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ? date
        : throw new CliException($"{option} '{value}' is not a date; use ISO 8601, e.g. 2026-11-23T10:00:00Z");
}
