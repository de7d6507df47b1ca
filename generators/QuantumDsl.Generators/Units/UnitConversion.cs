using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators.Units;

/// <summary>
/// A conversion helper of the runtime's <c>QuantumDsl.Units</c>, as its <c>[UnitConversion]</c> declares it (read from
/// the compilation, never copied here).
/// </summary>
internal sealed record UnitConversion(string From, string To, double Factor, string MethodName)
{
    /// <summary>The conversion a method declares, or null.</summary>
    public static UnitConversion? Of(IMethodSymbol method)
    {
        var attribute = QdslSymbols.Find(method.OriginalDefinition, "UnitConversionAttribute");
        if (attribute is { ConstructorArguments.Length: 3 } && attribute.ConstructorArguments[0].Value is string from
            && attribute.ConstructorArguments[1].Value is string to && QdslSymbols.AsDouble(attribute.ConstructorArguments[2].Value) is { } factor)
        {
            return new UnitConversion(from, to, factor, method.Name);
        }

        return null;
    }

    /// <summary>Every conversion of <c>QuantumDsl.Units</c> in the compilation.</summary>
    public static List<UnitConversion> All(Compilation compilation)
    {
        var found = new List<UnitConversion>();
        if (QdslSymbols.FindType(compilation, "QuantumDsl.Units") is not { } units)
        {
            return found;
        }

        foreach (var member in units.GetMembers())
        {
            if (member is IMethodSymbol { DeclaredAccessibility: Accessibility.Public } method && Of(method) is { } conversion)
            {
                found.Add(conversion);
            }
        }

        return found;
    }

    /// <summary>The helper converting <paramref name="from"/> to <paramref name="to"/> (normalised spellings), or null.</summary>
    public static UnitConversion? Find(List<UnitConversion> all, string from, string to)
    {
        foreach (var conversion in all)
        {
            if (UnitSpelling.Same(conversion.From, from) && UnitSpelling.Same(conversion.To, to))
            {
                return conversion;
            }
        }

        return null;
    }
}
