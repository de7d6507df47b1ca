using System.Globalization;

namespace QuantumDsl;

/// <summary>
/// One broken rule: where (<see cref="Path"/>, in wire names, for example
/// <c>inputs[0].rf_evaporation.times_ms[2]</c>), the offending <see cref="Value"/>, the <see cref="Limit"/> it broke
/// and a full sentence <see cref="Message"/> naming all three.
/// </summary>
/// <param name="Path">Wire path of the offending value.</param>
/// <param name="Value">The offending value as written on the wire (invariant culture).</param>
/// <param name="Limit">The limit that was broken, for example <c>maximum 200 (end_time_ms)</c>.</param>
/// <param name="Message">The whole message, for example
/// <c>inputs[0].rf_evaporation.times_ms[2]: 250 exceeds the maximum 200 (end_time_ms)</c>.</param>
public sealed record Violation(string Path, string Value, string Limit, string Message)
{
    /// <summary>
    /// A value above its maximum: <c>{path}: {value} {unit} exceeds the maximum {max} {unit} ({source})</c>
    /// (for example <c>time_of_flight_ms: 25 ms exceeds the maximum 20 ms</c>).
    /// </summary>
    public static Violation AboveMaximum(string path, double value, double max, string? source = null, string? unit = null)
    {
        var limit = "maximum " + Format(max) + UnitSuffix(unit) + Suffix(source);
        return new Violation(path, Format(value), limit, $"{path}: {Format(value)}{UnitSuffix(unit)} exceeds the {limit}");
    }

    /// <summary>
    /// A value below its minimum: <c>{path}: {value} {unit} is below the minimum {min} {unit} ({source})</c>
    /// (for example <c>time_of_flight_ms: -5 ms is below the minimum 2 ms</c>).
    /// </summary>
    public static Violation BelowMinimum(string path, double value, double min, string? source = null, string? unit = null)
    {
        var limit = "minimum " + Format(min) + UnitSuffix(unit) + Suffix(source);
        return new Violation(path, Format(value), limit, $"{path}: {Format(value)}{UnitSuffix(unit)} is below the {limit}");
    }

    /// <summary>
    /// Checks <paramref name="value"/> against [<paramref name="min"/>, <paramref name="max"/>]; returns the violation,
    /// or <see langword="null"/> when the value is in range. NaN is always out of range. <paramref name="unit"/>, when
    /// given, follows every number in the message.
    /// </summary>
    public static Violation? CheckRange(string path, double value, double min, double max, string? source = null, string? unit = null)
    {
        if (double.IsNaN(value))
        {
            var range = $"range [{Format(min)}, {Format(max)}]{UnitSuffix(unit)}";
            return new Violation(path, "NaN", range, $"{path}: NaN is not a number in the {range}");
        }

        if (value > max)
        {
            return AboveMaximum(path, value, max, source, unit);
        }

        return value < min ? BelowMinimum(path, value, min, source, unit) : null;
    }

    /// <summary>A rule that is not a plain range: <c>{path}: {value} {rule}</c>.</summary>
    public static Violation Rule(string path, string value, string rule) =>
        new(path, value, rule, $"{path}: {value} {rule}");

    /// <summary>Formats a number as it appears on the wire and in messages (invariant, shortest round-trip).</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => Message;

    private static string UnitSuffix(string? unit) => string.IsNullOrEmpty(unit) ? string.Empty : " " + unit;

    private static string Suffix(string? source) => source is null ? string.Empty : $" ({source})";
}
