using System;
using System.Globalization;

#if QUANTUMDSL_GENERATOR
namespace QuantumDsl.Generators.Parsing;
#else
namespace QuantumDsl;
#endif

/// <summary>
/// The one definition of linspace points, compiled into both the runtime (<c>Sweeps.Linspace</c>) and the generator (the
/// compile-time expansion of <c>[Linspace]</c>), so both give bit-identical doubles. Point <c>i</c> of <c>count</c> is
/// <c>start + i·(stop − start)/(count − 1)</c>; the endpoints are <c>start</c> and <c>stop</c> exactly. When both endpoints
/// are decimal numbers — their shortest round-trip form, e.g. <c>0.05</c> and <c>0.45</c>, converts to
/// <see cref="decimal"/> and back unchanged — the formula is evaluated in <see cref="decimal"/> (28 significant digits)
/// and the point is the double nearest to that value, so <c>Linspace(0.05, 0.45, 9)</c> gives <c>0.15</c> and
/// <c>0.35</c>, not <c>0.15000000000000002</c> and <c>0.35000000000000003</c>. Otherwise (endpoints beyond decimal's
/// range or precision, such as <c>1e-30</c>) the formula is evaluated in double.
/// </summary>
internal static class LinspaceMath
{
    /// <summary>The endpoints as decimals when both round-trip through their shortest decimal form.</summary>
    public static bool TryDecimalEndpoints(double start, double stop, out decimal decimalStart, out decimal decimalStop)
    {
        decimalStop = 0;
        return TryDecimal(start, out decimalStart) && TryDecimal(stop, out decimalStop);
    }

    /// <summary>Point <paramref name="index"/> of <paramref name="count"/> (use <see cref="TryDecimalEndpoints"/> once per sweep).</summary>
    public static double Point(double start, double stop, int count, int index, bool decimalEndpoints, decimal decimalStart, decimal decimalStop)
    {
        if (index == 0)
        {
            return start;
        }

        if (index == count - 1)
        {
            return stop;
        }

        if (decimalEndpoints)
        {
            try
            {
                var exact = decimalStart + ((decimalStop - decimalStart) * index / (count - 1));
                return double.Parse(exact.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                // Fall through to the double formula.
            }
        }

        return start + (index * (stop - start) / (count - 1));
    }

    /// <summary>Every point, in order.</summary>
    public static double[] Points(double start, double stop, int count)
    {
        var values = new double[count];
        var useDecimal = TryDecimalEndpoints(start, stop, out var decimalStart, out var decimalStop);
        for (var i = 0; i < count; i++)
        {
            values[i] = Point(start, stop, count, i, useDecimal, decimalStart, decimalStop);
        }

        return values;
    }

    private static bool TryDecimal(double value, out decimal result)
    {
        result = 0;
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return false;
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out result)
            && double.Parse(result.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture) == value;
    }
}
