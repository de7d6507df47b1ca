using System.Text.Json.Serialization;

namespace QuantumDsl.Client.Pasqal;

/// <summary>Source-generated JSON for the Pasqal wire (snake_case; nulls omitted on requests).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(JSend<PasqalBatchInfo>))]
[JsonSerializable(typeof(JSend<List<PasqalBatchInfo>>))]
[JsonSerializable(typeof(JSend<PasqalJobInfo>))]
[JsonSerializable(typeof(JSend<List<PasqalJobInfo>>))]
[JsonSerializable(typeof(JSend<PasqalBatchCancellation>))]
[JsonSerializable(typeof(JSend<PasqalJobCancellation>))]
[JsonSerializable(typeof(JSend<Dictionary<string, string>>))]
[JsonSerializable(typeof(JSend<List<PasqalDeviceSpecs>>))]
[JsonSerializable(typeof(JSend<PasqalResultsLink>))]
[JsonSerializable(typeof(JSend<PasqalWorkloadInfo>))]
[JsonSerializable(typeof(PasqalJobResult))]
[JsonSerializable(typeof(PasqalBatchRequest))]
[JsonSerializable(typeof(List<PasqalJobRequest>))]
[JsonSerializable(typeof(PasqalCancelBatchesRequest))]
[JsonSerializable(typeof(PasqalWorkloadRequest))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(System.Text.Json.JsonElement))]
internal sealed partial class PasqalJsonContext : JsonSerializerContext;
