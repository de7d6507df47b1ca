using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace QuantumDsl.Generators.Parsing;

internal enum ExperimentKind
{
    Matter,
    Analog,
}

/// <summary>What the generator may add to an experiment class.</summary>
internal enum Emission
{
    /// <summary>Everything: the interface, <c>Define</c>'s declaration, <c>Vars</c>, <c>Builder</c>, <c>Sweep</c>, ….</summary>
    Full,

    /// <summary>
    /// Only what the user's own code refers to: the declaration of <c>Define</c> (when the user implemented it) and, for
    /// analog, <c>Vars</c>. The shape is reported (QDSL002–QDSL004), and no error cascades from generated code.
    /// </summary>
    DeclarationOnly,

    /// <summary>Nothing: no partial declaration can be added (QDSL001, a static class, nested in a non-partial type).</summary>
    None,
}

/// <summary>
/// What the reader found on one experiment class, with symbols and attributes. Lives only inside one transform or one
/// analyzer callback; the generator turns it into an equatable <c>ExperimentSpec</c> and the analyzers into diagnostics.
/// </summary>
internal sealed class ExperimentDeclaration
{
    public ExperimentDeclaration(INamedTypeSymbol type, ExperimentKind kind, AttributeData attribute)
    {
        Type = type;
        Kind = kind;
        Attribute = attribute;
    }

    public INamedTypeSymbol Type { get; }

    public ExperimentKind Kind { get; }

    public AttributeData Attribute { get; }

    /// <summary>What the generator may emit; lowered (never raised) by each shape rule the class breaks.</summary>
    public Emission Emission { get; private set; } = Emission.Full;

    /// <summary>True when the class also carries the other family's attribute (QDSL002).</summary>
    public bool BothFamilies { get; set; }

    /// <summary>Lowers <see cref="Emission"/> to <paramref name="emission"/> if that is more restrictive.</summary>
    public void Restrict(Emission emission)
    {
        if (emission > Emission)
        {
            Emission = emission;
        }
    }

    public List<ParamDeclaration> Params { get; } = new();

    /// <summary>Sweep axes in declaration order (a zip group is one axis); empty when nothing is swept or the sweep is invalid.</summary>
    public List<SweepAxis> Axes { get; } = new();

    /// <summary>Number of sweep points (product of axis lengths, saturating).</summary>
    public long PointCount { get; set; } = 1;
}

internal sealed class ParamDeclaration
{
    public ParamDeclaration(PropertyFacts facts, AttributeArgs attribute)
    {
        Facts = facts;
        Attribute = attribute;
    }

    public PropertyFacts Facts { get; }

    /// <summary>The property symbol (analyzers), or null when the generator read the class from syntax.</summary>
    public IPropertySymbol? Property => Facts.Symbol;

    public AttributeArgs Attribute { get; }

    public string Name => Facts.Name;

    /// <summary>The property is <c>double</c> or <c>int</c> with a <c>set</c>/<c>init</c> (else QDSL101, and it is not emitted).</summary>
    public bool IsUsable { get; set; }

    public bool IsInt { get; set; }

    public double Min { get; set; } = double.NegativeInfinity;

    public double Max { get; set; } = double.PositiveInfinity;

    public bool BoundsValid { get; set; } = true;

    public string? Unit { get; set; }

    public string WireName { get; set; } = "";

    /// <summary>An array param (<c>double[]</c>/<c>int[]</c>) of <see cref="Size"/> elements; 0 for a scalar.</summary>
    public bool IsArray => Size > 0;

    /// <summary>The declared <c>[Param(Size = N)]</c> of a usable array param, else 0.</summary>
    public int Size { get; set; }

    /// <summary>The param is its experiment's <c>[TrapMap]</c> (an <c>int[]</c> sent as the job's <c>qubits</c>).</summary>
    public bool IsTrapMap { get; set; }

    /// <summary>The <c>[TrapMap]</c> attribute, when present (valid or not).</summary>
    public AttributeArgs? TrapMapAttribute { get; set; }

    /// <summary>The property carries <c>[Linspace]</c>, <c>[Points]</c> or <c>[Vector]</c>, valid or not.</summary>
    public bool HasSweepAttribute { get; set; }

    /// <summary>The valid sweep (values expanded), or null.</summary>
    public SweepDeclaration? Sweep { get; set; }
}

internal sealed class SweepDeclaration
{
    public SweepDeclaration(AttributeArgs attribute, string? zip, double[] values, double[][]? vectors = null)
    {
        Attribute = attribute;
        Zip = zip;
        Values = values;
        Vectors = vectors;
    }

    public AttributeArgs Attribute { get; }

    public bool IsLinspace => Attribute.IsLinspace;

    public string? Zip { get; }

    /// <summary>Scalar points (empty for a <c>[Vector]</c> sweep).</summary>
    public double[] Values { get; }

    /// <summary>The points of an array param, one <c>[Vector]</c> each (<see cref="Attribute"/> is the first), or null.</summary>
    public double[][]? Vectors { get; }

    /// <summary>The number of points.</summary>
    public int Count => Vectors?.Length ?? Values.Length;

    /// <summary>Every <c>[Vector]</c> attribute, in point order (empty for scalar sweeps).</summary>
    public List<AttributeArgs> VectorAttributes { get; } = new();
}

internal sealed class SweepAxis
{
    public List<ParamDeclaration> Members { get; } = new();

    public int Length => Members[0].Sweep!.Count;
}

/// <summary>A rule broken, found by the reader; only the analyzers turn it into a diagnostic.</summary>
internal readonly struct Problem
{
    public Problem(DiagnosticDescriptor descriptor, Location? location, params object?[] args)
    {
        Descriptor = descriptor;
        Location = location;
        Args = args;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public Location? Location { get; }

    public object?[] Args { get; }

    public Diagnostic ToDiagnostic(Location fallback) => Diagnostic.Create(Descriptor, Location ?? fallback, Args);
}
