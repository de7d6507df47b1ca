using System.Globalization;
using System.Text;

namespace QuantumDsl.Generators.Helpers;

/// <summary>C# literals and names, always culture-invariant.</summary>
internal static class Literals
{
    /// <summary>A round-trip double literal (<c>"R"</c>, invariant), or the named constant for infinities and NaN.</summary>
    public static string Double(double value)
    {
        if (double.IsNaN(value))
        {
            return "global::System.Double.NaN";
        }

        if (double.IsPositiveInfinity(value))
        {
            return "global::System.Double.PositiveInfinity";
        }

        if (double.IsNegativeInfinity(value))
        {
            return "global::System.Double.NegativeInfinity";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.IndexOf('.') >= 0 || text.IndexOf('E') >= 0 ? text : text + ".0";
    }

    /// <summary>A number for messages: shortest round-trip, invariant.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A number for messages, with "-∞"/"∞" for infinities.</summary>
    public static string Bound(double value) =>
        double.IsPositiveInfinity(value) ? "∞" : double.IsNegativeInfinity(value) ? "-∞" : Number(value);

    public static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A quoted, escaped C# string literal, or <c>null</c>.</summary>
    public static string String(string? value)
    {
        if (value is null)
        {
            return "null";
        }

        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>snake_case of a PascalCase or camelCase name: <c>FinalRf</c> → <c>final_rf</c>, <c>OmegaMax2</c> → <c>omega_max2</c>, <c>RFPower</c> → <c>rf_power</c>.</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var startsWord = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (builder.Length > 0 && builder[builder.Length - 1] != '_' && (previousIsLowerOrDigit || startsWord))
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>An identifier, escaped with <c>@</c> when it is a keyword.</summary>
    public static string Identifier(string name) =>
        Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(name) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + name : name;

    /// <summary>A private field name for a property: <c>FinalRf</c> → <c>_finalRf</c>.</summary>
    public static string Field(string name) => "_" + char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>A parameter name for a property: <c>FinalRf</c> → <c>finalRf</c> (escaped if a keyword).</summary>
    public static string Parameter(string name) => Identifier(char.ToLowerInvariant(name[0]) + name.Substring(1));
}
