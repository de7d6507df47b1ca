using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Diagnostics;
using QuantumDsl.Generators.Helpers;

namespace QuantumDsl.Generators.Parsing;

/// <summary>
/// Reads the <c>[Param]</c> properties of an experiment (type, accessors, unit, wire name, bounds) with their sweep
/// attributes and checks the param rules (QDSL101, QDSL102, QDSL105 for an orphan or doubled sweep, QDSL108); the sweeps
/// themselves are read by <see cref="SweepReader"/>, array params by <see cref="ArrayParamReader"/>.
/// </summary>
internal static class ParamReader
{
    /// <summary>
    /// Adds every <c>[Param]</c> of <paramref name="declaration"/>'s class to its <see cref="ExperimentDeclaration.Params"/>;
    /// with <paramref name="preferSyntax"/> literal attributes are read from syntax (<see cref="SyntaxParamReader"/>).
    /// </summary>
    public static void Read(ExperimentDeclaration declaration, List<Problem>? problems, bool preferSyntax)
    {
        var members = (preferSyntax ? SyntaxParamReader.TryRead(declaration.Type) : null) ?? BindMembers(declaration.Type);
        Dictionary<string, ParamDeclaration>? wireNames = null;
        foreach (var (property, attribute, linspace, points) in members)
        {
            var vectors = ArrayParamReader.Vectors(property);
            if (attribute is null)
            {
                foreach (var orphan in new[] { linspace, points, vectors.Count > 0 ? vectors[0] : null })
                {
                    if (orphan is not null)
                    {
                        problems?.Add(new Problem(QdslDiagnostics.MalformedSweep, AttributeLocations.Of(orphan.Data), property.Name,
                            "the property has no [Param] attribute"));
                    }
                }

                if (ArrayParamReader.TrapMap(property) is { } orphanMap)
                {
                    problems?.Add(new Problem(QdslDiagnostics.InvalidParamProperty, AttributeLocations.Of(orphanMap.Data), property.Name,
                        "has [TrapMap] but no [Param(Size = N)]: a trap map is an 'int[]' parameter"));
                }

                continue;
            }

            var param = ReadParam(property, attribute, problems);
            ArrayParamReader.ReadShape(param, declaration.Kind, declaration.Params.Exists(p => p.IsTrapMap), problems);
            param.HasSweepAttribute = linspace is not null || points is not null || vectors.Count > 0;
            declaration.Params.Add(param);

            wireNames ??= new Dictionary<string, ParamDeclaration>();
            if (wireNames.TryGetValue(param.WireName, out var first))
            {
                problems?.Add(new Problem(QdslDiagnostics.DuplicateWireName, AttributeLocations.Named(attribute.Data, "Name"),
                    param.Name, param.WireName, first.Name));
            }
            else
            {
                wireNames.Add(param.WireName, param);
            }

            if (linspace is not null && points is not null)
            {
                problems?.Add(new Problem(QdslDiagnostics.MalformedSweep, AttributeLocations.Of(points.Data), property.Name,
                    "it has two sweeps ([Linspace] and [Points]); keep one"));
                continue;
            }

            if (!ArrayParamReader.CheckKinds(param, linspace ?? points, vectors, problems) && param.IsUsable)
            {
                continue;
            }

            var sweep = param.IsArray ? ArrayParamReader.ReadVectors(param, vectors, problems)
                : linspace is not null ? SweepReader.ReadLinspace(param, linspace, problems)
                : points is not null ? SweepReader.ReadPoints(param, points, problems)
                : null;
            if (sweep is not null && param.IsUsable)
            {
                param.Sweep = sweep;
            }
        }
    }

    /// <summary>Every property with a QuantumDsl attribute, from the bound symbols (in declaration order).</summary>
    private static List<(PropertyFacts Facts, AttributeArgs? Param, AttributeArgs? Linspace, AttributeArgs? Points)> BindMembers(INamedTypeSymbol type)
    {
        var result = new List<(PropertyFacts, AttributeArgs?, AttributeArgs?, AttributeArgs?)>();
        foreach (var member in type.GetMembers())
        {
            if (member is not IPropertySymbol property)
            {
                continue;
            }

            var attribute = QdslSymbols.Find(property, "ParamAttribute");
            var linspace = QdslSymbols.Find(property, "LinspaceAttribute");
            var points = QdslSymbols.Find(property, "PointsAttribute");
            if (attribute is not null || linspace is not null || points is not null || ArrayParamReader.HasArrayAttribute(property))
            {
                result.Add((PropertyFacts.FromSymbol(property), Args(attribute), Args(linspace), Args(points)));
            }
        }

        return result;

        static AttributeArgs? Args(AttributeData? data) => data is null ? null : AttributeArgs.FromData(data);
    }

    private static ParamDeclaration ReadParam(PropertyFacts property, AttributeArgs attribute, List<Problem>? problems)
    {
        var param = new ParamDeclaration(property, attribute);
        var special = property.Type;
        param.IsInt = special == SpecialType.System_Int32;
        param.IsUsable = true;
        if (special != SpecialType.System_Double && special != SpecialType.System_Int32)
        {
            param.IsUsable = false;
            problems?.Add(new Problem(QdslDiagnostics.InvalidParamProperty, SymbolLocations.PropertyTypeLocation(property.Symbol), property.Name,
                $"has type '{property.TypeDisplay}'; a [Param] must be 'double' or 'int'"));
        }

        if (!property.HasSetter)
        {
            param.IsUsable = false;
            problems?.Add(new Problem(QdslDiagnostics.InvalidParamProperty, SymbolLocations.IdentifierLocation(property.Symbol), property.Name,
                "has no 'set' or 'init' accessor"));
        }

        if (property.IsStatic || property.IsIndexer)
        {
            param.IsUsable = false;
            problems?.Add(new Problem(QdslDiagnostics.InvalidParamProperty, SymbolLocations.IdentifierLocation(property.Symbol), property.Name,
                property.IsStatic ? "is static; a [Param] must be an instance property" : "is an indexer"));
        }

        param.Unit = attribute.Named("Unit") as string;
        param.WireName = attribute.Named("Name") as string is { Length: > 0 } wire ? wire : Literals.SnakeCase(property.Name);
        var boundsError = ReadBounds(attribute, out var min, out var max, out var blame);
        (param.Min, param.Max) = (min, max);
        if (boundsError is not null)
        {
            param.BoundsValid = false;
            problems?.Add(new Problem(QdslDiagnostics.InvalidParamBounds, AttributeLocations.Named(attribute.Data, blame), property.Name, boundsError));
        }

        return param;
    }

    /// <summary>A <c>[Param]</c>'s bounds (infinite when not given); returns why they are invalid (QDSL102), or null.</summary>
    public static string? ReadBounds(AttributeArgs attribute, out double min, out double max, out string blame)
    {
        min = QdslSymbols.AsDouble(attribute.Named("Min")) ?? double.NegativeInfinity;
        max = QdslSymbols.AsDouble(attribute.Named("Max")) ?? double.PositiveInfinity;
        blame = "Min";
        if (double.IsNaN(min) || double.IsPositiveInfinity(min))
        {
            return $"Min = {Literals.Bound(min)} is not a finite number";
        }

        blame = "Max";
        if (double.IsNaN(max) || double.IsNegativeInfinity(max))
        {
            return $"Max = {Literals.Bound(max)} is not a finite number";
        }

        blame = "Min";
        return min > max ? $"Min = {Literals.Number(min)} is greater than Max = {Literals.Number(max)}" : null;
    }
}
