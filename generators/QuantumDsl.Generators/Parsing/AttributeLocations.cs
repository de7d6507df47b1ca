using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace QuantumDsl.Generators.Parsing;

/// <summary>The smallest span of an attribute to blame: one argument, else the whole attribute.</summary>
internal static class AttributeLocations
{
    public static Location? Of(AttributeData? attribute) =>
        attribute?.ApplicationSyntaxReference?.GetSyntax().GetLocation();

    /// <summary>The <paramref name="position"/>-th positional argument (0-based), else the attribute.</summary>
    public static Location? Positional(AttributeData? attribute, int position)
    {
        if (attribute?.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } list })
        {
            var index = 0;
            foreach (var argument in list.Arguments)
            {
                if (argument.NameEquals is not null)
                {
                    continue;
                }

                if (index == position)
                {
                    return argument.Expression.GetLocation();
                }

                index++;
            }
        }

        return Of(attribute);
    }

    /// <summary>The value of the named argument <c>Name = value</c>, else the attribute.</summary>
    public static Location? Named(AttributeData? attribute, string name)
    {
        if (attribute?.ApplicationSyntaxReference?.GetSyntax() is AttributeSyntax { ArgumentList: { } list })
        {
            foreach (var argument in list.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return argument.Expression.GetLocation();
                }
            }
        }

        return Of(attribute);
    }
}
