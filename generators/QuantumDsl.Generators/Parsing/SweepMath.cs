using System;

namespace QuantumDsl.Generators.Parsing;

/// <summary>Sweep values computed at compile time, exactly as the runtime sweep algebra computes them.</summary>
internal static class SweepMath
{
    /// <summary><c>count</c> values from start to stop: <c>start + i*(stop-start)/(count-1)</c>, exact endpoints.</summary>
    public static double[] Linspace(double start, double stop, int count)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = i == count - 1 ? stop : start + (i * (stop - start) / (count - 1));
        }

        if (count > 0)
        {
            values[0] = start;
        }

        return values;
    }

    public static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    public static bool IsInt32(double value) =>
        IsFinite(value) && Math.Floor(value) == value && value >= int.MinValue && value <= int.MaxValue;

    public static long SaturatingMultiply(long a, long b) => a > long.MaxValue / Math.Max(b, 1) ? long.MaxValue : a * b;
}
