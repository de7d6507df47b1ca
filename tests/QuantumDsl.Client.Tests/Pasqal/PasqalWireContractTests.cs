using System.Text.Json;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl.Client.Tests.Pasqal;

/// <summary>The status names are written once: the JSON names of the shared enums are the wire names the emulator stores.</summary>
public sealed class PasqalWireContractTests
{
    [Fact]
    public void Every_status_serializes_to_its_wire_name_and_back()
    {
        AssertRoundTrip(PasqalJsonContext.Default.PasqalBatchStatus, ["PENDING", "RUNNING", "DONE", "ERROR", "CANCELED", "TIMED_OUT", "PAUSED"]);
        AssertRoundTrip(PasqalJsonContext.Default.PasqalJobStatus, ["PENDING", "RUNNING", "DONE", "ERROR", "CANCELED", "CANCELING", "PAUSED"]);
        AssertRoundTrip(PasqalJsonContext.Default.PasqalWorkloadStatus, ["PENDING", "RUNNING", "DONE", "ERROR", "CANCELED", "TIMED_OUT", "PAUSED"]);
        Assert.Equal(["LOW", "MEDIUM", "HIGH"], WireEnum<PasqalQueuePriority>.Names);
    }

    [Fact]
    public void An_unknown_wire_status_is_refused_with_the_known_ones()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => WireEnum<PasqalJobStatus>.Parse("FINISHED"));
        Assert.Contains("'FINISHED' is not a PasqalJobStatus (PENDING, RUNNING, DONE, ERROR, CANCELED, CANCELING, PAUSED)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_takes_only_the_exact_wire_names_as_the_Oqtant_enums_do()
    {
        var lower = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"done\"", PasqalJsonContext.Default.PasqalJobStatus));
        Assert.Contains("'done' is not one of PENDING, RUNNING, DONE, ERROR, CANCELED, CANCELING, PAUSED", lower.Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("2", PasqalJsonContext.Default.PasqalJobStatus));
    }

    private static void AssertRoundTrip<T>(System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> info, string[] expected)
        where T : struct, Enum
    {
        Assert.Equal(expected, WireEnum<T>.Names);
        foreach (var value in Enum.GetValues<T>())
        {
            Assert.Equal($"\"{WireEnum<T>.Name(value)}\"", JsonSerializer.Serialize(value, info));
            Assert.Equal(value, JsonSerializer.Deserialize($"\"{WireEnum<T>.Name(value)}\"", info));
            Assert.Equal(value, WireEnum<T>.Parse(WireEnum<T>.Name(value)));
        }
    }
}
