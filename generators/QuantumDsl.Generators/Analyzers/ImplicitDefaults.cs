using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using QuantumDsl.Generators.Diagnostics;
using QuantumDsl.Generators.Helpers;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators.Analyzers;

/// <summary>
/// QDSL103 for a <c>[Param]</c> with no initializer whose implicit default (<c>0</c>) lies outside <c>[Min, Max]</c>: the
/// default point (and every sweep point, which keeps the defaults of params it does not sweep) would fail at run time.
/// Not reported when the param has a sweep attribute (its default is then only the <c>Builder</c>'s start), when it is a positional
/// record parameter or <c>required</c> (QDSL003), or when a constructor of the class assigns it.
/// </summary>
internal static class ImplicitDefaults
{
    public static void Report(ExperimentDeclaration declaration, SymbolAnalysisContext context)
    {
        foreach (var param in declaration.Params)
        {
            if (!param.IsUsable || !param.BoundsValid || param.HasSweepAttribute || param.IsArray
                || (param.Min <= 0 && 0 <= param.Max) || param.Property is not { IsRequired: false } property)
            {
                continue;
            }

            if (Syntax(property) is not { Initializer: null, ExpressionBody: null } syntax || AssignedInConstructor(declaration.Type, property.Name))
            {
                continue;
            }

            context.ReportDiagnostic(Diagnostic.Create(QdslDiagnostics.InitializerOutOfRange, syntax.Identifier.GetLocation(),
                ClampProperties.For(0, param.Min, param.Max, param.IsInt), property.Name, "0 (the default: it has no initializer)", Literals.Bound(param.Min), Literals.Bound(param.Max)));
        }
    }

    private static PropertyDeclarationSyntax? Syntax(IPropertySymbol property)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is PropertyDeclarationSyntax syntax)
            {
                return syntax;
            }
        }

        return null;
    }

    /// <summary>True when some constructor body of the class assigns <c>name</c> or <c>this.name</c>.</summary>
    private static bool AssignedInConstructor(INamedTypeSymbol type, string name)
    {
        foreach (var constructor in type.InstanceConstructors)
        {
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not ConstructorDeclarationSyntax syntax)
                {
                    continue;
                }

                foreach (var node in syntax.DescendantNodes())
                {
                    if (node is AssignmentExpressionSyntax assignment && Names(assignment.Left, name))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool Names(ExpressionSyntax target, string name) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
        MemberAccessExpressionSyntax { Expression: ThisExpressionSyntax } access => access.Name.Identifier.ValueText == name,
        TupleExpressionSyntax tuple => tuple.Arguments.Any(argument => Names(argument.Expression, name)),
        _ => false,
    };
}
