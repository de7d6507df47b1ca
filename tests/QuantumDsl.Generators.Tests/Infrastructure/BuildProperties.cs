using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace QuantumDsl.Generators.Tests.Infrastructure;

/// <summary>Global analyzer-config options as MSBuild's <c>CompilerVisibleProperty</c> would pass them (<c>build_property.X</c>).</summary>
internal sealed class BuildProperties(params (string Key, string Value)[] values) : AnalyzerConfigOptionsProvider
{
    private readonly Options _global = new(values.ToImmutableDictionary(v => v.Key, v => v.Value));

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static Options Empty { get; } = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
