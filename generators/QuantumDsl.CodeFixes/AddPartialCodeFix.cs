using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using QuantumDsl.Generators.Diagnostics;

namespace QuantumDsl.CodeFixes;

/// <summary>QDSL001: adds <c>partial</c> to the experiment class declaration.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddPartialCodeFix)), Shared]
public sealed class AddPartialCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(QdslDiagnosticIds.NotPartial);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override Task RegisterCodeFixesAsync(CodeFixContext context) => NodeFix.RegisterAsync(context, static (root, diagnostic) =>
        root.FindToken(diagnostic.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>() is { } declaration
            ? NodeFix.Create("Make the class partial", nameof(AddPartialCodeFix), declaration, AddPartial)
            : null);

    private static TypeDeclarationSyntax AddPartial(TypeDeclarationSyntax declaration)
    {
        TypeDeclarationSyntax updated;
        if (declaration.Modifiers.Count == 0)
        {
            // `class C` → `partial class C`, keeping the keyword's leading trivia (attributes' line break, indentation).
            var keyword = declaration.Keyword;
            var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
            updated = declaration.WithKeyword(keyword.WithLeadingTrivia()).WithModifiers(SyntaxFactory.TokenList(partial));
        }
        else
        {
            // `partial` goes last, right before `class`.
            updated = declaration.AddModifiers(SyntaxFactory.Token(SyntaxKind.PartialKeyword).WithTrailingTrivia(SyntaxFactory.Space));
            var modifiers = updated.Modifiers;
            var previous = modifiers[modifiers.Count - 2];
            if (!previous.TrailingTrivia.Any(SyntaxKind.WhitespaceTrivia))
            {
                modifiers = modifiers.Replace(previous, previous.WithTrailingTrivia(SyntaxFactory.Space));
                updated = updated.WithModifiers(modifiers);
            }
        }

        return updated;
    }
}
