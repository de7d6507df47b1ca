using System.Text.Json;
using System.Text.Json.Serialization;

namespace QuantumDsl.Emulator.Pasqal;

/// <summary>The JSend envelope every Pasqal Cloud response uses.</summary>
internal sealed record JSend<T>(string Status, string Message, JSendCode Code, T Data)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Pagination? Pagination { get; init; }
}

/// <summary>List pagination: both <c>start</c> and <c>offset</c> are sent (the SDK's tests and types disagree).</summary>
internal sealed record Pagination(int Total, int Start, int Offset, int End);

/// <summary>The envelope's HTTP code; the service sends it as a number on most calls and as a string on cancels and errors.</summary>
[JsonConverter(typeof(JSendCodeConverter))]
internal readonly record struct JSendCode(int Value, bool AsString);

/// <summary>Writes <see cref="JSendCode"/> as a number or a string.</summary>
internal sealed class JSendCodeConverter : JsonConverter<JSendCode>
{
    public override JSendCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? new JSendCode(int.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture), true)
            : new JSendCode(reader.GetInt32(), false);

    public override void Write(Utf8JsonWriter writer, JSendCode value, JsonSerializerOptions options)
    {
        if (value.AsString)
        {
            writer.WriteStringValue(value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumberValue(value.Value);
        }
    }
}

/// <summary>A batch as the service returns it.</summary>
internal sealed record BatchDto
{
    public required string Id { get; init; }
    public required bool Open { get; init; }
    public required bool Complete { get; init; }
    public required string CreatedAt { get; init; }
    public required string UpdatedAt { get; init; }
    public required string DeviceType { get; init; }
    public required string ProjectId { get; init; }
    public required string UserId { get; init; }
    public required string Status { get; init; }
    public required int Priority { get; init; }
    public required string QueuePriority { get; init; }
    /// <summary>The sequence; left out of list pages (as the service does; the SDK then reads the batch itself).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public required string? SequenceBuilder { get; init; }
    public required string? Webhook { get; init; }
    public required JsonElement? Configuration { get; init; }
    public required string? BackendConfiguration { get; init; }
    public required IReadOnlyList<string> Tags { get; init; }
    public required string? ParentId { get; init; }
    public required string? StartDatetime { get; init; }
    public required string? EndDatetime { get; init; }
    public string? DeviceStatus { get; init; }
    public required int JobsCount { get; init; }
    public required IReadOnlyDictionary<string, int> JobsCountPerStatus { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<JobDto>? Jobs { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? JobIds { get; init; }
}

/// <summary>
/// A job as the service returns it: no results (as the service, which serves them only through
/// <c>GET /api/v1/jobs/{id}/results_link</c>), so a list page stays small whatever the jobs' run counts.
/// </summary>
internal sealed record JobDto
{
    public required string Id { get; init; }
    public required string BatchId { get; init; }
    public required string ProjectId { get; init; }
    public required int? Runs { get; init; }
    public required string Status { get; init; }
    public required string CreatedAt { get; init; }
    public required string UpdatedAt { get; init; }
    public required string? StartTimestamp { get; init; }
    public required string? EndTimestamp { get; init; }
    public required IReadOnlyList<string> Errors { get; init; }
    public required JsonElement? Variables { get; init; }
    public required string? ParentId { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sequence { get; init; }
}

/// <summary>A workload as the service returns it (<c>variables</c> is always <c>{}</c>: the service sends the field, the SDK ignores it).</summary>
internal sealed record WorkloadDto
{
    public required string Id { get; init; }
    public required string ProjectId { get; init; }
    public required string Status { get; init; }
    public required string Backend { get; init; }
    public required string WorkloadType { get; init; }
    public required JsonElement Config { get; init; }
    public required string CreatedAt { get; init; }
    public required string UpdatedAt { get; init; }
    public required string? StartTimestamp { get; init; }
    public required string? EndTimestamp { get; init; }
    public required IReadOnlyList<string> Errors { get; init; }
    public required JsonElement? Result { get; init; }
    public required string? ResultLink { get; init; }
    public required IReadOnlyDictionary<string, string> Variables { get; init; }
}

/// <summary>Partial success of a cancel-many-batches call.</summary>
internal sealed record BatchCancellationDto(IReadOnlyList<BatchDto> Batches, IReadOnlyDictionary<string, string> Errors);

/// <summary>Partial success of a cancel-jobs call.</summary>
internal sealed record JobCancellationDto(IReadOnlyList<JobDto> Jobs, IReadOnlyDictionary<string, string> Errors);

/// <summary>Where a job's results can be downloaded (null while there are none).</summary>
internal sealed record ResultsLinkDto(string? ResultsLink);

/// <summary>One entry of the public device specs.</summary>
internal sealed record PublicSpecDto(string DeviceType, string Specs);

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
[JsonSerializable(typeof(JSend<BatchDto>))]
[JsonSerializable(typeof(JSend<JobDto>))]
[JsonSerializable(typeof(JSend<WorkloadDto>))]
[JsonSerializable(typeof(JSend<IReadOnlyList<BatchDto>>))]
[JsonSerializable(typeof(JSend<IReadOnlyList<JobDto>>))]
[JsonSerializable(typeof(JSend<BatchCancellationDto>))]
[JsonSerializable(typeof(JSend<JobCancellationDto>))]
[JsonSerializable(typeof(JSend<ResultsLinkDto>))]
[JsonSerializable(typeof(JSend<IReadOnlyDictionary<string, string>>))]
[JsonSerializable(typeof(JSend<IReadOnlyList<PublicSpecDto>>))]
[JsonSerializable(typeof(JSend<FailData>))]
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
