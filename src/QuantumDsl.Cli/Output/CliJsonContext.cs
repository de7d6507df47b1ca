using System.Text.Json.Serialization;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl.Cli.Output;

/// <summary>Source-generated JSON for <c>--json</c> output of Pasqal objects (the service's snake_case names) and CLI lists.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(PasqalBatchInfo))]
[JsonSerializable(typeof(List<PasqalBatchInfo>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
