using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using QuantumDsl.Generators.Diagnostics;

namespace QuantumDsl.CodeFixes;

/// <summary>
/// QDSL103 and QDSL203: replaces an out-of-range constant with the nearest valid value (the analyzer computes it); for a
/// <c>[Param]</c> without initializer whose default 0 is out of range (QDSL103 on its name), adds that initializer.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClampCodeFix)), Shared]
public sealed class ClampCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(QdslDiagnosticIds.InitializerOutOfRange, QdslDiagnosticIds.ConstantOutOfRange);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context) => NodeFix.RegisterAsync(context, static (root, diagnostic) =>
    {
        if (!diagnostic.Properties.TryGetValue(ClampProperties.Key, out var literal) || literal is null)
        {
            return null;
        }

        return root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) switch
        {
            PropertyDeclarationSyntax { Initializer: null, AccessorList: not null } property =>
                NodeFix.Create($"Initialize to {literal}", nameof(ClampCodeFix), property, p => Initialize(p, literal)),
            ExpressionSyntax expression =>
                NodeFix.Create($"Clamp to {literal}", nameof(ClampCodeFix), expression, e => SyntaxFactory.ParseExpression(literal).WithTriviaFrom(e)),
            _ => null,
        };
    });

    private static PropertyDeclarationSyntax Initialize(PropertyDeclarationSyntax property, string literal)
    {
        var accessors = property.AccessorList!;
        return property
            .WithAccessorList(accessors.WithTrailingTrivia(SyntaxFactory.Space))
            .WithInitializer(SyntaxFactory.EqualsValueClause(SyntaxFactory.ParseExpression(literal)).WithEqualsToken(
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space)))
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(accessors.GetTrailingTrivia()));
    }
}
