namespace QuantumDsl.Emulator.Pasqal;

/// <summary>The JSON the Pasqal tables store in text columns (tags, errors).</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class PasqalStoreJson : System.Text.Json.Serialization.JsonSerializerContext;
