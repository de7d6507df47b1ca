using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace QuantumDsl.Matter;

/// <summary>The wire spelling of enum values (for messages), through the source-generated context.</summary>
internal static class WireNames
{
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            return Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        }

        var info = (JsonTypeInfo<T>)OqtantJsonContext.Default.GetTypeInfo(typeof(T))!;
        return JsonSerializer.Serialize(value, info).Trim('"');
    }
}
