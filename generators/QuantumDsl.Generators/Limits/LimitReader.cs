using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Parsing;

namespace QuantumDsl.Generators.Limits;

/// <summary>Reads the valid range of a DSL method parameter from its <c>[Limit]</c> or <c>[DeviceLimit]</c>.</summary>
internal static class LimitReader
{
    /// <summary>The range, or null when the parameter has no limit (or a device limit and no device is known).</summary>
    public static LimitRange? Find(IParameterSymbol parameter, DeviceInfo? device)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if (QdslSymbols.Is(attribute.AttributeClass, "LimitAttribute") && attribute.ConstructorArguments.Length == 2
                && QdslSymbols.AsDouble(attribute.ConstructorArguments[0].Value) is { } min
                && QdslSymbols.AsDouble(attribute.ConstructorArguments[1].Value) is { } max)
            {
                var field = QdslSymbols.Named(attribute, "Field") as string;
                return new LimitRange(min, max, QdslSymbols.Named(attribute, "Unit") as string, field is null ? null : "field " + field);
            }

            if (QdslSymbols.Is(attribute.AttributeClass, "DeviceLimitAttribute") && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is int quantity)
            {
                return device?.Range(quantity, UnitOf(attribute.ConstructorArguments[0].Type, quantity));
            }
        }

        return null;
    }

    /// <summary>The <c>[Unit]</c> declared on the <c>DeviceQuantity</c> member with value <paramref name="quantity"/>.</summary>
    private static string? UnitOf(ITypeSymbol? quantityType, int quantity)
    {
        if (quantityType is null)
        {
            return null;
        }

        foreach (var member in quantityType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: int value } field && value == quantity)
            {
                return QdslSymbols.Find(field, "UnitAttribute") is { ConstructorArguments.Length: 1 } unit ? unit.ConstructorArguments[0].Value as string : null;
            }
        }

        return null;
    }
}
