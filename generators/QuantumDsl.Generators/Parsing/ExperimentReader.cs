using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using QuantumDsl.Generators.Diagnostics;
using QuantumDsl.Generators.Helpers;

namespace QuantumDsl.Generators.Parsing;

/// <summary>
/// Reads an experiment class (attributes, [Param] properties, sweeps) and checks the 0xx/1xx rules. Written once and used
/// by both the generator (which only needs what is valid) and the analyzers (which report every <see cref="Problem"/>).
/// </summary>
internal static class ExperimentReader
{
    public const int MaxSweepPoints = 10_000;
    public const int MaxInputsPerMatterJob = 30;

    /// <summary>
    /// Reads <paramref name="type"/>; <paramref name="problems"/> is null when the caller only needs the model. With
    /// <paramref name="preferSyntax"/> (the generator) property attributes are read from syntax when they are plain
    /// literals, else bound. <paramref name="skipPlainShapes"/> skips the member checks of a class
    /// <see cref="ClassShapes.IsPlain"/> finds nothing to report on. Both are the syntax fast path; off, only the binder
    /// reads (the generator benchmark's binder-only case, to measure what the fast path saves).
    /// </summary>
    public static ExperimentDeclaration? Read(
        INamedTypeSymbol type, List<Problem>? problems, CancellationToken cancellationToken, bool preferSyntax = false, bool skipPlainShapes = true)
    {
        var matter = QdslSymbols.Find(type, "MatterExperimentAttribute");
        var analog = QdslSymbols.Find(type, "AnalogExperimentAttribute");
        if (matter is null && analog is null)
        {
            return null;
        }

        var declaration = new ExperimentDeclaration(type, matter is null ? ExperimentKind.Analog : ExperimentKind.Matter, (matter ?? analog)!);
        CheckShape(declaration, matter is not null && analog is not null ? analog : null, problems, skipPlainShapes);
        cancellationToken.ThrowIfCancellationRequested();
        ReadParams(declaration, problems, preferSyntax);
        cancellationToken.ThrowIfCancellationRequested();
        PlanSweep(declaration, problems);
        return declaration;
    }

    private static void CheckShape(ExperimentDeclaration declaration, AttributeData? secondFamily, List<Problem>? problems, bool skipPlainShapes)
    {
        var type = declaration.Type;
        var shapeReported = false;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax syntax)
            {
                continue;
            }

            if (!HasModifier(syntax.Modifiers, SyntaxKind.PartialKeyword))
            {
                declaration.Restrict(Emission.None);
                shapeReported = true;
                problems?.Add(new Problem(QdslDiagnostics.NotPartial, syntax.Identifier.GetLocation(), type.Name));
            }

            if (syntax.TypeParameterList is { } typeParameters)
            {
                declaration.Restrict(Emission.DeclarationOnly);
                shapeReported = true;
                problems?.Add(new Problem(QdslDiagnostics.UnsupportedShape, typeParameters.GetLocation(), type.Name, "generic"));
            }

            foreach (var modifier in syntax.Modifiers)
            {
                if (modifier.IsKind(SyntaxKind.StaticKeyword) || modifier.IsKind(SyntaxKind.AbstractKeyword))
                {
                    // A static class cannot hold the instance Define; an abstract one can, but cannot be created.
                    declaration.Restrict(modifier.IsKind(SyntaxKind.StaticKeyword) ? Emission.None : Emission.DeclarationOnly);
                    shapeReported = true;
                    problems?.Add(new Problem(QdslDiagnostics.UnsupportedShape, modifier.GetLocation(), type.Name, modifier.ValueText));
                }
            }
        }

        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            foreach (var reference in outer.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is TypeDeclarationSyntax outerSyntax && !HasModifier(outerSyntax.Modifiers, SyntaxKind.PartialKeyword))
                {
                    declaration.Restrict(Emission.None);
                    shapeReported = true;
                    problems?.Add(new Problem(QdslDiagnostics.UnsupportedShape, IdentifierLocation(type), type.Name,
                        $"nested in the non-partial type '{outer.Name}'"));
                }
            }
        }

        if (secondFamily is not null)
        {
            declaration.Restrict(Emission.DeclarationOnly);
            declaration.BothFamilies = true;
            shapeReported = true;
            problems?.Add(new Problem(QdslDiagnostics.UnsupportedShape, AttributeLocations.Of(secondFamily), type.Name,
                "both a matter and an analog experiment"));
        }

        if (ClassShapes.ExperimentBase(type) is { } experimentBase)
        {
            declaration.Restrict(Emission.DeclarationOnly);
            shapeReported = true;
            problems?.Add(new Problem(QdslDiagnostics.UnsupportedShape, IdentifierLocation(type), type.Name,
                $"derived from the experiment class '{experimentBase.Name}' (its generated members would be hidden); derive both from a plain base class"));
        }

        if (skipPlainShapes && ClassShapes.IsPlain(type, declaration.Kind))
        {
            return; // nothing below can fire: skip building member symbols (the generator runs this on every edit)
        }

        if (!shapeReported && ClassShapes.WhyNotCreatable(type) is { } reason)
        {
            declaration.Restrict(Emission.DeclarationOnly);
            problems?.Add(new Problem(QdslDiagnostics.NotCreatable, IdentifierLocation(type), type.Name, reason));
        }

        foreach (var collision in ClassShapes.Collisions(type, declaration.Kind))
        {
            declaration.Restrict(Emission.DeclarationOnly);
            problems?.Add(new Problem(QdslDiagnostics.ReservedMemberName, collision.Location ?? IdentifierLocation(type), collision.Name,
                collision.Generated, collision.Advice));
        }
    }

    private static void ReadParams(ExperimentDeclaration declaration, List<Problem>? problems, bool preferSyntax)
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
                : linspace is not null ? ReadLinspace(param, linspace, problems)
                : points is not null ? ReadPoints(param, points, problems)
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
            problems?.Add(new Problem(QdslDiagnostics.InvalidParamProperty, PropertyTypeLocation(property.Symbol), property.Name,
                $"has type '{property.TypeDisplay}'; a [Param] must be 'double' or 'int'"));
        }

        if (!property.HasSetter)
        {
            param.IsUsable = false;
            problems?.Add(new Problem(QdslDiagnostics.InvalidParamProperty, IdentifierLocation(property.Symbol), property.Name,
                "has no 'set' or 'init' accessor"));
        }

        if (property.IsStatic || property.IsIndexer)
        {
            param.IsUsable = false;
            problems?.Add(new Problem(QdslDiagnostics.InvalidParamProperty, IdentifierLocation(property.Symbol), property.Name,
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

    private static SweepDeclaration? ReadLinspace(ParamDeclaration param, AttributeArgs attribute, List<Problem>? problems)
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

        if (count > MaxSweepPoints)
        {
            // Well formed, only too large: QDSL107 on the count, and the sweep is left out (never expanded).
            problems?.Add(new Problem(QdslDiagnostics.SweepTooLarge, AttributeLocations.Positional(attribute.Data, 2), param.Name,
                Literals.Int(count), Literals.Int(MaxSweepPoints)));
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

    private static SweepDeclaration? ReadPoints(ParamDeclaration param, AttributeArgs attribute, List<Problem>? problems)
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

        if (values.Length > MaxSweepPoints)
        {
            problems?.Add(new Problem(QdslDiagnostics.SweepTooLarge, AttributeLocations.Of(attribute.Data), param.Name,
                Literals.Int(values.Length), Literals.Int(MaxSweepPoints)));
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

    private static void PlanSweep(ExperimentDeclaration declaration, List<Problem>? problems)
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

    private static bool HasModifier(SyntaxTokenList modifiers, SyntaxKind kind)
    {
        foreach (var modifier in modifiers)
        {
            if (modifier.IsKind(kind))
            {
                return true;
            }
        }

        return false;
    }

    public static Location? IdentifierLocation(ISymbol? symbol)
    {
        if (symbol is null)
        {
            return null;
        }

        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            switch (reference.GetSyntax())
            {
                case BaseTypeDeclarationSyntax type:
                    return type.Identifier.GetLocation();
                case PropertyDeclarationSyntax property:
                    return property.Identifier.GetLocation();
            }
        }

        return symbol.Locations.Length > 0 ? symbol.Locations[0] : null;
    }

    private static Location? PropertyTypeLocation(IPropertySymbol? property)
    {
        if (property is null)
        {
            return null;
        }

        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is PropertyDeclarationSyntax syntax)
            {
                return syntax.Type.GetLocation();
            }
        }

        return IdentifierLocation(property);
    }
}
