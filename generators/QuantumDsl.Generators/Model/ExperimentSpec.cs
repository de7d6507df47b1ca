using QuantumDsl.Generators.Helpers;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators.Model;

/// <summary>
/// Everything the emitter needs for one experiment class. Immutable with structural equality (strings, enums, ints and
/// <see cref="EquatableArray{T}"/> only; no symbols, syntax or compilation): the incremental pipeline caches on it, so
/// new members must keep that contract.
/// </summary>
internal sealed record ExperimentSpec(
    string HintName,
    string? Namespace,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string TypeKeyword,
    string TypeDeclaration,
    string TypeName,
    EmissionSpec Emission,
    ExperimentKind Kind,
    string JobName,
    string Device,
    int Runs,
    EquatableArray<ParameterSpec> Parameters,
    EquatableArray<SweepAxisSpec> SweepAxes);

/// <summary>
/// What to emit: <see cref="Full"/> everything; otherwise (an unsupported shape, reported by the analyzers) only the
/// declaration of <c>Define</c> when the user implemented it (and, for analog, <c>Vars</c>, which its signature uses), so
/// no compiler error cascades from the user's own code.
/// </summary>
internal sealed record EmissionSpec(bool Full, bool Define, bool Vars);

/// <summary>A type the experiment is nested in, re-declared as <c>partial {Keyword} {Name}</c>.</summary>
internal sealed record ContainingTypeSpec(string Keyword, string Name);

/// <summary>
/// One usable <c>[Param]</c> property. Numbers are kept as C# literals, so equality never meets NaN. <see cref="Size"/>
/// is the element count of an array param (0 for a scalar); <see cref="IsTrapMap"/> marks the <c>[TrapMap]</c> one.
/// </summary>
internal sealed record ParameterSpec(
    string Name,
    string WireName,
    string? Unit,
    bool IsInt,
    string MinLiteral,
    string MaxLiteral,
    bool BoundsValid,
    int Size = 0,
    bool IsTrapMap = false)
{
    /// <summary>An array param (a Pulser array variable, or the trap map).</summary>
    public bool IsArray => Size > 0;

    /// <summary>A Pulser variable of the sequence (every param but the trap map).</summary>
    public bool IsVariable => !IsTrapMap;
}

/// <summary>One sweep axis: a single swept param, or a zip group advancing together. Values are literals.</summary>
internal sealed record SweepAxisSpec(EquatableArray<SweptParameterSpec> Members);

/// <summary>The values one param takes along its axis, as C# literals in sweep order (array creations for an array param).</summary>
internal sealed record SweptParameterSpec(string Name, EquatableArray<string> Literals);
