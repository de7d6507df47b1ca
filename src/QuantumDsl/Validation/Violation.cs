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
    /// <summary>A value above its maximum: <c>{path}: {value} exceeds the maximum {max} ({source})</c>.</summary>
    public static Violation AboveMaximum(string path, double value, double max, string? source = null)
    {
        var limit = "maximum " + Format(max) + Suffix(source);
        return new Violation(path, Format(value), limit, $"{path}: {Format(value)} exceeds the {limit}");
    }

    /// <summary>A value below its minimum: <c>{path}: {value} is below the minimum {min} ({source})</c>.</summary>
    public static Violation BelowMinimum(string path, double value, double min, string? source = null)
    {
        var limit = "minimum " + Format(min) + Suffix(source);
        return new Violation(path, Format(value), limit, $"{path}: {Format(value)} is below the {limit}");
    }

    /// <summary>
    /// Checks <paramref name="value"/> against [<paramref name="min"/>, <paramref name="max"/>]; returns the violation,
    /// or <see langword="null"/> when the value is in range. NaN is always out of range.
    /// </summary>
    public static Violation? CheckRange(string path, double value, double min, double max, string? source = null)
    {
        if (double.IsNaN(value))
        {
            return new Violation(path, "NaN", $"range [{Format(min)}, {Format(max)}]", $"{path}: NaN is not a number in the range [{Format(min)}, {Format(max)}]");
        }

        if (value > max)
        {
            return AboveMaximum(path, value, max, source);
        }

        return value < min ? BelowMinimum(path, value, min, source) : null;
    }

    /// <summary>A rule that is not a plain range: <c>{path}: {value} {rule}</c>.</summary>
    public static Violation Rule(string path, string value, string rule) =>
        new(path, value, rule, $"{path}: {value} {rule}");

    /// <summary>Formats a number as it appears on the wire and in messages (invariant, shortest round-trip).</summary>
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override string ToString() => Message;

    private static string Suffix(string? source) => source is null ? string.Empty : $" ({source})";
}
