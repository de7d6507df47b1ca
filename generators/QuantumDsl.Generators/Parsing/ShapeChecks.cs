using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using QuantumDsl.Generators.Diagnostics;

namespace QuantumDsl.Generators.Parsing;

/// <summary>
/// The class-shape rules of an experiment (QDSL001–QDSL004): not partial, generic, static, abstract, nested in a non-partial
/// type, both families, derived from an experiment, not creatable, member-name collisions. Each one restricts the
/// declaration's <see cref="Emission"/> and, when asked, adds a <see cref="Problem"/>.
/// </summary>
internal static class ShapeChecks
{
    /// <summary>
    /// Checks the shape of <paramref name="declaration"/>'s class; <paramref name="secondFamily"/> is the analog attribute
    /// of a class that also has the matter one.
    /// </summary>
    public static void Check(ExperimentDeclaration declaration, AttributeData? secondFamily, List<Problem>? problems, bool skipPlainShapes)
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
                    problems?.Add(new Problem(QdslDiagnostics.UnsupportedShape, SymbolLocations.IdentifierLocation(type), type.Name,
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
            problems?.Add(new Problem(QdslDiagnostics.UnsupportedShape, SymbolLocations.IdentifierLocation(type), type.Name,
                $"derived from the experiment class '{experimentBase.Name}' (its generated members would be hidden); derive both from a plain base class"));
        }

        if (skipPlainShapes && ClassShapes.IsPlain(type, declaration.Kind))
        {
            return; // nothing below can fire: skip building member symbols (the generator runs this on every edit)
        }

        if (!shapeReported && ClassShapes.WhyNotCreatable(type) is { } reason)
        {
            declaration.Restrict(Emission.DeclarationOnly);
            problems?.Add(new Problem(QdslDiagnostics.NotCreatable, SymbolLocations.IdentifierLocation(type), type.Name, reason));
        }

        foreach (var collision in ClassShapes.Collisions(type, declaration.Kind))
        {
            declaration.Restrict(Emission.DeclarationOnly);
            problems?.Add(new Problem(QdslDiagnostics.ReservedMemberName, collision.Location ?? SymbolLocations.IdentifierLocation(type), collision.Name,
                collision.Generated, collision.Advice));
        }
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
}
