using System;
using System.Collections.Immutable;
using QuantumDsl.Generators.Helpers;

namespace QuantumDsl.Generators.Diagnostics;

/// <summary>The diagnostic property that tells the clamp code fix which literal to write (QDSL103, QDSL203).</summary>
internal static class ClampProperties
{
    public const string Key = "QdslClampedLiteral";

    public static ImmutableDictionary<string, string?> For(double value, double min, double max, bool isInt)
    {
        // NaN clamps to the lower bound when it is finite, else the upper, else 0.
        var clamped = double.IsNaN(value)
            ? (!double.IsInfinity(min) ? min : !double.IsInfinity(max) ? max : 0)
            : Math.Max(min, Math.Min(max, value));
        string literal;
        if (isInt)
        {
            var rounded = value < min || double.IsNaN(value) ? Math.Ceiling(clamped) : Math.Floor(clamped);
            literal = Literals.Int((long)rounded);
        }
        else
        {
            literal = Literals.Double(clamped);
        }

        return ImmutableDictionary<string, string?>.Empty.Add(Key, literal);
    }
}
