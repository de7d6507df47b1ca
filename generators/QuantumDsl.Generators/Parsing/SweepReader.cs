using System.Collections.Generic;
using QuantumDsl.Generators.Diagnostics;
using QuantumDsl.Generators.Helpers;

namespace QuantumDsl.Generators.Parsing;

/// <summary>
/// Reads one scalar sweep attribute (<c>[Linspace]</c>, <c>[Points]</c>) of a <c>[Param]</c> into its values and checks them
/// (QDSL104, QDSL105, QDSL107).
/// </summary>
internal static class SweepReader
{
    /// <summary>The points of a <c>[Linspace]</c>, or null when it is malformed (QDSL105) or too large (QDSL107).</summary>
    public static SweepDeclaration? ReadLinspace(ParamDeclaration param, AttributeArgs attribute, List<Problem>? problems)
    {
        var args = attribute.Positional;
        if (args.Length != 3 || QdslSymbols.AsDouble(args[0]) is not { } start || QdslSymbols.AsDouble(args[1]) is not { } stop
            || args[2] is not int count)
        {
            return null; // a compile error already
        }

        string? error = null;
        var blame = 2;
        if (!SweepMath.IsFinite(start))
        {
            (error, blame) = ($"start {Literals.Bound(start)} is not a finite number", 0);
        }
        else if (!SweepMath.IsFinite(stop))
        {
            (error, blame) = ($"stop {Literals.Bound(stop)} is not a finite number", 1);
        }
        else if (count < 1)
        {
            error = $"count {Literals.Int(count)} is less than 1";
        }
        else if (count == 1 && start != stop)
        {
            error = $"count is 1 but start {Literals.Number(start)} differs from stop {Literals.Number(stop)}";
        }

        if (error is not null)
        {
            problems?.Add(new Problem(QdslDiagnostics.MalformedSweep, AttributeLocations.Positional(attribute.Data, blame), param.Name, error));
            return null;
        }

        if (count > SweepPlanner.MaxSweepPoints)
        {
            // Well formed, only too large: QDSL107 on the count, and the sweep is left out (never expanded).
            problems?.Add(new Problem(QdslDiagnostics.SweepTooLarge, AttributeLocations.Positional(attribute.Data, 2), param.Name,
                Literals.Int(count), Literals.Int(SweepPlanner.MaxSweepPoints)));
            return null;
        }

        var values = SweepMath.Linspace(start, stop, count);
        if (param.IsInt)
        {
            for (var i = 0; i < values.Length; i++)
            {
                if (!SweepMath.IsInt32(values[i]))
                {
                    problems?.Add(new Problem(QdslDiagnostics.MalformedSweep, AttributeLocations.Of(attribute.Data), param.Name,
                        $"point {Literals.Number(values[i])} (index {Literals.Int(i)}) is not a whole number, but '{param.Name}' is an int"));
                    return null;
                }
            }
        }

        CheckLinspaceRange(param, attribute, start, stop, count, problems);
        return new SweepDeclaration(attribute, attribute.Named("Zip") as string, values);
    }

    /// <summary>The values of a <c>[Points]</c>, or null when it is malformed (QDSL105) or too large (QDSL107).</summary>
    public static SweepDeclaration? ReadPoints(ParamDeclaration param, AttributeArgs attribute, List<Problem>? problems)
    {
        var constants = attribute.Positional;
        if (constants.Length == 0)
        {
            problems?.Add(new Problem(QdslDiagnostics.MalformedSweep, AttributeLocations.Of(attribute.Data), param.Name, "[Points] has no values"));
            return null;
        }

        var values = new double[constants.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var value = QdslSymbols.AsDouble(constants[i]) ?? double.NaN;
            string? error = null;
            if (!SweepMath.IsFinite(value))
            {
                error = $"point {Literals.Bound(value)} (index {Literals.Int(i)}) is not a finite number";
            }
            else if (param.IsInt && !SweepMath.IsInt32(value))
            {
                error = $"point {Literals.Number(value)} (index {Literals.Int(i)}) is not a whole number, but '{param.Name}' is an int";
            }

            if (error is not null)
            {
                problems?.Add(new Problem(QdslDiagnostics.MalformedSweep, AttributeLocations.Positional(attribute.Data, i), param.Name, error));
                return null;
            }

            values[i] = value;
        }

        if (values.Length > SweepPlanner.MaxSweepPoints)
        {
            problems?.Add(new Problem(QdslDiagnostics.SweepTooLarge, AttributeLocations.Of(attribute.Data), param.Name,
                Literals.Int(values.Length), Literals.Int(SweepPlanner.MaxSweepPoints)));
            return null;
        }

        CheckPointsRange(param, attribute, values, problems);
        return new SweepDeclaration(attribute, attribute.Named("Zip") as string, values);
    }

    /// <summary>QDSL104 for each <c>[Points]</c> value outside the range, on that value.</summary>
    private static void CheckPointsRange(ParamDeclaration param, AttributeArgs attribute, double[] values, List<Problem>? problems)
    {
        if (problems is null || !param.BoundsValid || !param.IsUsable)
        {
            return;
        }

        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] < param.Min || values[i] > param.Max)
            {
                problems.Add(new Problem(QdslDiagnostics.SweepPointOutOfRange, AttributeLocations.Positional(attribute.Data, i), param.Name,
                    Literals.Number(values[i]), Literals.Int(i), Literals.Bound(param.Min), Literals.Bound(param.Max)));
            }
        }
    }

    /// <summary>
    /// QDSL104 once per <c>[Linspace]</c>: its points lie between its endpoints, so a point is out of range only when an
    /// endpoint is; reported on the first endpoint argument that is (start before stop).
    /// </summary>
    private static void CheckLinspaceRange(ParamDeclaration param, AttributeArgs attribute, double start, double stop, int count, List<Problem>? problems)
    {
        if (problems is null || !param.BoundsValid || !param.IsUsable)
        {
            return;
        }

        var startOut = start < param.Min || start > param.Max;
        if (startOut || stop < param.Min || stop > param.Max)
        {
            var (value, index, position) = startOut ? (start, 0, 0) : (stop, count - 1, 1);
            problems.Add(new Problem(QdslDiagnostics.SweepPointOutOfRange, AttributeLocations.Positional(attribute.Data, position), param.Name,
                Literals.Number(value), Literals.Int(index), Literals.Bound(param.Min), Literals.Bound(param.Max)));
        }
    }
}
