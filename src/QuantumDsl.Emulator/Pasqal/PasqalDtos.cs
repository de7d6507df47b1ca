using System.Text.Json;
using System.Text.Json.Serialization;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl.Emulator.Pasqal;

// The emulator answers with the Pasqal wire records the client reads (QuantumDsl.Client.Pasqal in the runtime library:
// JSend, PasqalBatchInfo, PasqalJobInfo, PasqalWorkloadInfo, ...) and accepts the fields of the request records the
// client writes (RequestFields); only the error description below is its own.

/// <summary>The envelope's HTTP code as the service writes it: a number on most calls, a string on cancels and errors.</summary>
internal static class JSendCode
{
    public static JsonElement Of(int code, bool asString)
    {
        var text = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var document = JsonDocument.Parse(asString ? "\"" + text + "\"" : text);
        return document.RootElement.Clone();
    }
}

/// <summary>The <c>data</c> of a failure: FastAPI-style descriptions.</summary>
internal sealed record FailData(IReadOnlyList<ErrorDetail> Description);

/// <summary>One failure description: location (<c>["body","jobs",0,"runs"]</c>), message and kind.</summary>
internal sealed record ErrorDetail(IReadOnlyList<LocationPart> Loc, string Msg, string Type)
{
    /// <summary>The message, cut at <see cref="Http.Excerpt.MessageChars"/> characters.</summary>
    public string Msg { get; } = Http.Excerpt.Cap(Msg);
}

/// <summary>A path element of an error location: a name or an index.</summary>
[JsonConverter(typeof(LocationPartConverter))]
internal readonly record struct LocationPart(string? Name, int Index)
{
    public static implicit operator LocationPart(string name) => new(Http.Excerpt.Of(name), 0);

    public static implicit operator LocationPart(int index) => new(null, index);

    public override string ToString() => Name ?? Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Writes a <see cref="LocationPart"/> as a JSON string or number.</summary>
internal sealed class LocationPartConverter : JsonConverter<LocationPart>
{
    public override LocationPart Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? new LocationPart(reader.GetString(), 0) : new LocationPart(null, reader.GetInt32());

    public override void Write(Utf8JsonWriter writer, LocationPart value, JsonSerializerOptions options)
    {
        if (value.Name is null)
        {
            writer.WriteNumberValue(value.Index);
        }
        else
        {
            writer.WriteStringValue(value.Name);
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(JSend<PasqalBatchInfo>))]
[JsonSerializable(typeof(JSend<PasqalJobInfo>))]
[JsonSerializable(typeof(JSend<PasqalWorkloadInfo>))]
[JsonSerializable(typeof(JSend<IReadOnlyList<PasqalBatchInfo>>))]
[JsonSerializable(typeof(JSend<IReadOnlyList<PasqalJobInfo>>))]
[JsonSerializable(typeof(JSend<PasqalBatchCancellation>))]
[JsonSerializable(typeof(JSend<PasqalJobCancellation>))]
[JsonSerializable(typeof(JSend<PasqalResultsLink>))]
[JsonSerializable(typeof(JSend<IReadOnlyDictionary<string, string>>))]
[JsonSerializable(typeof(JSend<IReadOnlyList<PasqalDeviceSpecs>>))]
[JsonSerializable(typeof(JSend<FailData>))]
[JsonSerializable(typeof(PasqalJobResult))]
[JsonSerializable(typeof(Dictionary<string, JsonElement>))]
[JsonSerializable(typeof(PasqalBatchRequest))]
[JsonSerializable(typeof(PasqalJobRequest))]
[JsonSerializable(typeof(PasqalWorkloadRequest))]
internal sealed partial class PasqalJsonContext : JsonSerializerContext
{
    /// <summary>The context used on the wire: writes '+', '&lt;', '&gt;' and non-ASCII text as is (quotes as \"), which is easier to read.</summary>
    public static PasqalJsonContext Wire { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        MaxDepth = Http.JsonLimits.ResponseMaxDepth,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
