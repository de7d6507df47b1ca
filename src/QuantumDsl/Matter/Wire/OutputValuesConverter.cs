using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace QuantumDsl.Matter;

/// <summary>Reads <see cref="OutputValues"/> by its keys (<c>it_plot</c> → <see cref="PlotOutput"/>), source-gen friendly.</summary>
internal sealed class OutputValuesConverter : JsonConverter<OutputValues>
{
    public override OutputValues Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"An output's values must be an object, not {reader.TokenType}.");
        }

        return HasItPlot(reader)
            ? JsonSerializer.Deserialize(ref reader, Info<PlotOutput>(options))!
            : JsonSerializer.Deserialize(ref reader, Info<NonPlotOutput>(options))!;
    }

    public override void Write(Utf8JsonWriter writer, OutputValues value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case PlotOutput plot:
                JsonSerializer.Serialize(writer, plot, Info<PlotOutput>(options));
                break;
            case NonPlotOutput tof:
                JsonSerializer.Serialize(writer, tof, Info<NonPlotOutput>(options));
                break;
            default:
                throw new JsonException($"Unknown output values type {value.GetType().Name}.");
        }
    }

    /// <summary>Scans the top-level keys of the object (the reader is a copy; converters see the whole value).</summary>
    private static bool HasItPlot(Utf8JsonReader probe)
    {
        var depth = probe.CurrentDepth;
        while (probe.Read() && probe.CurrentDepth > depth)
        {
            if (probe.TokenType == JsonTokenType.PropertyName && probe.CurrentDepth == depth + 1)
            {
                if (probe.ValueTextEquals("it_plot"u8))
                {
                    return true;
                }

                probe.Read();
                probe.Skip();
            }
        }

        return false;
    }

    private static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
