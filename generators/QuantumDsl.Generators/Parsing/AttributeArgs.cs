using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace QuantumDsl.Generators.Parsing;

/// <summary>
/// One QuantumDsl attribute's arguments, read either from its bound <see cref="AttributeData"/> (analyzers: with
/// locations) or straight from syntax when every argument is a literal (generator fast path: nothing to bind).
/// A <c>params</c> array (<c>[Points(1, 2)]</c>) is flattened into <see cref="Positional"/>.
/// </summary>
internal sealed class AttributeArgs
{
    public AttributeArgs(string name, object?[] positional, List<KeyValuePair<string, object?>> named, AttributeData? data)
    {
        Name = name;
        Positional = positional;
        NamedArguments = named;
        Data = data;
    }

    /// <summary>Metadata name without namespace, for example <c>LinspaceAttribute</c>.</summary>
    public string Name { get; }

    public object?[] Positional { get; }

    public List<KeyValuePair<string, object?>> NamedArguments { get; }

    /// <summary>The bound attribute (for diagnostic locations), or null when read from syntax.</summary>
    public AttributeData? Data { get; }

    public bool IsLinspace => Name == "LinspaceAttribute";

    public object? Named(string name)
    {
        foreach (var pair in NamedArguments)
        {
            if (pair.Key == name)
            {
                return pair.Value;
            }
        }

        return null;
    }

    public static AttributeArgs FromData(AttributeData data)
    {
        var args = data.ConstructorArguments;
        object?[] positional;
        if (args.Length == 1 && args[0].Kind == TypedConstantKind.Array)
        {
            var values = args[0].IsNull ? default : args[0].Values;
            positional = new object?[values.IsDefault ? 0 : values.Length];
            for (var i = 0; i < positional.Length; i++)
            {
                positional[i] = values[i].Value;
            }
        }
        else
        {
            positional = new object?[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                positional[i] = args[i].Kind == TypedConstantKind.Array ? null : args[i].Value;
            }
        }

        var named = new List<KeyValuePair<string, object?>>(data.NamedArguments.Length);
        foreach (var pair in data.NamedArguments)
        {
            named.Add(new KeyValuePair<string, object?>(pair.Key, pair.Value.Value));
        }

        return new AttributeArgs(data.AttributeClass?.Name ?? "", positional, named, data);
    }
}

/// <summary>What the reader needs to know about a property, from its symbol or from its declaration syntax.</summary>
internal sealed class PropertyFacts
{
    public PropertyFacts(string name, IPropertySymbol? symbol, SpecialType type, string typeDisplay, bool hasSetter, bool isStatic, bool isIndexer,
        bool isArray = false)
    {
        IsArray = isArray;
        Name = name;
        Symbol = symbol;
        Type = type;
        TypeDisplay = typeDisplay;
        HasSetter = hasSetter;
        IsStatic = isStatic;
        IsIndexer = isIndexer;
    }

    public string Name { get; }

    /// <summary>The symbol (analyzers), or null on the generator's syntax fast path.</summary>
    public IPropertySymbol? Symbol { get; }

    /// <summary>The property's type, or for a one-dimensional array (<see cref="IsArray"/>) its element type.</summary>
    public SpecialType Type { get; }

    /// <summary>The property is a one-dimensional array (<c>double[]</c>, <c>int[]</c>, …): an array <c>[Param]</c>.</summary>
    public bool IsArray { get; }

    public string TypeDisplay { get; }

    public bool HasSetter { get; }

    public bool IsStatic { get; }

    public bool IsIndexer { get; }

    public static PropertyFacts FromSymbol(IPropertySymbol property)
    {
        var array = property.Type is IArrayTypeSymbol { Rank: 1 } a ? a : null;
        var type = array?.ElementType.SpecialType ?? property.Type.SpecialType;
        return new(property.Name, property, type,
            type is SpecialType.System_Double or SpecialType.System_Int32 ? "" : property.Type.ToDisplayString(),
            property.SetMethod is not null, property.IsStatic, property.Parameters.Length > 0, array is not null);
    }
}
