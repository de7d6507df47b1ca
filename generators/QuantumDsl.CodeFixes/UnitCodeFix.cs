using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
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
    public override Task RegisterCodeFixesAsync(CodeFixContext context) => NodeFix.RegisterAsync(context, static (root, diagnostic) =>
        diagnostic.Properties.TryGetValue(UnitProperties.Key, out var method) && method is not null
        && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax expression
            ? NodeFix.Create($"Convert with Units.{method}", nameof(UnitCodeFix) + method, expression, e => Wrap(e, method))
            : null);

    private static InvocationExpressionSyntax Wrap(ExpressionSyntax expression, string method)
    {
        var callee = SyntaxFactory.ParseExpression("global::QuantumDsl.Units." + method).WithAdditionalAnnotations(Simplifier.Annotation);
        return SyntaxFactory.InvocationExpression(callee, SyntaxFactory.ArgumentList(SyntaxFactory.SingletonSeparatedList(
            SyntaxFactory.Argument(expression.WithoutTrivia())))).WithTriviaFrom(expression);
    }
}
