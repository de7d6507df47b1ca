using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Diagnostics;
using QuantumDsl.Generators.Helpers;

namespace QuantumDsl.Generators.Parsing;

/// <summary>
/// Plans an experiment's sweep from its read params: the axes of the Cartesian product, the point count, and the sweep-size
/// rules (over <see cref="MaxSweepPoints"/>, or a matter sweep split into jobs of <see cref="MaxInputsPerMatterJob"/>).
/// </summary>
internal static class SweepPlanner
{
    public const int MaxSweepPoints = 10_000;
    public const int MaxInputsPerMatterJob = 30;

    /// <summary>
    /// Groups the swept params into axes (a zip group is one axis), counts the points and checks QDSL106, QDSL107 and
    /// QDSL109.
    /// </summary>
    public static void Plan(ExperimentDeclaration declaration, List<Problem>? problems)
    {
        Dictionary<string, SweepAxis>? zips = null;
        foreach (var param in declaration.Params)
        {
            if (param.Sweep is not { } sweep)
            {
                continue;
            }

            if (sweep.Zip is { } zip)
            {
                zips ??= new Dictionary<string, SweepAxis>();
                if (zips.TryGetValue(zip, out var axis))
                {
                    if (axis.Length != sweep.Count)
                    {
                        problems?.Add(new Problem(QdslDiagnostics.ZipLengthMismatch, AttributeLocations.Named(sweep.Attribute.Data, "Zip"), param.Name,
                            Literals.Int(sweep.Count), zip, Literals.Int(axis.Length), axis.Members[0].Name));
                        continue;
                    }

                    axis.Members.Add(param);
                    continue;
                }

                axis = new SweepAxis();
                axis.Members.Add(param);
                zips.Add(zip, axis);
                declaration.Axes.Add(axis);
                continue;
            }

            var single = new SweepAxis();
            single.Members.Add(param);
            declaration.Axes.Add(single);
        }

        long total = 1;
        foreach (var axis in declaration.Axes)
        {
            total = SweepMath.SaturatingMultiply(total, axis.Length);
        }

        declaration.PointCount = total;
        var name = declaration.Type.Name;
        if (total > MaxSweepPoints)
        {
            problems?.Add(new Problem(QdslDiagnostics.SweepTooLarge, AttributeLocations.Of(CrossingAxis(declaration, MaxSweepPoints)), name,
                Literals.Int(total), Literals.Int(MaxSweepPoints)));
            declaration.Axes.Clear();
            declaration.PointCount = 1;
        }
        else if (declaration.Kind == ExperimentKind.Matter && total > MaxInputsPerMatterJob)
        {
            problems?.Add(new Problem(QdslDiagnostics.MatterSweepSplit, AttributeLocations.Of(CrossingAxis(declaration, MaxInputsPerMatterJob)), name,
                Literals.Int(total), Literals.Int(MaxInputsPerMatterJob), Literals.Int((total + MaxInputsPerMatterJob - 1) / MaxInputsPerMatterJob)));
        }
    }

    /// <summary>The sweep attribute of the first axis whose running product exceeds <paramref name="limit"/>.</summary>
    private static AttributeData CrossingAxis(ExperimentDeclaration declaration, long limit)
    {
        long running = 1;
        foreach (var axis in declaration.Axes)
        {
            running = SweepMath.SaturatingMultiply(running, axis.Length);
            if (running > limit)
            {
                return axis.Members[0].Sweep!.Attribute.Data ?? declaration.Attribute;
            }
        }

        return declaration.Attribute;
    }
}
