using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace QuantumDsl.Generators.Parsing;

/// <summary>
/// The generator's fast path: reads an experiment's <c>[Param]</c>/<c>[Linspace]</c>/<c>[Points]</c> properties from
/// syntax, so an edit elsewhere does not re-bind every attribute of every experiment. Inside a class that
/// <c>ForAttributeWithMetadataName</c> has already bound as a QuantumDsl experiment, these names are QuantumDsl's.
/// Anything it cannot read exactly (a non-literal argument, a named constructor argument, a type other than the
/// <c>double</c>/<c>int</c> keywords, a using alias in the file) makes it return null, and the caller binds instead.
/// </summary>
internal static class SyntaxParamReader
{
    public static List<(PropertyFacts Facts, AttributeArgs? Param, AttributeArgs? Linspace, AttributeArgs? Points)>? TryRead(INamedTypeSymbol type)
    {
        var result = new List<(PropertyFacts, AttributeArgs?, AttributeArgs?, AttributeArgs?)>();
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not TypeDeclarationSyntax declaration || HasUsingAlias(declaration))
            {
                return null;
            }

            foreach (var parameter in declaration.ParameterList?.Parameters ?? default)
            {
                if (parameter.AttributeLists.Count > 0)
                {
                    return null; // a positional record's [property: Param]: the binder sees the synthesized property
                }
            }

            foreach (var member in declaration.Members)
            {
                if (member is not PropertyDeclarationSyntax property || property.AttributeLists.Count == 0)
                {
                    continue;
                }

                AttributeArgs? param = null, linspace = null, points = null;
                foreach (var list in property.AttributeLists)
                {
                    if (list.Target is not null)
                    {
                        return null;
                    }

                    foreach (var attribute in list.Attributes)
                    {
                        var name = SimpleName(attribute.Name);
                        if (name is null)
                        {
                            return null; // qualified by something other than QuantumDsl: let the binder decide
                        }

                        if (name is "VectorAttribute" or "TrapMapAttribute")
                        {
                            return null; // array params and trap maps are read from their symbols
                        }

                        if (name is not ("ParamAttribute" or "LinspaceAttribute" or "PointsAttribute"))
                        {
                            continue;
                        }

                        if (TryReadArgs(name, attribute) is not { } args)
                        {
                            return null;
                        }

                        switch (name)
                        {
                            case "ParamAttribute": param = args; break;
                            case "LinspaceAttribute": linspace = args; break;
                            default: points = args; break;
                        }
                    }
                }

                if (param is null && linspace is null && points is null)
                {
                    continue;
                }

                if (property.Type is not PredefinedTypeSyntax predefined
                    || !(predefined.Keyword.IsKind(SyntaxKind.DoubleKeyword) || predefined.Keyword.IsKind(SyntaxKind.IntKeyword)))
                {
                    return null; // let the binder say what the type is
                }

                var hasSetter = false;
                foreach (var accessor in property.AccessorList?.Accessors ?? default)
                {
                    hasSetter |= accessor.IsKind(SyntaxKind.SetAccessorDeclaration) || accessor.IsKind(SyntaxKind.InitAccessorDeclaration);
                }

                var isStatic = false;
                foreach (var modifier in property.Modifiers)
                {
                    isStatic |= modifier.IsKind(SyntaxKind.StaticKeyword);
                }

                var special = predefined.Keyword.IsKind(SyntaxKind.IntKeyword) ? SpecialType.System_Int32 : SpecialType.System_Double;
                result.Add((new PropertyFacts(property.Identifier.ValueText, null, special, "", hasSetter, isStatic, false), param, linspace, points));
            }
        }

        return result;
    }

    private static AttributeArgs? TryReadArgs(string name, AttributeSyntax attribute)
    {
        var positional = new List<object?>();
        var named = new List<KeyValuePair<string, object?>>();
        foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameColon is not null || !TryEvaluate(argument.Expression, out var value))
            {
                return null;
            }

            if (argument.NameEquals is { } nameEquals)
            {
                named.Add(new KeyValuePair<string, object?>(nameEquals.Name.Identifier.ValueText, value));
            }
            else
            {
                positional.Add(value);
            }
        }

        return new AttributeArgs(name, positional.ToArray(), named, data: null);
    }

    /// <summary>Literals, <c>-</c>/<c>+</c> of literals, parentheses and <c>double.NaN</c>/infinities; nothing else.</summary>
    private static bool TryEvaluate(ExpressionSyntax expression, out object? value)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) || literal.IsKind(SyntaxKind.StringLiteralExpression):
                value = literal.Token.Value;
                return true;
            case ParenthesizedExpressionSyntax parenthesized:
                return TryEvaluate(parenthesized.Expression, out value);
            case PrefixUnaryExpressionSyntax unary when unary.IsKind(SyntaxKind.UnaryMinusExpression) || unary.IsKind(SyntaxKind.UnaryPlusExpression):
                if (TryEvaluate(unary.Operand, out var operand) && operand is int or double)
                {
                    var minus = unary.IsKind(SyntaxKind.UnaryMinusExpression);
                    value = operand is int i ? (minus ? -i : i) : (object)(minus ? -(double)operand : (double)operand);
                    return true;
                }

                break;
            case MemberAccessExpressionSyntax { Expression: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.DoubleKeyword } } access:
                switch (access.Name.Identifier.ValueText)
                {
                    case "NaN": value = double.NaN; return true;
                    case "PositiveInfinity": value = double.PositiveInfinity; return true;
                    case "NegativeInfinity": value = double.NegativeInfinity; return true;
                }

                break;
        }

        value = null;
        return false;
    }

    /// <summary>The attribute's name with the Attribute suffix, or null when it is qualified by anything but QuantumDsl.</summary>
    private static string? SimpleName(NameSyntax name)
    {
        var text = name switch
        {
            QualifiedNameSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "QuantumDsl" } } qualified => qualified.Right.Identifier.ValueText,
            QualifiedNameSyntax { Left: AliasQualifiedNameSyntax { Alias.Identifier.ValueText: "global", Name.Identifier.ValueText: "QuantumDsl" } } qualified
                => qualified.Right.Identifier.ValueText,
            QualifiedNameSyntax or AliasQualifiedNameSyntax => null,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => null,
        };
        return text is null ? null : text.EndsWith("Attribute", System.StringComparison.Ordinal) ? text : text + "Attribute";
    }

    private static bool HasUsingAlias(SyntaxNode node)
    {
        if (node.SyntaxTree.GetRoot() is not CompilationUnitSyntax unit)
        {
            return true;
        }

        foreach (var directive in unit.Usings)
        {
            if (directive.Alias is not null)
            {
                return true;
            }
        }

        foreach (var member in unit.Members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                foreach (var directive in ns.Usings)
                {
                    if (directive.Alias is not null)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
