using System.Globalization;

namespace QuantumDsl.Matter;

/// <summary>Collects violations under a path prefix (for example <c>inputs[3].</c>), with the Oqtant rule shapes.</summary>
internal sealed class ViolationSink(string prefix)
{
    private readonly List<Violation> found = [];

    public IReadOnlyList<Violation> Found => found;

    public string Path(string path) => prefix + path;

    public void Add(Violation violation) => found.Add(violation);

    public void Rule(string path, string value, string rule) => found.Add(Violation.Rule(prefix + path, value, rule));

    public void Range(string path, double value, double min, double max)
    {
        if (Violation.CheckRange(prefix + path, value, min, max, unit: WireUnits.Of(path)) is { } v)
        {
            found.Add(v);
        }
    }

    /// <summary>A time bounded by the static range and, when it is valid, by <c>end_time_ms</c>; reports one violation at most.</summary>
    public void Time(string path, double value, double min, double max, double? endTimeMs)
    {
        if (endTimeMs is { } end && value > end)
        {
            found.Add(Violation.AboveMaximum(prefix + path, value, end, "end_time_ms", WireUnits.Of(path)));
            return;
        }

        Range(path, value, min, max);
    }

    /// <summary>A decimal time must have at most one decimal place (0.1 ms resolution).</summary>
    public void Tenth(string path, double value)
    {
        if (double.IsFinite(value) && !IsTenth(value))
        {
            Rule(path, Violation.Format(value), "has more than one decimal place: the resolution is 0.1 ms");
        }
    }

    public void Whole(string path, double value)
    {
        if (double.IsFinite(value) && value != Math.Round(value))
        {
            Rule(path, Violation.Format(value), "is not a whole number of ms");
        }
    }

    public void Count(string path, int count, int min, int max, string noun)
    {
        var p = prefix + path;
        var value = count.ToString(CultureInfo.InvariantCulture) + " " + noun;
        if (count < min)
        {
            found.Add(new Violation(p, value, $"minimum {min} {noun}", $"{p}: {value} is below the minimum {min}"));
        }
        else if (count > max)
        {
            found.Add(new Violation(p, value, $"maximum {max} {noun}", $"{p}: {value} exceeds the maximum {max}"));
        }
    }

    /// <summary>A parallel list must be as long as the list it pairs with.</summary>
    public void SameLength(string path, int count, string otherName, int otherCount)
    {
        if (count != otherCount)
        {
            Rule(path, $"{count} items", $"must have as many items as {otherName} ({otherCount})");
        }
    }

    /// <summary>Times must be unique and increasing, compared on <paramref name="key"/> (for example whole 0.1 ms steps).</summary>
    public void Increasing(string listPath, IReadOnlyList<double> times, Func<double, double> key, string unit)
    {
        for (var i = 1; i < times.Count; i++)
        {
            double previous = key(times[i - 1]), current = key(times[i]);
            var at = $"{listPath}[{i}]";
            var before = $"{listPath}[{i - 1}] ({Violation.Format(times[i - 1])})";
            if (current == previous)
            {
                Rule(at, Violation.Format(times[i]), $"repeats {before}{unit}: times must be unique");
            }
            else if (current < previous)
            {
                Rule(at, Violation.Format(times[i]), $"comes before {before}: times must increase");
            }
        }
    }

    public void Defined<T>(string path, T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            Rule(path, WireEnum<T>.Describe(value), "is not one of " + WireEnum<T>.AllowedText);
        }
    }

    public static bool IsTenth(double value)
    {
        var scaled = value / OqtantLimits.TimeResolutionMs;
        return Math.Abs(scaled - Math.Round(scaled)) <= 1e-9 * Math.Max(1, Math.Abs(scaled));
    }

    /// <summary>Key for comparing decimal times at 0.1 ms resolution.</summary>
    public static double TenthKey(double value) => Math.Round(value / OqtantLimits.TimeResolutionMs);
}
