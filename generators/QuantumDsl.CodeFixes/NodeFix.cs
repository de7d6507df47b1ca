using System;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace QuantumDsl.CodeFixes;

/// <summary>
/// A fix that replaces one syntax node, and the one registration loop every QuantumDsl code fix shares: for each
/// diagnostic, the provider's plan finds the node and its replacement (or nothing to offer).
/// </summary>
internal sealed class NodeFix
{
    private readonly SyntaxNode _node;
    private readonly Func<SyntaxNode> _replacement;

    private NodeFix(string title, string equivalenceKey, SyntaxNode node, Func<SyntaxNode> replacement)
    {
        Title = title;
        EquivalenceKey = equivalenceKey;
        _node = node;
        _replacement = replacement;
    }

    public string Title { get; }

    public string EquivalenceKey { get; }

    public static NodeFix Create<TNode>(string title, string equivalenceKey, TNode node, Func<TNode, SyntaxNode> replace)
        where TNode : SyntaxNode => new(title, equivalenceKey, node, () => replace(node));

    /// <summary>Registers the fix <paramref name="plan"/> finds for each diagnostic of <paramref name="context"/>.</summary>
    public static async Task RegisterAsync(CodeFixContext context, Func<SyntaxNode, Diagnostic, NodeFix?> plan)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (plan(root, diagnostic) is { } fix)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        fix.Title,
                        _ => Task.FromResult(document.WithSyntaxRoot(root.ReplaceNode(fix._node, fix._replacement()))),
                        fix.EquivalenceKey),
                    diagnostic);
            }
        }
    }
}
