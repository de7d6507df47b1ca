using System;

namespace QuantumDsl.Generators.Parsing;

/// <summary>Sweep values computed at compile time, exactly as the runtime sweep algebra computes them.</summary>
internal static class SweepMath
{
    /// <summary><c>count</c> values from start to stop, exactly as <c>Sweeps.Linspace</c> gives them (one shared <see cref="LinspaceMath"/>).</summary>
    public static double[] Linspace(double start, double stop, int count) => LinspaceMath.Points(start, stop, count);

    public static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    public static bool IsInt32(double value) =>
        IsFinite(value) && Math.Floor(value) == value && value >= int.MinValue && value <= int.MaxValue;

    public static long SaturatingMultiply(long a, long b) => a > long.MaxValue / Math.Max(b, 1) ? long.MaxValue : a * b;
}
