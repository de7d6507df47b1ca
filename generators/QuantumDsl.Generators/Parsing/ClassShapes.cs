using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace QuantumDsl.Generators.Parsing;

/// <summary>
/// The class-shape rules the generated code depends on: <c>new C()</c> must compile (QDSL003) and no member of the class
/// or its bases may take a generated member's name (QDSL004).
/// </summary>
internal static class ClassShapes
{
    private static readonly HashSet<string> MatterNames = Names(ExperimentKind.Matter);
    private static readonly HashSet<string> AnalogNames = Names(ExperimentKind.Analog);

    /// <summary>
    /// The fast path (no member symbols built): true when the class derives from <c>object</c> and its declarations show
    /// no constructor, no primary-constructor parameter, no <c>required</c> member and no member with a generated name —
    /// then <see cref="WhyNotCreatable"/> is null and <see cref="Collisions"/> is empty, and neither needs to run.
    /// </summary>
    public static bool IsPlain(INamedTypeSymbol type, ExperimentKind kind)
    {
        if (type.BaseType is { SpecialType: not SpecialType.System_Object })
        {
            return false;
        }

        var reserved = kind == ExperimentKind.Matter ? MatterNames : AnalogNames;
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree.FilePath.EndsWith(GeneratedSuffix, System.StringComparison.Ordinal))
            {
                continue; // this generator's own declaration (the analyzers see it)
            }

            if (reference.GetSyntax() is not TypeDeclarationSyntax syntax || syntax.ParameterList is { Parameters.Count: > 0 })
            {
                return false;
            }

            foreach (var member in syntax.Members)
            {
                if (member is ConstructorDeclarationSyntax || HasRequired(member.Modifiers) || MemberNames(member, reserved))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool HasRequired(SyntaxTokenList modifiers)
    {
        foreach (var modifier in modifiers)
        {
            if (modifier.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.RequiredKeyword))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the member declares a name in <paramref name="reserved"/> (a <c>Define</c> method never counts).</summary>
    private static bool MemberNames(MemberDeclarationSyntax member, HashSet<string> reserved)
    {
        switch (member)
        {
            case MethodDeclarationSyntax method:
                return method.Identifier.ValueText != "Define" && reserved.Contains(method.Identifier.ValueText);
            case PropertyDeclarationSyntax property:
                return reserved.Contains(property.Identifier.ValueText);
            case BaseTypeDeclarationSyntax nested:
                return reserved.Contains(nested.Identifier.ValueText);
            case DelegateDeclarationSyntax @delegate:
                return reserved.Contains(@delegate.Identifier.ValueText);
            case EventDeclarationSyntax @event:
                return reserved.Contains(@event.Identifier.ValueText);
            case BaseFieldDeclarationSyntax field:
                foreach (var variable in field.Declaration.Variables)
                {
                    if (reserved.Contains(variable.Identifier.ValueText))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static HashSet<string> Names(ExperimentKind kind)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var reserved in ReservedNames(kind))
        {
            names.Add(reserved.Key);
        }

        return names;
    }

    /// <summary>Why <c>new C()</c> would not compile in the generated code, or null when it does.</summary>
    public static string? WhyNotCreatable(INamedTypeSymbol type)
    {
        IMethodSymbol? creatable = null;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (CallableWithoutArguments(constructor))
            {
                creatable = constructor;
                break;
            }
        }

        if (creatable is null)
        {
            var needed = FirstRequiredParameter(type);
            return needed is null
                ? "has no constructor callable without arguments; add a parameterless constructor (it may be private)"
                : $"has no constructor callable without arguments ('{needed.Name}' of '{needed.ContainingSymbol.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}' has no default); give every constructor parameter a default value, or add a parameterless constructor";
        }

        if (HasSetsRequiredMembers(creatable))
        {
            return null;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                var required = member switch
                {
                    IPropertySymbol property => property.IsRequired,
                    IFieldSymbol field => field.IsRequired,
                    _ => false,
                };
                if (required)
                {
                    return $"has the required member '{member.Name}', which generated code cannot set; give it an initializer instead of 'required' (a [Param]'s default is its initializer), or mark the parameterless constructor [SetsRequiredMembers]";
                }
            }
        }

        return null;
    }

    private static bool CallableWithoutArguments(IMethodSymbol constructor)
    {
        foreach (var parameter in constructor.Parameters)
        {
            if (!parameter.IsOptional && !parameter.IsParams)
            {
                return false;
            }
        }

        return true;
    }

    private static IParameterSymbol? FirstRequiredParameter(INamedTypeSymbol type)
    {
        // Prefer the primary constructor: it is the one users mean when every other constructor chains to it.
        IParameterSymbol? first = null;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (constructor.IsImplicitlyDeclared && constructor.Parameters.Length == 1
                && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type))
            {
                continue; // a record's copy constructor
            }

            foreach (var parameter in constructor.Parameters)
            {
                if (!parameter.IsOptional && !parameter.IsParams)
                {
                    if (IsPrimary(constructor))
                    {
                        return parameter;
                    }

                    first ??= parameter;
                    break;
                }
            }
        }

        return first;
    }

    private static bool IsPrimary(IMethodSymbol constructor)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is TypeDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSetsRequiredMembers(IMethodSymbol constructor)
    {
        foreach (var attribute in constructor.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "SetsRequiredMembersAttribute" } attributeClass
                && attributeClass.ContainingNamespace.ToDisplayString() == "System.Diagnostics.CodeAnalysis")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A member whose name the generator needs (QDSL004).</summary>
    internal readonly struct Collision
    {
        public Collision(string name, Location? location, string generated, string advice)
        {
            Name = name;
            Location = location;
            Generated = generated;
            Advice = advice;
        }

        public string Name { get; }

        /// <summary>The member's identifier, or null for an inherited member (then the class is blamed).</summary>
        public Location? Location { get; }

        public string Generated { get; }

        public string Advice { get; }
    }

    /// <summary>The names the generator gives members of every experiment of <paramref name="kind"/>, with what they are.</summary>
    public static IEnumerable<KeyValuePair<string, string>> ReservedNames(ExperimentKind kind)
    {
        yield return new("Define", "the generated declaration of 'Define'");
        yield return new("Validate", "'IReadOnlyList<Violation> Validate()'");
        yield return new("Parameters", "'static IReadOnlyList<ParamInfo> Parameters'");
        yield return new("Sweep", "the expanded sweep 'static IReadOnlyList<…> Sweep'");
        yield return new("Builder", "the nested 'Builder' class");
        yield return new("QdslValidateParameters", "a private helper");
        if (kind == ExperimentKind.Matter)
        {
            yield return new("JobName", "'string JobName' of IMatterExperiment");
            yield return new("ToInput", "'MatterInput ToInput()' of IMatterExperiment");
            yield return new("QdslBuildInput", "a private helper");
        }
        else
        {
            yield return new("Vars", "the nested 'Vars' class of Define's variables");
            yield return new("Sequence", "'AnalogSequence Sequence' of IAnalogExperiment");
            yield return new("Variables", "'IReadOnlyDictionary<string, double> Variables' of IAnalogExperiment");
            yield return new("Runs", "'int Runs' of IAnalogExperiment");
            yield return new("QdslBuildSequence", "a private helper");
            yield return new("_qdslSequence", "a private field");
            yield return new("ArrayVariables", "'IReadOnlyDictionary<string, IReadOnlyList<double>> ArrayVariables' of IAnalogExperiment");
            yield return new("Qubits", "'IReadOnlyDictionary<string, int>? Qubits' of IAnalogExperiment");
            yield return new("QdslValidateJob", "a private helper");
        }
    }

    /// <summary>Members of the class (and non-private members of its bases) that take a generated member's name.</summary>
    public static List<Collision> Collisions(INamedTypeSymbol type, ExperimentKind kind)
    {
        var result = new List<Collision>();
        foreach (var reserved in ReservedNames(kind))
        {
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                var inherited = !SymbolEqualityComparer.Default.Equals(current, type);
                var found = false;
                foreach (var member in current.GetMembers(reserved.Key))
                {
                    if (member.IsImplicitlyDeclared || IsGenerated(member) || (inherited && member.DeclaredAccessibility == Accessibility.Private) || !Collides(member))
                    {
                        continue;
                    }

                    result.Add(new Collision(member.Name, inherited ? null : SymbolLocations.IdentifierLocation(member), reserved.Value,
                        Advice(member, inherited, current)));
                    found = true;
                    break;
                }

                if (found)
                {
                    break;
                }
            }
        }

        return result;
    }

    /// <summary>
    /// True for members this generator emitted (the analyzers see the generated files; the generator does not). A base
    /// class that is itself an experiment is QDSL002, so its generated members never reach this check.
    /// </summary>
    private static bool IsGenerated(ISymbol member)
    {
        var references = member.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return false;
        }

        foreach (var reference in references)
        {
            if (!reference.SyntaxTree.FilePath.EndsWith(GeneratedSuffix, System.StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The end of every generated file's hint name.</summary>
    public const string GeneratedSuffix = ".Experiment.g.cs";

    /// <summary>The nearest base class that is itself an experiment, or null.</summary>
    public static INamedTypeSymbol? ExperimentBase(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is { SpecialType: not SpecialType.System_Object }; current = current.BaseType)
        {
            if (QdslSymbols.Find(current, "MatterExperimentAttribute") is not null || QdslSymbols.Find(current, "AnalogExperimentAttribute") is not null)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>Methods collide only where the generated one has the same parameters: none, except <c>Define</c> (never).</summary>
    private static bool Collides(ISymbol member) => member switch
    {
        IMethodSymbol { MethodKind: MethodKind.Ordinary } method => method.Name != "Define" && method.Parameters.Length == 0,
        _ => true,
    };

    private static string Advice(ISymbol member, bool inherited, INamedTypeSymbol owner)
    {
        if (inherited)
        {
            return $"; it is inherited from '{owner.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}': rename it there";
        }

        if (member is IPropertySymbol property && QdslSymbols.Find(property, "ParamAttribute") is { } param)
        {
            var wire = QdslSymbols.Named(param, "Name") as string is { Length: > 0 } explicitWire ? explicitWire : Helpers.Literals.SnakeCase(property.Name);
            return $"; rename the [Param] (its wire name can stay '{wire}' with [Param(Name = \"{wire}\")])";
        }

        return "; rename it";
    }
}
