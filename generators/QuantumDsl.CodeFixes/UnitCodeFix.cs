using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using QuantumDsl.Generators.Diagnostics;

namespace QuantumDsl.CodeFixes;

/// <summary>
/// QDSL206: wraps a value passed in the wrong unit in the <c>QuantumDsl.Units</c> helper the analyzer found for the two
/// units (for example <c>Units.MHzToRadPerUs(v.Detuning)</c>). No fix is offered when no helper converts between them.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnitCodeFix)), Shared]
public sealed class UnitCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(QdslDiagnosticIds.UnitMismatch);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(UnitProperties.Key, out var method) || method is null
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Convert with Units.{method}", token => WrapAsync(context.Document, expression, method, token), nameof(UnitCodeFix) + method),
                diagnostic);
        }
    }

    private static async Task<Document> WrapAsync(Document document, ExpressionSyntax expression, string method, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var callee = SyntaxFactory.ParseExpression("global::QuantumDsl.Units." + method).WithAdditionalAnnotations(Simplifier.Annotation);
        var call = SyntaxFactory.InvocationExpression(callee, SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
            SyntaxFactory.Argument(expression.WithoutTrivia())))).WithTriviaFrom(expression);
        return document.WithSyntaxRoot(root!.ReplaceNode(expression, call));
    }
}
