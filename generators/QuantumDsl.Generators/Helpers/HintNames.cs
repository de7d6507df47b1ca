using System.Text;
using Microsoft.CodeAnalysis;

namespace QuantumDsl.Generators.Helpers;

/// <summary>
/// The generated file's hint name, <c>{Namespace}.{Outer}.{Type}.Experiment.g.cs</c>, built from the symbols' metadata
/// names (never their display form, which escapes keywords with <c>@</c>). Any character that is not an ASCII letter,
/// digit, <c>_</c> or <c>.</c> (Unicode letters, the <c>`</c> of generic arity) becomes <c>_</c>; when that changed the
/// name, or the name has an upper-case letter that another class's name could differ by only in case, an 8-digit hash
/// of the exact name keeps hint names of distinct classes distinct (hint names are compared case-insensitively).
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

        var name = exact.ToString();
        var safe = new StringBuilder(name.Length + 24);
        var changed = false;
        foreach (var c in name)
        {
            var plain = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or '.';
            safe.Append(plain ? c : '_');
            changed |= !plain;
        }

        if (changed)
        {
            safe.Append('.').Append(Fnv1a(name).ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
        }

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
