using Microsoft.CodeAnalysis;

namespace QuantumDsl.Generators.Parsing;

/// <summary>
/// Recognises QuantumDsl types by name and namespace, without compilation-wide lookups (cheap per item); <see cref="FindType"/>
/// is the one compilation-wide lookup, for the analyzers' once-per-compilation tables.
/// </summary>
internal static class QdslSymbols
{
    public const string MatterExperimentAttribute = "QuantumDsl.MatterExperimentAttribute";
    public const string AnalogExperimentAttribute = "QuantumDsl.AnalogExperimentAttribute";

    public static bool Is(INamedTypeSymbol? type, string name, string ns = "QuantumDsl")
    {
        if (type is null || type.Name != name)
        {
            return false;
        }

        var containing = type.ContainingNamespace;
        var dot = ns.IndexOf('.');
        if (dot < 0)
        {
            return containing is { Name: var n, ContainingNamespace.IsGlobalNamespace: true } && n == ns;
        }

        // Two-level namespaces such as QuantumDsl.Analog.
        return containing is { ContainingNamespace: { ContainingNamespace.IsGlobalNamespace: true } parent }
            && containing.Name == ns.Substring(dot + 1)
            && parent.Name == ns.Substring(0, dot);
    }

    /// <summary>
    /// The QuantumDsl type <paramref name="metadataName"/> in <paramref name="compilation"/>, even when another reference
    /// defines a type of the same name (where <c>Compilation.GetTypeByMetadataName</c> answers null): the copy in the
    /// <c>QuantumDsl</c> assembly first, then the one being compiled, then the first other.
    /// </summary>
    public static INamedTypeSymbol? FindType(Compilation compilation, string metadataName)
    {
        var candidates = compilation.GetTypesByMetadataName(metadataName);
        INamedTypeSymbol? fallback = null;
        foreach (var candidate in candidates)
        {
            if (candidate.ContainingAssembly.Name == "QuantumDsl")
            {
                return candidate;
            }

            if (fallback is null || SymbolEqualityComparer.Default.Equals(candidate.ContainingAssembly, compilation.Assembly))
            {
                fallback = candidate;
            }
        }

        return fallback;
    }

    public static AttributeData? Find(ISymbol symbol, string name, string ns = "QuantumDsl")
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (Is(attribute.AttributeClass, name, ns))
            {
                return attribute;
            }
        }

        return null;
    }

    public static object? Named(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name)
            {
                return pair.Value.Value;
            }
        }

        return null;
    }

    public static double? AsDouble(object? value) => value switch
    {
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        short s => s,
        byte b => b,
        sbyte sb => sb,
        uint ui => ui,
        ulong ul => ul,
        ushort us => us,
        decimal m => (double)m,
        _ => null,
    };
}
