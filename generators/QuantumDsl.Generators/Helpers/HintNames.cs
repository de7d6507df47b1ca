using System.Text;
using Microsoft.CodeAnalysis;

namespace QuantumDsl.Generators.Helpers;

/// <summary>
/// The generated file's hint name, <c>{Namespace}.{Outer}.{Type}.{hash}.Experiment.g.cs</c>, built from the symbols'
/// metadata names (never their display form, which escapes keywords with <c>@</c>): any character that is not an ASCII
/// letter, digit, <c>_</c> or <c>.</c> (Unicode letters, the <c>`</c> of generic arity) becomes <c>_</c>, and
/// <c>{hash}</c> is an 8-digit FNV-1a hash of the exact name. The hash keeps distinct classes in distinct files where the
/// readable part cannot: hint names are compared case-insensitively (<c>Lab.Scan</c> and <c>Lab.SCAN</c> are two legal
/// classes) and the replacement of non-ASCII letters is not one-to-one.
/// </summary>
internal static class HintNames
{
    public static string For(INamedTypeSymbol type, string? family)
    {
        var exact = new StringBuilder();
        Append(exact, type);
        if (family is not null)
        {
            exact.Append('.').Append(family);
        }

        return FromExactName(exact.ToString());
    }

    /// <summary>The hint name for a class's exact full metadata name (<c>Lab.event.Scan</c>, <c>Outer.Inner</c>).</summary>
    public static string FromExactName(string name)
    {
        var safe = new StringBuilder(name.Length + 24);
        foreach (var c in name)
        {
            safe.Append(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '.' ? c : '_');
        }

        safe.Append('.').Append(Fnv1a(name).ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
        return safe.Append(Parsing.ClassShapes.GeneratedSuffix).ToString();
    }

    private static void Append(StringBuilder builder, INamedTypeSymbol type)
    {
        if (type.ContainingType is { } outer)
        {
            Append(builder, outer);
            builder.Append('.');
        }
        else if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            AppendNamespace(builder, ns);
            builder.Append('.');
        }

        builder.Append(type.MetadataName);
    }

    private static void AppendNamespace(StringBuilder builder, INamespaceSymbol ns)
    {
        if (ns.ContainingNamespace is { IsGlobalNamespace: false } parent)
        {
            AppendNamespace(builder, parent);
            builder.Append('.');
        }

        builder.Append(ns.MetadataName);
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return hash;
    }
}
