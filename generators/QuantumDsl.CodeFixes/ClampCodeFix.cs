using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
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
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(ClampProperties.Key, out var literal) || literal is null)
            {
                continue;
            }

            var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            if (node is PropertyDeclarationSyntax { Initializer: null, AccessorList: not null } property)
            {
                context.RegisterCodeFix(
                    CodeAction.Create($"Initialize to {literal}", token => InitializeAsync(context.Document, property, literal, token), nameof(ClampCodeFix)),
                    diagnostic);
                continue;
            }

            if (node is not ExpressionSyntax expression)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Clamp to {literal}", token => ReplaceAsync(context.Document, expression, literal, token), nameof(ClampCodeFix)),
                diagnostic);
        }
    }

    private static async Task<Document> InitializeAsync(Document document, PropertyDeclarationSyntax property, string literal, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var accessors = property.AccessorList!;
        var initialized = property
            .WithAccessorList(accessors.WithTrailingTrivia(SyntaxFactory.Space))
            .WithInitializer(SyntaxFactory.EqualsValueClause(SyntaxFactory.ParseExpression(literal)).WithEqualsToken(
                SyntaxFactory.Token(SyntaxKind.EqualsToken).WithTrailingTrivia(SyntaxFactory.Space)))
            .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken).WithTrailingTrivia(accessors.GetTrailingTrivia()));
        return document.WithSyntaxRoot(root!.ReplaceNode(property, initialized));
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string literal, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var replacement = SyntaxFactory.ParseExpression(literal).WithTriviaFrom(expression);
        return document.WithSyntaxRoot(root!.ReplaceNode(expression, replacement));
    }
}
