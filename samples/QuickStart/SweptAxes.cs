using System.Globalization;
using QuantumDsl;

namespace QuickStart;

/// <summary>
/// Which parameters a set of points actually sweeps (their values differ between points), for plots and titles: the
/// first is the x axis, the others name the curves. Every swept axis shows up; none is dropped.
/// </summary>
public static class SweptAxes
{
    /// <summary>The indices (into each point's parameter list) of the parameters whose values differ between points.</summary>
    public static IReadOnlyList<int> Of(IReadOnlyList<IReadOnlyList<ParamValue>> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return [];
        }

        return [.. Enumerable.Range(0, points[0].Count).Where(i => points.Select(p => p[i].Value).Distinct().Count() > 1)];
    }

    /// <summary>The parameters that are not swept, described (<c>time_of_flight = 12 ms</c>), or empty.</summary>
    public static string Fixed(IReadOnlyList<IReadOnlyList<ParamValue>> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var swept = Of(points);
        return points.Count == 0 ? "" : string.Join(", ", points[0].Where((_, i) => !swept.Contains(i)).Select(Describe));
    }

    /// <summary><c>final_rf = 0.05 MHz</c>: a parameter's wire name, value and unit.</summary>
    public static string Describe(ParamValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var number = value.Value.ToString("0.####", CultureInfo.InvariantCulture);
        return value.Param.Unit is { } unit ? $"{value.Param.WireName} = {number} {unit}" : $"{value.Param.WireName} = {number}";
    }

    /// <summary>The axis label of a parameter: <c>final_rf (MHz)</c>.</summary>
    public static string Label(ParamInfo param)
    {
        ArgumentNullException.ThrowIfNull(param);
        return param.Unit is { } unit ? $"{param.WireName} ({unit})" : param.WireName;
    }
}
