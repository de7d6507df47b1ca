using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace QuantumDsl.Generators.Parsing;

/// <summary>The smallest span of a declared symbol to blame (its identifier, a property's type).</summary>
internal static class SymbolLocations
{
    /// <summary>The identifier of a type or property declaration, else the symbol's first location.</summary>
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

    /// <summary>The type syntax of a property declaration, else its identifier.</summary>
    public static Location? PropertyTypeLocation(IPropertySymbol? property)
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
