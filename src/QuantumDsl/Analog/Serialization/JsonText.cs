using System.Buffers;
using System.Text;
using System.Text.Json;

namespace QuantumDsl.Analog;

/// <summary>Writes a JSON document with <see cref="Utf8JsonWriter"/> (no reflection; numbers are invariant).</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, SkipValidation = false };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes a finite number; JSON has no NaN or infinity.</summary>
    public static void Number(this Utf8JsonWriter writer, string property, double value)
    {
        writer.WritePropertyName(property);
        writer.Number(value);
    }

    public static void Number(this Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new InvalidOperationException($"{Violation.Format(value)} cannot be written as JSON.");
        }

        writer.WriteNumberValue(value);
    }

    public static void NumberOrNull(this Utf8JsonWriter writer, string property, double value)
    {
        if (value > 0)
        {
            writer.Number(property, value);
        }
        else
        {
            writer.WriteNull(property);
        }
    }
}
