using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Diagnostics;
using QuantumDsl.Generators.Helpers;

namespace QuantumDsl.Generators.Parsing;

/// <summary>
/// Array <c>[Param]</c>s (<c>double[]</c>/<c>int[]</c> with <c>Size</c>), their <c>[Vector]</c> sweep points and the
/// <c>[TrapMap]</c> marker: QDSL101 for a wrong shape, QDSL105 for a malformed vector, QDSL104 for an element outside
/// the range. Array properties are always read from their symbols (the syntax fast path hands them to the binder).
/// </summary>
internal static class ArrayParamReader
{
    /// <summary>Every <c>[Vector]</c> of the property, in source order (empty on the syntax fast path).</summary>
    public static List<AttributeArgs> Vectors(PropertyFacts property)
    {
        var result = new List<AttributeArgs>();
        if (property.Symbol is { } symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (QdslSymbols.Is(attribute.AttributeClass, "VectorAttribute"))
                {
                    result.Add(AttributeArgs.FromData(attribute));
                }
            }
        }

        return result;
    }

    /// <summary>The property's <c>[TrapMap]</c>, or null.</summary>
    public static AttributeArgs? TrapMap(PropertyFacts property) =>
        property.Symbol is { } symbol && QdslSymbols.Find(symbol, "TrapMapAttribute") is { } data ? AttributeArgs.FromData(data) : null;

    /// <summary>Whether a property carries an attribute only this reader knows (so the binder lists it).</summary>
    public static bool HasArrayAttribute(IPropertySymbol property) =>
        QdslSymbols.Find(property, "VectorAttribute") is not null || QdslSymbols.Find(property, "TrapMapAttribute") is not null;

    /// <summary>
    /// <c>Size</c> and <c>[TrapMap]</c> of a param already read as a scalar one: sets <see cref="ParamDeclaration.Size"/>
    /// and <see cref="ParamDeclaration.IsTrapMap"/>, or makes the param unusable with QDSL101.
    /// </summary>
    public static void ReadShape(ParamDeclaration param, ExperimentKind kind, bool trapMapTaken, List<Problem>? problems)
    {
        var facts = param.Facts;
        var size = param.Attribute.Named("Size") as int? ?? 0;
        param.TrapMapAttribute = TrapMap(facts);
        if (!facts.IsArray)
        {
            if (size != 0)
            {
                Fail(param, AttributeLocations.Named(param.Attribute.Data, "Size"), problems,
                    $"has Size = {Literals.Int(size)}, but only an array property ('double[]' or 'int[]') takes a Size");
            }

            if (param.TrapMapAttribute is { } scalarMap)
            {
                Fail(param, AttributeLocations.Of(scalarMap.Data), problems,
                    "has [TrapMap], which needs an 'int[]' property with [Param(Size = N)]: element i is the trap of qubit i");
            }

            return;
        }

        if (!param.IsUsable)
        {
            return; // the element type is already reported
        }

        if (kind == ExperimentKind.Matter)
        {
            Fail(param, AttributeLocations.Of(param.Attribute.Data), problems,
                "is an array; array params are analog sequence variables, a matter experiment takes 'double' or 'int'");
            return;
        }

        if (size < 1)
        {
            Fail(param, size == 0 ? AttributeLocations.Of(param.Attribute.Data) : AttributeLocations.Named(param.Attribute.Data, "Size"), problems,
                size == 0
                    ? "is an array; declare its length with [Param(Size = N)], N at least 1"
                    : $"has Size = {Literals.Int(size)}; an array's Size is at least 1");
            return;
        }

        if (param.TrapMapAttribute is { } map)
        {
            if (!param.IsInt)
            {
                Fail(param, AttributeLocations.Of(map.Data), problems, "has [TrapMap], which needs an 'int[]' property (trap ids), not 'double[]'");
                return;
            }

            if (trapMapTaken)
            {
                Fail(param, AttributeLocations.Of(map.Data), problems,
                    "is a second [TrapMap]; a sequence has one mappable register, so one trap map");
                return;
            }

            param.IsTrapMap = true;
        }

        param.Size = size;
    }

    /// <summary>QDSL105 for <c>[Vector]</c>s on a scalar param or <c>[Points]</c>/<c>[Linspace]</c> on an array one.</summary>
    public static bool CheckKinds(ParamDeclaration param, AttributeArgs? scalarSweep, List<AttributeArgs> vectors, List<Problem>? problems)
    {
        if (!param.IsUsable)
        {
            return false;
        }

        if (param.IsArray && scalarSweep is not null)
        {
            problems?.Add(new Problem(QdslDiagnostics.MalformedSweep, AttributeLocations.Of(scalarSweep.Data), param.Name,
                $"'{param.Name}' is an array param: give one [Vector(…)] per point instead of [{(scalarSweep.IsLinspace ? "Linspace" : "Points")}]"));
            return false;
        }

        if (!param.IsArray && vectors.Count > 0)
        {
            problems?.Add(new Problem(QdslDiagnostics.MalformedSweep, AttributeLocations.Of(vectors[0].Data), param.Name,
                $"[Vector] is one point of an array param ('double[]'/'int[]' with Size); sweep the scalar '{param.Name}' with [Points] or [Linspace]"));
            return false;
        }

        return true;
    }

    /// <summary>The <c>[Vector]</c> sweep of a usable array param (null when there is none or it is malformed).</summary>
    public static SweepDeclaration? ReadVectors(ParamDeclaration param, List<AttributeArgs> vectors, List<Problem>? problems)
    {
        if (vectors.Count == 0 || !param.IsArray)
        {
            return null;
        }

        var zip = vectors[0].Named("Zip") as string;
        var points = new double[vectors.Count][];
        var malformed = false;
        for (var k = 0; k < vectors.Count; k++)
        {
            var attribute = vectors[k];
            if (k > 0 && attribute.Named("Zip") as string != zip)
            {
                problems?.Add(new Problem(QdslDiagnostics.MalformedSweep, AttributeLocations.Named(attribute.Data, "Zip"), param.Name,
                    $"point {Literals.Int(k)} has Zip = {Quote(attribute.Named("Zip") as string)} but point 0 has {Quote(zip)}; every [Vector] of a property is in one Zip group"));
                malformed = true;
                continue;
            }

            var constants = attribute.Positional;
            if (constants.Length != param.Size)
            {
                problems?.Add(new Problem(QdslDiagnostics.MalformedSweep, AttributeLocations.Of(attribute.Data), param.Name,
                    $"point {Literals.Int(k)} has {Literals.Int(constants.Length)} {(constants.Length == 1 ? "value" : "values")}, but '{param.Name}' has Size = {Literals.Int(param.Size)}"));
                malformed = true;
                continue;
            }

            var values = new double[constants.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var value = QdslSymbols.AsDouble(constants[i]) ?? double.NaN;
                string? error = null;
                if (!SweepMath.IsFinite(value))
                {
                    error = $"element {Literals.Int(i)} of point {Literals.Int(k)} is {Literals.Bound(value)}, not a finite number";
                }
                else if (param.IsInt && !SweepMath.IsInt32(value))
                {
                    error = $"element {Literals.Int(i)} of point {Literals.Int(k)} is {Literals.Number(value)}, not a whole number, but '{param.Name}' is an int[]";
                }

                if (error is not null)
                {
                    problems?.Add(new Problem(QdslDiagnostics.MalformedSweep, AttributeLocations.Positional(attribute.Data, i), param.Name, error));
                    malformed = true;
                    break;
                }

                values[i] = value;
            }

            points[k] = values;
        }

        if (malformed)
        {
            return null;
        }

        if (problems is not null && param.BoundsValid)
        {
            for (var k = 0; k < points.Length; k++)
            {
                for (var i = 0; i < points[k].Length; i++)
                {
                    var value = points[k][i];
                    if (value < param.Min || value > param.Max)
                    {
                        problems.Add(new Problem(QdslDiagnostics.SweepPointOutOfRange, AttributeLocations.Positional(vectors[k].Data, i), param.Name,
                            Literals.Number(value), Literals.Int(k) + ", element " + Literals.Int(i), Literals.Bound(param.Min), Literals.Bound(param.Max)));
                    }
                }
            }
        }

        var sweep = new SweepDeclaration(vectors[0], zip, new double[0], points);
        sweep.VectorAttributes.AddRange(vectors);
        return sweep;
    }

    private static void Fail(ParamDeclaration param, Location? location, List<Problem>? problems, string reason)
    {
        param.IsUsable = false;
        problems?.Add(new Problem(QdslDiagnostics.InvalidParamProperty, location, param.Name, reason));
    }

    private static string Quote(string? zip) => zip is null ? "none" : "\"" + zip + "\"";
}
