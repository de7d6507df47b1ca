namespace QuantumDsl;

/// <summary>Run-time checks of array <c>[Param]</c> values, called by generated <c>Validate()</c>.</summary>
public static class ParamChecks
{
    /// <summary>
    /// Every violation of an array value: missing, a length other than <paramref name="size"/>, and each element outside
    /// [<paramref name="min"/>, <paramref name="max"/>] (path <c>{path}[i]</c>).
    /// </summary>
    public static IReadOnlyList<Violation> Array(string path, IReadOnlyList<double>? values, int size, double min, double max,
        string? source = null, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var suffix = source is null ? "" : $" ({source})";
        if (values is null)
        {
            return [Violation.Rule(path, "null", $"has no value: an array of {size} values is expected{suffix}")];
        }

        if (values.Count != size)
        {
            return [Violation.Rule(path, $"{values.Count} values", $"were given for an array of size {size}{suffix}")];
        }

        var violations = new List<Violation>();
        for (var i = 0; i < values.Count; i++)
        {
            if (Violation.CheckRange($"{path}[{i}]", values[i], min, max, source, unit) is { } violation)
            {
                violations.Add(violation);
            }
        }

        return violations;
    }

    /// <summary>The same checks for an <c>int[]</c> value.</summary>
    public static IReadOnlyList<Violation> Array(string path, IReadOnlyList<int>? values, int size, double min, double max,
        string? source = null, string? unit = null) =>
        Array(path, values?.Select(v => (double)v).ToList(), size, min, max, source, unit);

    /// <summary>Element <paramref name="index"/>, or NaN when the array is missing or shorter (for <c>ParameterValues</c>, which never throws).</summary>
    public static double ElementOrNaN(IReadOnlyList<double>? values, int index) =>
        values is not null && index >= 0 && index < values.Count ? values[index] : double.NaN;

    /// <summary>Element <paramref name="index"/> of an <c>int[]</c>, or NaN when the array is missing or shorter.</summary>
    public static double ElementOrNaN(IReadOnlyList<int>? values, int index) =>
        values is not null && index >= 0 && index < values.Count ? values[index] : double.NaN;

    /// <summary>A copy of the elements as doubles (empty when the array is missing): an array variable's job value.</summary>
    public static IReadOnlyList<double> AsDoubles(IReadOnlyList<double>? values) => values is null ? [] : [.. values];

    /// <summary>A copy of an <c>int[]</c>'s elements as doubles (empty when the array is missing).</summary>
    public static IReadOnlyList<double> AsDoubles(IReadOnlyList<int>? values) => values is null ? [] : [.. values.Select(v => (double)v)];
}
